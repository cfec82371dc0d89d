/**
 * Turns how a run failed into the short `{name, message}` the model reads: QuickJS's own words for
 * a broken limit ("out of memory", "stack overflow") become the limit's name, and a program error
 * gets the line of the program it came from instead of a stack.
 */
import type { SandboxError } from './sandboxTypes'

/** A failure as the prelude reported it. */
export interface ProgramFailure {
  name: string
  message: string
  stack?: string
}

/** QuickJS compiles the program with `new AsyncFunction`, whose source starts with two header lines. */
const HEADER_LINES = 2

export const memoryLimitError = (limitBytes: number): SandboxError => ({
  name: 'MemoryLimitError',
  message: `the program used more than ${Math.round(limitBytes / 2 ** 20)} MiB of memory`,
})

export const stackLimitError = (): SandboxError => ({
  name: 'StackLimitError',
  message: 'the program nested calls too deeply (unbounded recursion?)',
})

/** The program's line an error came from, from the first `<input>:line:col` frame of its stack. */
export function programLine(stack: string | undefined): number | null {
  const match = /<input>:(\d+)/.exec(stack ?? '')
  if (!match) return null
  const line = Number(match[1]) - HEADER_LINES
  return line >= 1 ? line : null
}

/**
 * The error a failed program reports (a full heap is caught earlier, by the memory itself).
 * `programLines` tells a line of the program from the closing line QuickJS adds after it (where
 * "unexpected end of input" errors point).
 */
export function classifyFailure(failure: ProgramFailure, memoryLimitBytes: number, programLines: number): SandboxError {
  const { name, message } = failure
  if (/out of memory/i.test(message)) return memoryLimitError(memoryLimitBytes)
  if (/stack overflow|maximum call stack/i.test(message)) return stackLimitError()
  const line = programLine(failure.stack)
  if (line === null) return { name, message }
  return { name, message: line > programLines ? `${message} (at the end of the program)` : `${message} (line ${line})` }
}
