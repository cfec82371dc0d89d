/**
 * The only two doors between a program and the host: `hostCall(op, argsJson)` for `board` and
 * `hostPrint(line)` for `console`. They accept nothing but strings of bounded length (read after
 * checking type and length, so a 30 MB string is refused without being copied out), answer with
 * JSON strings, charge the run's operation budget for the work, and never throw into QuickJS: a
 * mistake comes back as `{ok:false}`, a broken limit also stops the run through the guard.
 */
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core'
import { dispatchBoardCall, RunLimitError } from './boardDispatch'
import type { OutputBuffer } from './outputBuffer'
import type { RunGuard } from './runGuard'
import { stackLimitError } from './sandboxErrors'
import { BoardInputError, type SandboxHost } from './sandboxTypes'

/** Largest JSON one board call may pass: 1,000 shapes with long labels fit; a runaway does not. */
export const MAX_CALL_JSON_CHARS = 2_000_000
/**
 * What a board call costs from the run's operation budget, whose unit is one interrupt check (about
 * 22 µs of the tightest loop). Measured in workerd: a createShape call takes ~70 µs (3 units) and
 * listing 1,000 shapes (~100,000 characters of JSON) ~2.8 ms (~1,000 characters a unit).
 */
export const UNITS_PER_CALL = 3
export const CHARS_PER_UNIT = 1_000

export interface BridgeState {
  host: SandboxHost
  guard: RunGuard
  output: OutputBuffer
  maxShapes: number
  maxOutputChars: number
  /** A host error that is not the program's fault: runCode rethrows it after cleaning up. */
  hostFailure: unknown
  boardCalls: number
}

/** Reads a string argument, or null when it is not a string or longer than `maxChars`. */
function readString(context: QuickJSContext, handle: QuickJSHandle | undefined, maxChars: number): string | null {
  if (!handle || context.typeof(handle) !== 'string') return null
  // A primitive string's own `length` cannot be redefined by the program (getLength is for objects).
  const length = context.getProp(handle, 'length').consume((value) => context.getNumber(value))
  if (length > maxChars) return null
  return context.getString(handle)
}

/** True for the host engine's own stack overflow (QuickJS frames also use the host's native stack). */
export function isHostStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message)
}

const refuse = (message: string) => JSON.stringify({ ok: false, error: message })

function boardCall(context: QuickJSContext, state: BridgeState, opHandle?: QuickJSHandle, argsHandle?: QuickJSHandle): string {
  const { guard } = state
  if (guard.stopped()) return refuse(`the run is over: ${guard.reason?.message ?? 'stopped'}`)
  state.boardCalls++
  const op = readString(context, opHandle, 32) ?? '?'
  const json = readString(context, argsHandle, MAX_CALL_JSON_CHARS)
  if (json === null) return refuse(`board.${op}: its arguments are over ${MAX_CALL_JSON_CHARS} characters of JSON; work in smaller batches`)
  guard.charge(UNITS_PER_CALL + Math.floor(json.length / CHARS_PER_UNIT))
  try {
    const args: unknown = JSON.parse(json)
    if (!Array.isArray(args)) return refuse(`board.${op}: malformed call`)
    const value = dispatchBoardCall(state.host, op, args, state.maxShapes)
    const reply = JSON.stringify({ ok: true, value: value ?? null })
    guard.charge(Math.floor(reply.length / CHARS_PER_UNIT))
    return reply
  } catch (error) {
    if (error instanceof BoardInputError) return refuse(`board.${op}: ${error.message}`)
    if (error instanceof RunLimitError) {
      guard.fail(error.error)
      return refuse(error.error.message)
    }
    if (isHostStackOverflow(error)) {
      guard.fail(stackLimitError())
      return refuse(stackLimitError().message)
    }
    state.hostFailure ??= error
    guard.fail({ name: 'InternalError', message: 'the board failed to carry out a call' })
    return refuse('the board failed to carry out this call')
  }
}

function print(context: QuickJSContext, state: BridgeState, lineHandle?: QuickJSHandle): void {
  if (state.guard.stopped()) return
  const line = readString(context, lineHandle, state.maxOutputChars + 1)
  if (line === null) return
  state.guard.charge(1 + Math.floor(line.length / CHARS_PER_UNIT))
  state.output.append(line)
}

/** Creates the two host functions in `context`; the caller passes them to the prelude and disposes the handles. */
export function newHostFunctions(context: QuickJSContext, state: BridgeState): { hostCall: QuickJSHandle; hostPrint: QuickJSHandle } {
  return {
    hostCall: context.newFunction('hostCall', (op, args) => context.newString(boardCall(context, state, op, args))),
    hostPrint: context.newFunction('hostPrint', (line) => {
      print(context, state, line)
    }),
  }
}
