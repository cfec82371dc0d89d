/**
 * Runs a program in a prepared QuickJS context: evaluates the prelude, hands it the host functions,
 * starts the program, drains QuickJS's job queue (so `await` works) and reads the outcome. Every
 * handle it makes is disposed by one scope, so a run leaves nothing alive behind it.
 */
import { Scope, type QuickJSContext, type QuickJSHandle, type QuickJSRuntime } from 'quickjs-emscripten-core'
import { BIGINT_PRELUDE } from './bigIntPrelude'
import { newHostMeter, meterSettings } from './builtinMeter'
import { newHostFunctions, type BridgeState } from './hostBridge'
import { METER_PRELUDE } from './meterPrelude'
import { PRELUDE } from './prelude'
import { neverSettled, readOutcome, type ProgramVerdict } from './programOutcome'
import type { SandboxLimits } from './sandboxLimits'

export interface ProgramRun {
  context: QuickJSContext
  runtime: QuickJSRuntime
  state: BridgeState
  limits: SandboxLimits
  code: string
}

/** What an uncatchable stop (interrupt, out of memory) left behind, read without trusting it. */
function failureOf(context: QuickJSContext, error: QuickJSHandle): ProgramVerdict {
  try {
    // Any getter or toJSON this runs is still under the interrupt handler (at once, past a stop).
    const dumped: unknown = context.dump(error)
    if (dumped && typeof dumped === 'object') {
      const { name, message, stack } = dumped as Record<string, unknown>
      return { ok: false, failure: { name: String(name ?? 'Error'), message: String(message ?? ''), stack: typeof stack === 'string' ? stack : undefined } }
    }
    return { ok: false, failure: { name: 'ThrownValue', message: `the program threw ${String(dumped)}` } }
  } catch {
    return { ok: false, failure: { name: 'InternalError', message: 'the program stopped' } }
  }
}

/** Longest outcome JSON read back: the result limit, with room for escaping. */
const outcomeChars = (limits: SandboxLimits) => 6 * limits.maxResultChars + 10_000

/** Runs the program to completion in `context` and reads its verdict (limits are the guard's to report). */
export function executeProgram({ context, runtime, state, limits, code }: ProgramRun): ProgramVerdict {
  return Scope.withScope((scope) => {
    const prelude = scope.manage(context.unwrapResult(context.evalCode(PRELUDE, 'prelude.js', { type: 'global', strict: true })))
    const { hostCall, hostPrint } = newHostFunctions(context, state)
    scope.manage(hostCall)
    scope.manage(hostPrint)
    const viewport = scope.manage(context.newString(JSON.stringify(state.host.viewport)))
    const settings = scope.manage(context.newString(JSON.stringify({ maxOutputChars: limits.maxOutputChars, maxResultChars: limits.maxResultChars })))
    const api = scope.manage(context.unwrapResult(context.callFunction(prelude, context.undefined, hostCall, hostPrint, viewport, settings)))
    // The meter goes in after the prelude has captured the built-ins it uses itself.
    const meter = scope.manage(context.unwrapResult(context.evalCode(METER_PRELUDE, 'meter.js', { type: 'global', strict: true })))
    const hostMeter = scope.manage(newHostMeter(context, state.guard))
    const meterOptions = scope.manage(context.newString(meterSettings(limits.memoryLimitBytes)))
    const charge = scope.manage(context.unwrapResult(context.callFunction(meter, context.undefined, hostMeter, meterOptions)))
    const noBigInt = scope.manage(context.unwrapResult(context.evalCode(BIGINT_PRELUDE, 'bigint.js', { type: 'global', strict: true })))
    scope.manage(context.unwrapResult(context.callFunction(noBigInt, context.undefined, charge, meterOptions)))
    const useMeter = scope.manage(context.getProp(api, 'useMeter'))
    scope.manage(context.unwrapResult(context.callFunction(useMeter, context.undefined, charge)))
    const run = scope.manage(context.getProp(api, 'run'))
    const read = scope.manage(context.getProp(api, 'read'))

    // The clock starts with the program: setting up the prelude and the meter is the host's time.
    state.guard.start()
    const started = context.callFunction(run, context.undefined, scope.manage(context.newString(code)))
    if (started.error) return failureOf(context, scope.manage(started.error))
    scope.manage(started.value)
    const jobs = runtime.executePendingJobs()
    if (jobs.error) return failureOf(context, scope.manage(jobs.error))
    if (state.guard.reason) return { ok: false, failure: state.guard.reason }

    const outcome = context.callFunction(read, context.undefined)
    if (outcome.error) return failureOf(context, scope.manage(outcome.error))
    const handle = scope.manage(outcome.value)
    if (context.typeof(handle) !== 'string') return neverSettled
    const length = context.getProp(handle, 'length').consume((value) => context.getNumber(value))
    if (length > outcomeChars(limits)) return { ok: false, failure: { name: 'ResultError', message: 'the program’s result is too large to read back' } }
    return readOutcome(context.getString(handle))
  })
}
