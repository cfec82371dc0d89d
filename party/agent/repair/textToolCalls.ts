/**
 * Tool calls a model wrote as text instead of sending natively, as small models behind Ollama do:
 * `<tool_call>{"name": …, "arguments": …}</tool_call>` (Qwen), a fenced ```json block, or a bare
 * JSON object (Llama). `TextCallScanner` reads the answer as it streams and splits it into text to
 * show and calls to run; it holds back only text that may be the start of a call, so prose streams
 * as before and a call never reaches the chat as raw JSON.
 */
import { MAX_TEXT_CALL_CHARS } from '../../../shared/limits'
import { parseLooseJson } from './repairToolCall'

/** A call found in text: the tool's name and its input as JSON text. */
export interface TextToolCall {
  name: string
  input: string
}

export type TextSegment = { type: 'text'; text: string } | { type: 'call'; call: TextToolCall }

/** The tools a call may name, with their top-level parameter names (to recognise a call without a name). */
export interface KnownTool {
  name: string
  parameters: readonly string[]
}

const OPEN_TAG = '<tool_call>'
const CLOSE_TAG = '</tool_call>'
const FENCE = '```'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The calls a parsed JSON value stands for, or null when it is not call-shaped. */
export function callsFromJson(value: unknown, tools: readonly KnownTool[]): TextToolCall[] | null {
  if (Array.isArray(value)) {
    const calls = value.map((item) => callsFromJson(item, tools))
    return value.length > 0 && calls.every((call) => call !== null) ? calls.flat() : null
  }
  if (!isRecord(value)) return null
  const wrapped = isRecord(value.function) ? value.function : value
  const name = [wrapped.name, wrapped.tool, wrapped.tool_name, wrapped.function, wrapped.toolName].find((candidate) => typeof candidate === 'string')
  if (typeof name === 'string') {
    const args = wrapped.arguments ?? wrapped.parameters ?? wrapped.args ?? wrapped.input ?? wrapped.tool_input ?? {}
    return [{ name, input: typeof args === 'string' ? args : JSON.stringify(args) }]
  }
  // The bare arguments of a tool, when exactly one tool takes all of these parameters.
  const keys = Object.keys(value)
  const matches = tools.filter((tool) => keys.length > 0 && keys.every((key) => tool.parameters.includes(key)))
  return matches.length === 1 && matches[0] ? [{ name: matches[0].name, input: JSON.stringify(value) }] : null
}

/**
 * The calls in one block of text that is nothing but JSON (a tag's or fence's inside), or null. An
 * unfinished block (the answer ended inside it) must be strict JSON: repairing a cut-off call would
 * run what the model never finished saying.
 */
function callsFromText(text: string, tools: readonly KnownTool[], finished: boolean): TextToolCall[] | null {
  const trimmed = text.trim()
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return null
  if (!finished) {
    try {
      return callsFromJson(JSON.parse(trimmed), tools)
    } catch {
      return null
    }
  }
  const parsed = parseLooseJson(trimmed)
  return parsed.ok ? callsFromJson(parsed.value, tools) : null
}

/** Index just past the JSON object starting at `start`, or -1 while it is unfinished. */
export function jsonObjectEnd(text: string, start: number): number {
  let depth = 0
  let inString: string | null = null
  for (let i = start; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === inString) inString = null
    } else if (char === '"') inString = char
    else if (char === '{' || char === '[') depth++
    else if (char === '}' || char === ']') {
      depth--
      if (depth === 0) return i + 1
    }
  }
  return -1
}

/** Splits a model's streamed text into text and calls. */
export class TextCallScanner {
  private buffer = ''
  private atLineStart = true

  constructor(private readonly tools: readonly KnownTool[]) {}

  /** More text arrived: the segments now certain. */
  push(delta: string): TextSegment[] {
    this.buffer += delta
    return this.drain(false)
  }

  /** The answer ended: everything still held, as calls where it is one, else as text. */
  finish(): TextSegment[] {
    return this.drain(true)
  }

