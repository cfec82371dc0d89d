/**
 * Which model answers in a room (docs/models.md): any OpenAI-compatible server through
 * `@ai-sdk/openai` when a key or base URL is set, else the embedded sketch model, which needs no
 * key and no network. The key stays in the room: only `ModelInfo` (id, provider, offline) is ever
 * written to the doc or sent to a browser. Settings are checked when read, so a typo ends in one
 * clear sentence (at `npm start`, and as the room's 503) rather than in odd model behaviour.
 */
import { createOpenAI } from '@ai-sdk/openai'
import type { LanguageModelV3 } from '@ai-sdk/provider'
import type { ModelInfo } from '../../shared/chat'
import { createEmbeddedModel } from './embedded/embeddedSketchModel'

/** The room variables this reads (PartyKit vars: .env, `--var`, or the deployment's settings). */
export interface ModelSettings {
  OPENAI_API_KEY?: string
  OPENAI_BASE_URL?: string
  AI_MODEL?: string
  AI_PROVIDER?: 'embedded' | 'openai'
  /** Whether the model is sent the asker's view as an image; by model name when unset. */
  AI_VISION?: boolean
  AI_TEMPERATURE?: number
  AI_MAX_OUTPUT_TOKENS?: number
}

export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini'

/** Sampling settings passed to every model call of a turn (the server's defaults when unset). */
export interface CallSettings {
  temperature?: number
  maxOutputTokens?: number
}

export interface ModelChoice {
  model: LanguageModelV3
  info: ModelInfo
  /** The model accepts an image of the asker's view. */
  vision: boolean
  call: CallSettings
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

/** Model names that accept images (docs/models.md "Vision"): hosted multimodal families and local vision models. */
const VISION_MODEL = /(^|[/:_-])(gpt-4o|gpt-4\.1|gpt-5|o[134](-|$)|claude|gemini|llava|bakllava|pixtral|minicpm-v|moondream)|-vl\b|-vision\b|vl[:-]/i

/** The default of AI_VISION for a model id. */
export function visionByName(modelId: string): boolean {
  return VISION_MODEL.test(modelId)
}

function flag(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined
  if (/^(1|true|yes|on)$/i.test(value)) return true
  if (/^(0|false|no|off)$/i.test(value)) return false
  throw new Error(`${name} must be 1 or 0, not "${value}"`)
}

function number(name: string, value: string | undefined, min: number, max: number, integer: boolean): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < min || parsed > max || (integer && !Number.isInteger(parsed))) {
    throw new Error(`${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not "${value}"`)
  }
  return parsed
}

/** Reads and checks the model variables; throws one clear sentence on the first that cannot work. */
export function readModelSettings(env: Record<string, unknown>): ModelSettings {
  const provider = text(env.AI_PROVIDER)?.toLowerCase()
  if (provider !== undefined && provider !== 'embedded' && provider !== 'openai') {
    throw new Error(`AI_PROVIDER must be "embedded" or "openai", not "${provider}"`)
  }
  const baseUrl = text(env.OPENAI_BASE_URL)
  if (baseUrl !== undefined && !/^https?:\/\/[^\s]+$/i.test(baseUrl)) {
    throw new Error(`OPENAI_BASE_URL must be an http(s) URL such as http://127.0.0.1:11434/v1, not "${baseUrl}"`)
  }
  return {
    OPENAI_API_KEY: text(env.OPENAI_API_KEY),
    OPENAI_BASE_URL: baseUrl,
    AI_MODEL: text(env.AI_MODEL),
    AI_PROVIDER: provider,
    AI_VISION: flag('AI_VISION', text(env.AI_VISION)),
    AI_TEMPERATURE: number('AI_TEMPERATURE', text(env.AI_TEMPERATURE), 0, 2, false),
    AI_MAX_OUTPUT_TOKENS: number('AI_MAX_OUTPUT_TOKENS', text(env.AI_MAX_OUTPUT_TOKENS), 1, 1_000_000, true),
  }
}

/** Picks the provider; throws with a clear message on settings that cannot work. */
export function chooseModel(env: Record<string, unknown>): ModelChoice {
  const settings = readModelSettings(env)
  const provider = settings.AI_PROVIDER ?? (settings.OPENAI_API_KEY || settings.OPENAI_BASE_URL ? 'openai' : 'embedded')
  if (provider === 'embedded') {
    const model = createEmbeddedModel()
    // The embedded model reads no images and samples nothing: the settings do not apply to it.
    return { model, info: { id: model.modelId, provider: 'embedded', offline: true }, vision: false, call: {} }
  }
  if (!settings.OPENAI_API_KEY && !settings.OPENAI_BASE_URL) {
    throw new Error('AI_PROVIDER=openai needs OPENAI_API_KEY (for OpenAI) or OPENAI_BASE_URL (for a local server)')
  }
  const openai = createOpenAI({
    baseURL: settings.OPENAI_BASE_URL,
    // Local servers (Ollama, llama.cpp, vLLM) accept any key; the SDK requires one.
    apiKey: settings.OPENAI_API_KEY ?? 'no-key',
  })
  const id = settings.AI_MODEL ?? DEFAULT_OPENAI_MODEL
  const vision = settings.AI_VISION ?? visionByName(id)
  return {
    model: openai.chat(id),
    // Browsers read `vision` to know whether to attach an image of their view to a prompt.
    info: { id, provider: 'openai', offline: false, ...(vision ? { vision } : {}) },
    vision,
    call: {
      ...(settings.AI_TEMPERATURE !== undefined ? { temperature: settings.AI_TEMPERATURE } : {}),
      ...(settings.AI_MAX_OUTPUT_TOKENS !== undefined ? { maxOutputTokens: settings.AI_MAX_OUTPUT_TOKENS } : {}),
    },
  }
}
