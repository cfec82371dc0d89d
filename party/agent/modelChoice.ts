/**
 * Which model answers in a room (DESIGN.md "Models"): any OpenAI-compatible server through
 * `@ai-sdk/openai` when a key or base URL is set, else the embedded sketch model, which needs no
 * key and no network. The key stays in the room: only `ModelInfo` (id, provider, offline) is ever
 * written to the doc or sent to a browser.
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
  AI_PROVIDER?: string
}

export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini'

export interface ModelChoice {
  model: LanguageModelV3
  info: ModelInfo
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

/** Picks the provider; throws with a clear message on settings that cannot work. */
export function chooseModel(env: Record<string, unknown>): ModelChoice {
  const settings: ModelSettings = {
    OPENAI_API_KEY: text(env.OPENAI_API_KEY),
    OPENAI_BASE_URL: text(env.OPENAI_BASE_URL),
    AI_MODEL: text(env.AI_MODEL),
    AI_PROVIDER: text(env.AI_PROVIDER)?.toLowerCase(),
  }
  const provider = settings.AI_PROVIDER ?? (settings.OPENAI_API_KEY || settings.OPENAI_BASE_URL ? 'openai' : 'embedded')
  if (provider === 'embedded') {
    const model = createEmbeddedModel()
    return { model, info: { id: model.modelId, provider: 'embedded', offline: true } }
  }
  if (provider !== 'openai') {
    throw new Error(`AI_PROVIDER must be "embedded" or "openai", not "${settings.AI_PROVIDER}"`)
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
  return { model: openai.chat(id), info: { id, provider: 'openai', offline: false } }
}