  private drain(final: boolean): TextSegment[] {
    const out: TextSegment[] = []
    const text = (value: string) => {
      if (!value) return
      const last = out.at(-1)
      if (last?.type === 'text') last.text += value
      else out.push({ type: 'text', text: value })
      this.atLineStart = /\n\s*$/.test(value) || (this.atLineStart && !value.trim())
    }
    while (this.buffer) {
      const start = this.candidateStart()
      if (start === -1) {
        // Keep a possible beginning of a tag or fence at the end, until the next delta says.
        const keep = final ? 0 : partialMarkerLength(this.buffer)
        text(this.buffer.slice(0, this.buffer.length - keep))
        this.buffer = this.buffer.slice(this.buffer.length - keep)
        break
      }
      text(this.buffer.slice(0, start))
      this.buffer = this.buffer.slice(start)
      const block = this.readBlock(final)
      if (block === 'wait') break
      this.buffer = this.buffer.slice(block.length)
      if (block.calls) for (const call of block.calls) out.push({ type: 'call', call })
      else text(block.raw)
    }
    return out
  }

  /** Where a call might begin in the buffer: a tag, a fence, or "{" opening a line. */
  private candidateStart(): number {
    const candidates = [this.buffer.indexOf(OPEN_TAG), this.buffer.indexOf(FENCE), this.braceStart()].filter((index) => index !== -1)
    return candidates.length > 0 ? Math.min(...candidates) : -1
  }

  private braceStart(): number {
    for (let i = this.buffer.indexOf('{'); i !== -1; i = this.buffer.indexOf('{', i + 1)) {
      const before = this.buffer.slice(0, i)
      const lineStart = /(^|\n)[ \t]*$/.test(before) && (before.includes('\n') || this.atLineStart)
      if (!lineStart) continue
      // A JSON object's first key is quoted; "{x}" in prose is not held back.
      const next = /\S/.exec(this.buffer.slice(i + 1))
      if (!next || next[0] === '"' || next[0] === "'") return i
    }
    return -1
  }

  /** Reads the block at the buffer's start: its raw text and the calls it holds (null: plain text). */
  private readBlock(final: boolean): { raw: string; length: number; calls: TextToolCall[] | null } | 'wait' {
    const buffer = this.buffer
    const tooLong = buffer.length > MAX_TEXT_CALL_CHARS
    if (buffer.startsWith(OPEN_TAG)) {
      const close = buffer.indexOf(CLOSE_TAG)
      if (close === -1 && !final && !tooLong) return 'wait'
      const end = close === -1 ? buffer.length : close + CLOSE_TAG.length
      const inside = buffer.slice(OPEN_TAG.length, close === -1 ? buffer.length : close)
      return { raw: buffer.slice(0, end), length: end, calls: callsFromText(inside, this.tools, close !== -1) }
    }
    if (buffer.startsWith(FENCE)) {
      const bodyStart = buffer.indexOf('\n')
      const close = bodyStart === -1 ? -1 : buffer.indexOf(FENCE, bodyStart)
      if (close === -1 && !final && !tooLong) return 'wait'
      const end = close === -1 ? buffer.length : close + FENCE.length
      const inside = bodyStart === -1 ? '' : buffer.slice(bodyStart + 1, close === -1 ? buffer.length : close)
      return { raw: buffer.slice(0, end), length: end, calls: callsFromText(inside, this.tools, close !== -1) }
    }
    const end = jsonObjectEnd(buffer, 0)
    if (end === -1 && !final && !tooLong) return 'wait'
    const length = end === -1 ? buffer.length : end
    return { raw: buffer.slice(0, length), length, calls: callsFromText(buffer.slice(0, length), this.tools, end !== -1) }
  }
}

/** Length of a suffix of `text` that may grow into a tag or fence. */
function partialMarkerLength(text: string): number {
  for (let length = Math.min(OPEN_TAG.length - 1, text.length); length > 0; length--) {
    const tail = text.slice(-length)
    if (OPEN_TAG.startsWith(tail) || FENCE.startsWith(tail)) return length
  }
  return 0
}

/** Every segment of a whole text at once (for tests and non-streamed answers). */
export function splitTextCalls(text: string, tools: readonly KnownTool[]): TextSegment[] {
  const scanner = new TextCallScanner(tools)
  const segments = [...scanner.push(text), ...scanner.finish()]
  return segments.reduce<TextSegment[]>((merged, segment) => {
    const last = merged.at(-1)
    if (last?.type === 'text' && segment.type === 'text') last.text += segment.text
    else merged.push(segment.type === 'text' ? { ...segment } : segment)
    return merged
  }, [])
}
