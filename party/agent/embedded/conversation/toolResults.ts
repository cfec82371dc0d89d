/**
 * Reads what the tools answered, in whichever form the turn code hands it back: a thrown error
 * arrives as `error-text`, a returned value as `json` or `text`, and a returned `{ ok: false }`
 * counts as a failure too. The model must tell a failed call from a good one to answer honestly.
 */
import type { LanguageModelV3ToolResultOutput } from '@ai-sdk/provider'

export interface ToolAnswer {
  ok: boolean
  /** The failure, in the tool's words. */
  error?: string
  value: unknown
}

const SUCCESS_KEYS = ['created', 'updated', 'deleted', 'moved', 'result', 'ids', 'summary']

function fromValue(value: unknown): ToolAnswer {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>
    if (record.ok === false) return { ok: false, error: String(record.error ?? record.message ?? 'the tool failed'), value }
    const looksGood = SUCCESS_KEYS.some((key) => key in record) || record.ok === true
    if (typeof record.error === 'string' && !looksGood) return { ok: false, error: record.error, value }
  }
  return { ok: true, value }
}

function fromText(text: string): ToolAnswer {
  try {
    return fromValue(JSON.parse(text) as unknown)
  } catch {
    return /^\s*(error|failed|invalid)\b/i.test(text) ? { ok: false, error: text.trim(), value: text } : { ok: true, value: text }
  }
}

/** Whether a tool call worked, and what it answered. */
export function readToolAnswer(output: LanguageModelV3ToolResultOutput): ToolAnswer {
  switch (output.type) {
    case 'error-text':
      return { ok: false, error: output.value, value: output.value }
    case 'error-json':
      return { ok: false, error: typeof output.value === 'string' ? output.value : JSON.stringify(output.value), value: output.value }
    case 'execution-denied':
      return { ok: false, error: output.reason ?? 'the call was not allowed', value: null }
    case 'json':
      return fromValue(output.value)
    case 'text':
      return fromText(output.value)
    case 'content':
      return fromText(output.value.map((part) => (part.type === 'text' ? part.text : '')).join('\n'))
    default:
      return { ok: true, value: null }
  }
}

/** Most nodes visited when searching an answer, so a huge answer cannot stall the model. */
const MAX_NODES = 5_000

/**
 * The ids the board gave to shapes the model named, from answers like
 * `{ created: [{ ref: "idea", id: "idea-2" }] }`, searched at any depth.
 */
export function createdRefs(value: unknown, into = new Map<string, string>()): Map<string, string> {
  const queue: unknown[] = [value]
  for (let visited = 0; queue.length > 0 && visited < MAX_NODES; visited++) {
    const node = queue.shift()
    if (Array.isArray(node)) queue.push(...node.slice(0, MAX_NODES))
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>
      if (typeof record.ref === 'string' && typeof record.id === 'string') into.set(record.ref, record.id)
      queue.push(...Object.values(record))
    }
  }
  return into
}
