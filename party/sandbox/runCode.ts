/**
 * Runs a program written by the model in QuickJS (WebAssembly) against a `board` capability, with
 * every limit enforced from outside the program: a fresh instance and memory with a hard maximum,
 * QuickJS's stack limit, an interrupt handler that stops on the clock or on an operation budget,
 * and the shape count checked on every board call. A broken limit or a program error comes back as
 * a short `{name, message}`; only bugs of the host throw.
 */
import type { QuickJSContext, QuickJSRuntime } from 'quickjs-emscripten-core'
import { BIGINT_MESSAGE, mentionsBigInt } from './builtinMeter'
import { executeProgram } from './executeProgram'
import { isHostStackOverflow, type BridgeState } from './hostBridge'
import { OutputBuffer } from './outputBuffer'
import type { ProgramVerdict } from './programOutcome'
import { newQuickJSInstance } from './quickjsInstance'
import { RunGuard } from './runGuard'
import { classifyFailure, memoryLimitError, stackLimitError } from './sandboxErrors'
import { DEFAULT_SANDBOX_LIMITS, type SandboxLimits } from './sandboxLimits'
import type { SandboxHost, SandboxResult, SandboxStats } from './sandboxTypes'

const IMPORT_REFUSED = 'import() is not available: a program has only `board`, `console` and plain JavaScript'

/** Frees the context and runtime; false when QuickJS refused (a leaked value), which tests check. */
function dispose(context: QuickJSContext, runtime: QuickJSRuntime): boolean {
  try {
    context.dispose()
    runtime.dispose()
    return true
  } catch {
    return false
  }
}

/** Runs `code` (the body of an async function) with `board` backed by `host`, within `limits`. */
export async function runCode(code: string, host: SandboxHost, overrides: Partial<SandboxLimits> = {}): Promise<SandboxResult> {
  const limits: SandboxLimits = { ...DEFAULT_SANDBOX_LIMITS, ...overrides }
  const began = Date.now()
  const guard = new RunGuard(limits)
  const state: BridgeState = {
    host,
    guard,
    output: new OutputBuffer(limits.maxOutputChars),
    maxShapes: limits.maxShapes,
    maxOutputChars: limits.maxOutputChars,
    hostFailure: undefined,
    boardCalls: 0,
  }
  const stats: SandboxStats = { startMs: 0, runMs: 0, interruptChecks: 0, boardCalls: 0, disposed: true }
  if (code.length > limits.maxCodeChars) {
    const error = { name: 'CodeLimitError', message: `the program has ${code.length} characters; at most ${limits.maxCodeChars}` }
    return { ok: false, error, output: '', stats }
  }
  if (mentionsBigInt(code)) return { ok: false, error: { name: 'BigIntError', message: BIGINT_MESSAGE }, output: '', stats }

  const instance = await newQuickJSInstance(limits.memoryLimitBytes, () => guard.fail(memoryLimitError(limits.memoryLimitBytes)))
  const runtime = instance.module.newRuntime()
  runtime.setMaxStackSize(limits.stackLimitBytes)
  runtime.setInterruptHandler(guard.shouldInterrupt)
  runtime.setModuleLoader(
    () => ({ error: new Error(IMPORT_REFUSED) }),
    () => ({ error: new Error(IMPORT_REFUSED) }),
  )
  const context = runtime.newContext()
  stats.startMs = Date.now() - began

  let verdict: ProgramVerdict
  let abandoned = false
  try {
    verdict = executeProgram({ context, runtime, state, limits, code })
  } catch (error) {
    // The instance may be mid-way through anything now; it is dropped whole, never disposed or reused.
    abandoned = true
    if (isHostStackOverflow(error)) guard.fail(stackLimitError())
    const reason = guard.reason
    if (!reason) throw error
    verdict = { ok: false, failure: reason }
  }
  stats.runMs = Date.now() - began - stats.startMs
  stats.disposed = abandoned ? false : dispose(context, runtime)
  stats.interruptChecks = guard.interruptChecks
  stats.boardCalls = state.boardCalls
  if (state.hostFailure) throw state.hostFailure

  const output = state.output.toString()
  // A broken limit outranks whatever the program made of it (a caught error, a pending promise).
  const reason = guard.reason
  if (reason) return { ok: false, error: reason, output, stats }
  if (verdict.ok) return { ok: true, result: verdict.result, output, stats }
  const error = classifyFailure(verdict.failure, limits.memoryLimitBytes, code.split('\n').length)
  return { ok: false, error, output, stats }
}
