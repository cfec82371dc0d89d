import { describe, expect, it } from 'vitest'
import { splitTextCalls, TextCallScanner, type KnownTool } from './textToolCalls'

const tools: KnownTool[] = [
  { name: 'create_shapes', parameters: ['shapes'] },
  { name: 'create_arrows', parameters: ['arrows'] },
]
const shapes = { shapes: [{ type: 'geo', x: 0, y: 0, w: 10, h: 10 }] }
const call = { name: 'create_shapes', arguments: shapes }

describe('tool calls written as text', () => {
  it.each([
    ['a <tool_call> block', `Sure.\n<tool_call>\n${JSON.stringify(call)}\n</tool_call>`],
    ['a fenced json block', `Sure.\n\`\`\`json\n${JSON.stringify(call, null, 2)}\n\`\`\``],
    ['a bare JSON object', `Sure.\n${JSON.stringify({ name: 'create_shapes', parameters: shapes })}`],
    ['OpenAI-style function JSON', `Sure.\n${JSON.stringify({ type: 'function', function: { name: 'create_shapes', arguments: JSON.stringify(shapes) } })}`],
  ])('recognises %s', (_label, text) => {
    const segments = splitTextCalls(text, tools)
    expect(segments[0]).toEqual({ type: 'text', text: 'Sure.\n' })
    expect(segments[1]).toMatchObject({ type: 'call', call: { name: 'create_shapes' } })
    expect(JSON.parse(segments[1]?.type === 'call' ? segments[1].call.input : '')).toEqual(shapes)
    expect(segments).toHaveLength(2)
  })

  it('recognises bare arguments by the one tool that takes them, and lists of calls', () => {
    expect(splitTextCalls(JSON.stringify({ arrows: [] }), tools)).toEqual([{ type: 'call', call: { name: 'create_arrows', input: '{"arrows":[]}' } }])
    const two = splitTextCalls(`<tool_call>[${JSON.stringify(call)}, {"name": "create_arrows", "arguments": "{}"}]</tool_call>`, tools)
    expect(two.map((segment) => segment.type === 'call' && segment.call.name)).toEqual(['create_shapes', 'create_arrows'])
  })

  it('keeps prose, code and JSON that is no call as text', () => {
    for (const text of ['Use {x} here.', 'Some code:\n```js\nconst a = {"b": 1}\n```\nend', '{"colour": "red"}', 'a { "quoted": brace', '```json\n{"note": "hi"}\n```']) {
      expect(splitTextCalls(text, tools)).toEqual([{ type: 'text', text }])
    }
  })

  it('an unknown tool name is still a call, for the model to be told', () => {
    expect(splitTextCalls('<tool_call>{"name": "draw_box", "arguments": {}}</tool_call>', tools)).toEqual([{ type: 'call', call: { name: 'draw_box', input: '{}' } }])
  })

  it('never streams the start of a call as text, and streams prose without waiting', () => {
    const text = `Drawing it now.\n<tool_call>${JSON.stringify(call)}</tool_call>\nDone!`
    const scanner = new TextCallScanner(tools)
    const shown: string[] = []
    const calls: string[] = []
    for (let i = 0; i < text.length; i += 3) {
      for (const segment of scanner.push(text.slice(i, i + 3))) {
        if (segment.type === 'text') shown.push(segment.text)
        else calls.push(segment.call.name)
      }
      // Nothing of the call ever shows, at any point of the stream.
      expect(shown.join('')).not.toMatch(/<|tool_call|shapes/)
    }
    for (const segment of scanner.finish()) if (segment.type === 'text') shown.push(segment.text)
    expect(shown.join('')).toBe('Drawing it now.\n\nDone!')
    expect(calls).toEqual(['create_shapes'])
    const prose = new TextCallScanner(tools)
    expect(prose.push('Hello there, ')).toEqual([{ type: 'text', text: 'Hello there, ' }])
  })

  it('runs a call whose closing tag never came, and shows an unfinished one as text', () => {
    expect(splitTextCalls(`<tool_call>${JSON.stringify(call)}`, tools)[0]).toMatchObject({ type: 'call' })
    expect(splitTextCalls('{"name": "create_shapes", "argu', tools)).toEqual([{ type: 'text', text: '{"name": "create_shapes", "argu' }])
  })
})
