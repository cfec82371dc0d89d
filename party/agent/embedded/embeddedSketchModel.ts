/**
 * The embedded sketch model: Sketchroom's own offline implementation of the AI SDK's language
 * model interface (LanguageModelV3). It needs no key, no weights and no network, so a board works
 * out of the box; it reads the request and the board from its prompt, plans tool calls with rules
 * (planner/), and streams text and calls like a hosted model (stream/), so the turn code cannot
 * tell it from one.
 */
import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamResult,
} from '@ai-sdk/provider'
import { nextStep, type StepOutput } from './conversation/nextStep'
import { readPrompt } from './conversation/readPrompt'
import { planRequest } from './planner/planRequest'
import { abortError, pacedStream } from './stream/pacedStream'
import { stepParts } from './stream/streamParts'

export const EMBEDDED_MODEL_ID = 'sketch-1'
export const EMBEDDED_PROVIDER = 'sketchroom.embedded'
/**
 * Pause per streamed chunk. At 25 ms a three-box flowchart turn (five steps, ~90 chunks) takes
 * about two seconds: slow enough to watch shapes arrive one by one, quick enough not to bore.
 */
export const DEFAULT_CHUNK_DELAY_MS = 25

export interface EmbeddedModelOptions {
  /** Pause between streamed chunks in milliseconds; 0 streams without waiting (tests). */
  chunkDelayMs?: number
}

let responses = 0
const newId = () => `${Date.now().toString(36)}${(responses++).toString(36)}${Math.random().toString(36).slice(2, 8)}`

/** Works out this step from the prompt: what to say and which tools to call. */
function respond(options: LanguageModelV3CallOptions): { step: StepOutput; promptChars: number } {
  const conversation = readPrompt(options.prompt)
  const offered = options.toolChoice?.type === 'none' ? [] : (options.tools ?? []).filter((tool) => tool.type === 'function')
  const plan = planRequest({
    request: conversation.request,
    board: conversation.board,
    tools: new Set(offered.map((tool) => tool.name)),
    earlierRequests: conversation.earlierRequests,
    diagrams: conversation.diagrams,
  })
  return { step: nextStep(plan, conversation.steps, newId), promptChars: conversation.promptChars }
}

/** Creates the embedded sketch model. Throws on a chunk delay that is not a finite number ≥ 0. */
export function createEmbeddedModel(options: EmbeddedModelOptions = {}): LanguageModelV3 {
  const delay = options.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS
  if (!Number.isFinite(delay) || delay < 0) throw new Error(`chunkDelayMs must be a number ≥ 0, not ${delay}`)

  return {
    specificationVersion: 'v3',
    provider: EMBEDDED_PROVIDER,
    modelId: EMBEDDED_MODEL_ID,
    supportedUrls: {},

    async doStream(callOptions): Promise<LanguageModelV3StreamResult> {
      if (callOptions.abortSignal?.aborted) throw abortError(callOptions.abortSignal)
      const { step, promptChars } = respond(callOptions)
      const parts = stepParts(step, { modelId: EMBEDDED_MODEL_ID, responseId: `resp_${newId()}`, promptChars })
      return { stream: pacedStream(parts, delay, callOptions.abortSignal), request: { body: undefined }, response: { headers: {} } }
    },

    // Nobody watches a generate call stream, so it answers at once with the same parts, collected.
    async doGenerate(callOptions): Promise<LanguageModelV3GenerateResult> {
      if (callOptions.abortSignal?.aborted) throw abortError(callOptions.abortSignal)
      const { step, promptChars } = respond(callOptions)
      const responseId = `resp_${newId()}`
      const content: LanguageModelV3Content[] = []
      let text = ''
      let result: Pick<LanguageModelV3GenerateResult, 'finishReason' | 'usage'> | null = null
      for (const { part } of stepParts(step, { modelId: EMBEDDED_MODEL_ID, responseId, promptChars })) {
        if (part.type === 'text-delta') text += part.delta
        else if (part.type === 'tool-call') content.push(part)
        else if (part.type === 'finish') result = { finishReason: part.finishReason, usage: part.usage }
      }
      if (text) content.unshift({ type: 'text', text })
      if (!result) throw new Error('the embedded model planned a step without a finish')
      return {
        content,
        ...result,
        warnings: [],
        response: { id: responseId, modelId: EMBEDDED_MODEL_ID, timestamp: new Date() },
      }
    },
  }
}
