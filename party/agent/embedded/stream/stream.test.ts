import type { LanguageModelV3StreamPart } from '@ai-sdk/provider'
import { describe, expect, it } from 'vitest'
import { pacedStream } from './pacedStream'
import { jsonDeltas, stepParts, textDeltas } from './streamParts'

async function collect(stream: ReadableStream<LanguageModelV3StreamPart>): Promise<LanguageModelV3StreamPart[]> {
  const parts: LanguageModelV3StreamPart[] = []
  const reader = stream.getReader()
  for (let i = 0; i < 10_000; i++) {
    const { done, value } = await reader.read()
    if (done) break
    parts.push(value)
  }
  return parts
}

const step = {
  text: 'Sure! Drawing three circles.\n\nDone.',
  calls: [{ toolCallId: 'call_0_x', toolName: 'create_shapes', input: { shapes: [{ type: 'geo', x: 0, y: 0, w: 100, h: 100, text: 'a label long enough to need several chunks' }] } }],
  finish: 'tool-calls' as const,
}

describe('stream parts', () => {
  it('splits text into word deltas that join back exactly', () => {
    const deltas = textDeltas(step.text)
    expect(deltas.length).toBeGreaterThan(3)
    expect(deltas.join('')).toBe(step.text)
  })

  it('splits tool input into several JSON deltas that join back exactly', () => {
    const json = JSON.stringify(step.calls[0]?.input)
    const deltas = jsonDeltas(json)
    expect(deltas.length).toBeGreaterThan(2)
    expect(deltas.join('')).toBe(json)
  })

  it('streams a diagram in small pieces, its first node complete within the first few', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => ({ label: `Step ${i + 1}` }))
    const json = JSON.stringify({ kind: 'flowchart', nodes, edges: nodes.slice(1).map((node, i) => ({ from: `Step ${i + 1}`, to: node.label })) })
    const deltas = jsonDeltas(json, 'create_diagram')
    expect(deltas.join('')).toBe(json)
    expect(deltas.length).toBeGreaterThan(jsonDeltas(json).length)
    expect(deltas.slice(0, 3).join('')).toContain('{"label":"Step 1"}')
  })

  it('orders a step like a provider: start, metadata, tool input then the call, text, finish', () => {
    const types = stepParts(step, { modelId: 'sketch-1', responseId: 'r1', promptChars: 400 }).map(({ part }) => part.type)
    expect(types.slice(0, 3)).toEqual(['stream-start', 'response-metadata', 'tool-input-start'])
    expect(types.at(-1)).toBe('finish')
    const compact = types.filter((type) => type !== 'tool-input-delta' && type !== 'text-delta')
    expect(compact).toEqual(['stream-start', 'response-metadata', 'tool-input-start', 'tool-input-end', 'tool-call', 'text-start', 'text-end', 'finish'])
    const finish = stepParts(step, { modelId: 'sketch-1', responseId: 'r1', promptChars: 400 }).at(-1)?.part
    expect(finish).toMatchObject({ type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage: { inputTokens: { total: 100 } } })
  })
})

describe('the paced stream', () => {
  it('plays every part, in order', async () => {
    const parts = stepParts(step, { modelId: 'm', responseId: 'r', promptChars: 0 })
    expect(await collect(pacedStream(parts, 0))).toEqual(parts.map(({ part }) => part))
    expect(await collect(pacedStream(parts, 1))).toHaveLength(parts.length)
  })

  it('errors with an AbortError carrying the reason, and stops waiting', async () => {
    const controller = new AbortController()
    const parts = stepParts(step, { modelId: 'm', responseId: 'r', promptChars: 0 })
    const reader = pacedStream(parts, 60_000, controller.signal).getReader()
    await reader.read()
    const pending = reader.read()
    controller.abort(new Error('stopped'))
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', message: 'stopped' })
  })

  it('refuses to start on an aborted signal', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(collect(pacedStream([], 0, controller.signal))).rejects.toMatchObject({ name: 'AbortError' })
  })
})
