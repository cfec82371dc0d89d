/**
 * A step as a hosted model streams it: stream-start, response metadata, the text in word-sized
 * deltas, each tool call's JSON input in several deltas followed by the complete call, and a finish
 * with usage. Each part carries a pause (in units of the model's chunk delay) so the stream has the
 * rhythm of a real one: a wait for the first token, a beat per chunk, a longer beat between calls.
 */
import type { LanguageModelV3StreamPart, LanguageModelV3Usage } from '@ai-sdk/provider'
import type { StepOutput } from '../conversation/nextStep'

/** A stream part and the pause before it, in chunk delays. */
export interface PacedPart {
  part: LanguageModelV3StreamPart
  pause: number
}

export interface StepMeta {
  modelId: string
  responseId: string
  /** Characters of the prompt, for the usage estimate. */
  promptChars: number
}

/**
 * Pauses, in chunk delays: before the first token (none: the model runs in the room, so drawing
 * starts at once), and between two tool calls.
 */
export const FIRST_TOKEN_PAUSE = 0
export const BETWEEN_CALLS_PAUSE = 2
/** Tool input streams faster than words, as a hosted model's JSON tokens do. */
export const INPUT_DELTA_PAUSE = 0.4
/** Most deltas one tool call's input is streamed in. */
const MAX_INPUT_DELTAS = 12
/**
 * A diagram streams in far smaller pieces (about one short node each), so the room's progressive
 * drawing shows the first node while the rest of the structure is still arriving.
 */
const DIAGRAM_DELTA_CHARS = 32
const MAX_DIAGRAM_DELTAS = 160

/** Text in deltas of one or two words, each with the whitespace before it. */
export function textDeltas(text: string): string[] {
  const words = text.match(/\s*\S+/g) ?? []
  const deltas: string[] = []
  for (let i = 0; i < words.length; ) {
    const take = deltas.length % 2 === 0 ? 1 : 2
    deltas.push(words.slice(i, i + take).join(''))
    i += take
  }
  const trailing = /\s+$/.exec(text)?.[0]
  if (trailing && deltas.length > 0) deltas[deltas.length - 1] += trailing
  return deltas
}

/** JSON in a few pieces, like a model writing a call's arguments token by token. */
export function jsonDeltas(json: string, toolName = ''): string[] {
  const size = toolName === 'create_diagram' ? Math.max(DIAGRAM_DELTA_CHARS, Math.ceil(json.length / MAX_DIAGRAM_DELTAS)) : Math.max(24, Math.ceil(json.length / MAX_INPUT_DELTAS))
  const deltas: string[] = []
  for (let i = 0; i < json.length; i += size) deltas.push(json.slice(i, i + size))
  return deltas
}

/** A rough token count (four characters a token), as providers report usage. */
const tokens = (chars: number) => Math.ceil(chars / 4)

function usage(promptChars: number, outputChars: number): LanguageModelV3Usage {
  const output = tokens(outputChars)
  return {
    inputTokens: { total: tokens(promptChars), noCache: tokens(promptChars), cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  }
}

/** Every part of a step's stream, in order, with its pause. */
export function stepParts(step: StepOutput, meta: StepMeta): PacedPart[] {
  const parts: PacedPart[] = [
    { part: { type: 'stream-start', warnings: [] }, pause: 0 },
    { part: { type: 'response-metadata', id: meta.responseId, modelId: meta.modelId, timestamp: new Date() }, pause: FIRST_TOKEN_PAUSE },
  ]
  let outputChars = 0
  // Calls first: the room draws each shape as its JSON arrives, so the first shape appears at once
  // while the words stream after it (the chat shows the text above the calls either way).
  // A plan's `think` goes after the drawing calls: it draws nothing, so it should not hold them up.
  const calls = [...step.calls.filter((call) => call.toolName !== 'think'), ...step.calls.filter((call) => call.toolName === 'think')]
  for (const [index, call] of calls.entries()) {
    const json = JSON.stringify(call.input)
    const id = call.toolCallId
    parts.push({ part: { type: 'tool-input-start', id, toolName: call.toolName }, pause: index === 0 ? 0 : BETWEEN_CALLS_PAUSE })
    for (const delta of jsonDeltas(json, call.toolName)) parts.push({ part: { type: 'tool-input-delta', id, delta }, pause: INPUT_DELTA_PAUSE })
    parts.push({ part: { type: 'tool-input-end', id }, pause: 0 })
    parts.push({ part: { type: 'tool-call', toolCallId: id, toolName: call.toolName, input: json }, pause: 0 })
    outputChars += json.length
  }
  if (step.text) {
    const id = `${meta.responseId}-text`
    parts.push({ part: { type: 'text-start', id }, pause: 0 })
    for (const delta of textDeltas(step.text)) parts.push({ part: { type: 'text-delta', id, delta }, pause: 1 })
    parts.push({ part: { type: 'text-end', id }, pause: 0 })
    outputChars += step.text.length
  }
  parts.push({
    part: {
      type: 'finish',
      usage: usage(meta.promptChars, outputChars),
      finishReason: { unified: step.finish, raw: step.finish === 'tool-calls' ? 'tool_calls' : 'stop' },
    },
    pause: 1,
  })
  return parts
}
