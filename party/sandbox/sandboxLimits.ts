/**
 * The bounds one `run_code` run gets (README "Limits and what happens at them", docs/sandbox-and-presence.md). The shared numbers live in
 * shared/limits.ts; this module gathers them into one object a caller (or a test) can narrow.
 */
import {
  SANDBOX_MAX_CODE_CHARS,
  SANDBOX_MAX_INTERRUPT_CHECKS,
  SANDBOX_MAX_OUTPUT_CHARS,
  SANDBOX_MAX_SHAPES,
  SANDBOX_MEMORY_LIMIT_BYTES,
  SANDBOX_STACK_LIMIT_BYTES,
  SANDBOX_TIME_LIMIT_MS,
} from '../../shared/limits'

export interface SandboxLimits {
  /** Wall time of the program, checked by QuickJS's interrupt handler and at each board call. */
  timeLimitMs: number
  /**
   * Second stop beside the clock, which a deployed Worker freezes during synchronous code: interrupt
   * checks (QuickJS polls every 10,000 branches or calls) plus board-call charges, per run.
   */
  maxInterruptChecks: number
  /** Size of the run's own WebAssembly memory, which cannot grow (at least 16 MiB, the module's minimum). */
  memoryLimitBytes: number
  /** QuickJS's stack limit; the host's own stack stays a backstop (see runCode's stack handling). */
  stackLimitBytes: number
  /** Shapes a run may create, update or delete in total. */
  maxShapes: number
  /** Longest program. */
  maxCodeChars: number
  /** Console output kept; the rest is cut with a note. */
  maxOutputChars: number
  /** Longest JSON result kept; a longer one comes back as a truncated string. */
  maxResultChars: number
}

export const DEFAULT_SANDBOX_LIMITS: Readonly<SandboxLimits> = Object.freeze({
  timeLimitMs: SANDBOX_TIME_LIMIT_MS,
  maxInterruptChecks: SANDBOX_MAX_INTERRUPT_CHECKS,
  memoryLimitBytes: SANDBOX_MEMORY_LIMIT_BYTES,
  stackLimitBytes: SANDBOX_STACK_LIMIT_BYTES,
  maxShapes: SANDBOX_MAX_SHAPES,
  maxCodeChars: SANDBOX_MAX_CODE_CHARS,
  maxOutputChars: SANDBOX_MAX_OUTPUT_CHARS,
  maxResultChars: SANDBOX_MAX_OUTPUT_CHARS,
})
