import type { LanguageModelV3Prompt, LanguageModelV3ToolResultOutput } from '@ai-sdk/provider'
import { describe, expect, it } from 'vitest'
import type { Plan } from '../planner/planTypes'
import { nextStep } from './nextStep'
import { readPrompt } from './readPrompt'

const BOARD = '<board total="0" listed="0" viewport="x=10 y=20 w=800 h=600" selected="">\n</board>'

const plan: Plan = {
  steps: [
    { text: 'Drawing.', calls: [{ toolName: 'create_shapes', input: { shapes: [{ type: 'geo', id: 'a', x: 0, y: 0, w: 10, h: 10 }] } }] },
    {
      calls: [{ toolName: 'run_code', input: { code: 'return 1' } }],
      retry: { text: 'Code failed ({error}); drawing directly.', calls: [{ toolName: 'create_shapes', input: { shapes: [{ type: 'geo', x: 0, y: 0, w: 10, h: 10 }] } }] },
    },
    { calls: [{ toolName: 'create_arrows', input: { arrows: [{ from: 'a', to: 'b' }] } }] },
  ],
  summary: 'All done.',
}

let n = 0
const id = () => `x${n++}`

interface FakeStep {
  calls: { id: string; name: string }[]
  results: Record<string, LanguageModelV3ToolResultOutput>
  text?: string
}

/** A prompt as the AI SDK builds it: system, the request, then each earlier step and its results. */
function prompt(steps: FakeStep[]): LanguageModelV3Prompt {
  const messages: LanguageModelV3Prompt = [
    { role: 'system', content: `Instructions.\n<board total="9" listed="0" viewport="x=0 y=0 w=1 h=1" selected="">\n</board>\n${BOARD}` },
    { role: 'user', content: [{ type: 'text', text: 'an earlier request' }] },
    { role: 'assistant', content: [{ type: 'text', text: 'an earlier answer' }] },
    { role: 'user', content: [{ type: 'text', text: 'draw it' }] },
  ]
  for (const step of steps) {
    messages.push({
      role: 'assistant',
      content: [
        ...(step.text ? [{ type: 'text' as const, text: step.text }] : []),
        ...step.calls.map((call) => ({ type: 'tool-call' as const, toolCallId: call.id, toolName: call.name, input: {} })),
      ],
    })
    messages.push({ role: 'tool', content: step.calls.map((call) => ({ type: 'tool-result' as const, toolCallId: call.id, toolName: call.name, output: step.results[call.id] ?? { type: 'json', value: null } })) })
  }
  return messages
}

describe('reading the prompt', () => {
  it('finds the request, the last board, earlier requests and this turn’s steps', () => {
    const conversation = readPrompt(prompt([{ calls: [{ id: 'call_0_a', name: 'create_shapes' }], results: { call_0_a: { type: 'json', value: { created: [{ ref: 'a', id: 'a-2' }] } } }, text: 'Drawing.' }]))
    expect(conversation.request).toBe('draw it')
    expect(conversation.board?.viewport).toEqual({ x: 10, y: 20, w: 800, h: 600 })
    expect(conversation.earlierRequests).toEqual(['an earlier request'])
    expect(conversation.steps).toHaveLength(1)
    expect(conversation.steps[0]?.answers.get('call_0_a')?.ok).toBe(true)
  })

  it('stays bounded on an enormous prompt', () => {
    const huge: LanguageModelV3Prompt = Array.from({ length: 20_000 }, () => ({ role: 'user' as const, content: [{ type: 'text' as const, text: 'x' }] }))
    expect(readPrompt(huge).earlierRequests.length).toBeLessThan(1_000)
  })
})

describe('choosing the next step', () => {
  it('walks the plan, then closes with the summary after a blank line', () => {
    const first = nextStep(plan, readPrompt(prompt([])).steps, id)
    expect(first).toMatchObject({ text: 'Drawing.', finish: 'tool-calls' })
    expect(first.calls[0]?.toolCallId).toMatch(/^call_0_/)
    const second = nextStep(plan, readPrompt(prompt([{ calls: [{ id: 'call_0_a', name: 'create_shapes' }], results: {}, text: 'Drawing.' }])).steps, id)
    expect(second.calls[0]).toMatchObject({ toolName: 'run_code' })
    const done = nextStep(plan, readPrompt(prompt([
      { calls: [{ id: 'call_0_a', name: 'create_shapes' }], results: {}, text: 'Drawing.' },
      { calls: [{ id: 'call_1_b', name: 'run_code' }], results: {} },
      { calls: [{ id: 'call_2_c', name: 'create_arrows' }], results: {} },
    ])).steps, id)
    expect(done).toEqual({ text: '\n\nAll done.', calls: [], finish: 'stop' })
  })

  it('uses the ids the board gave to the shapes it named', () => {
    const steps = readPrompt(prompt([
      { calls: [{ id: 'call_0_a', name: 'create_shapes' }], results: { call_0_a: { type: 'json', value: { created: [{ ref: 'a', id: 'a-2', type: 'geo' }] } } } },
      { calls: [{ id: 'call_1_b', name: 'run_code' }], results: {} },
    ])).steps
    expect(nextStep(plan, steps, id).calls[0]?.input).toEqual({ arrows: [{ from: 'a-2', to: 'b' }] })
  })

  it('retries a failed step once with its fix, then goes on', () => {
    const failed: FakeStep[] = [
      { calls: [{ id: 'call_0_a', name: 'create_shapes' }], results: {} },
      { calls: [{ id: 'call_1_b', name: 'run_code' }], results: { call_1_b: { type: 'error-text', value: 'TimeLimitError: too slow' } } },
    ]
    const retry = nextStep(plan, readPrompt(prompt(failed)).steps, id)
    expect(retry.text).toBe('Code failed (TimeLimitError: too slow); drawing directly.')
    expect(retry.calls[0]?.toolCallId).toMatch(/^call_1r_/)
    const after = nextStep(plan, readPrompt(prompt([...failed, { calls: [{ id: 'call_1r_c', name: 'create_shapes' }], results: {} }])).steps, id)
    expect(after.calls[0]?.toolName).toBe('create_arrows')
    const failedAgain = nextStep(plan, readPrompt(prompt([...failed, { calls: [{ id: 'call_1r_c', name: 'create_shapes' }], results: { call_1r_c: { type: 'error-text', value: 'no room' } } }])).steps, id)
    expect(failedAgain.finish).toBe('stop')
    expect(failedAgain.text).toMatch(/couldn't finish: create_shapes answered “no room”.*tried once more/)
  })

  it('treats an answer of { ok: false } as a failure and stops plainly without a fix', () => {
    const steps = readPrompt(prompt([{ calls: [{ id: 'call_0_a', name: 'create_shapes' }], results: { call_0_a: { type: 'json', value: { ok: false, error: 'shapes[0]: bad' } } } }])).steps
    const step = nextStep(plan, steps, id)
    expect(step).toMatchObject({ finish: 'stop', calls: [] })
    expect(step.text).toMatch(/create_shapes answered “shapes\[0\]: bad”\. Nothing else was changed\./)
  })

  it('answers in words at once when the plan has no steps', () => {
    expect(nextStep({ steps: [], summary: 'Hello!' }, [], id)).toEqual({ text: 'Hello!', calls: [], finish: 'stop' })
  })
})
