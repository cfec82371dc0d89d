/**
 * The host's side of the built-in meter (meterPrelude.ts): the costs the prelude charges, the
 * `hostMeter` function it reports to, and the BigInt refusal. Costs are in "characters": one
 * character of a string scanned, and multiples of it for an array element, a sort comparison or a
 * character of source compiled. They are deliberately pessimistic (a flat `indexOf` scans ~1 ns a
 * character; a rope's, or a naive search's worst case, tens of ns), so the budget holds where a
 * deployed Worker's clock stands still; drawing programs touch only short strings and pay nothing
 * noticeable.
 */
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core'
import type { RunGuard } from './runGuard'

/** Characters of metered work per unit of the run's operation budget (one unit ≈ 22 µs). */
export const CHARS_PER_BUDGET_UNIT = 500

/**
 * What the prelude charges, in characters, per thing processed. Zeroing a new buffer is a memset,
 * far cheaper a byte than scanning a string a character, and memory caps it anyway.
 */
export const BUILTIN_COSTS = Object.freeze({ char: 1, element: 16, compare: 16, compile: 8, allocatedByte: 1 / 32 })

/** Work the prelude gathers before reporting to the host (~1 ms at the pessimistic rate). */
export const REPORT_EVERY_CHARS = 20_000

/** A BigInt literal (digits, hex, octal or binary, then `n`), wherever it appears in source text. */
export const BIGINT_LITERAL = String.raw`(?:^|[^\w$.])(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|\d[\d_]*)n(?![\w$])`

export const BIGINT_MESSAGE = 'BigInt is not available in the sandbox (its arithmetic cannot be interrupted); use numbers'

/** True when `code` contains something that reads as a BigInt literal (even inside a string; rare, and refused clearly). */
export function mentionsBigInt(code: string): boolean {
  return new RegExp(BIGINT_LITERAL).test(code)
}

/** The settings JSON the meter prelude is called with. */
export function meterSettings(memoryLimitBytes: number): string {
  return JSON.stringify({
    costs: BUILTIN_COSTS,
    reportEvery: REPORT_EVERY_CHARS,
    memoryBytes: memoryLimitBytes,
    bigIntLiteral: BIGINT_LITERAL,
    bigIntMessage: BIGINT_MESSAGE,
  })
}

/** `hostMeter(chars)`: charges the work to the run's budget; answers true once the run must end. */
export function newHostMeter(context: QuickJSContext, guard: RunGuard): QuickJSHandle {
  return context.newFunction('hostMeter', (charsHandle) => {
    const chars = charsHandle && context.typeof(charsHandle) === 'number' ? context.getNumber(charsHandle) : Number.NaN
    // Anything but a finite positive count is a tampered prelude: end the run.
    guard.charge(Number.isFinite(chars) && chars >= 0 ? Math.ceil(chars / CHARS_PER_BUDGET_UNIT) : Number.POSITIVE_INFINITY)
    return guard.stopped() ? context.true : context.false
  })
}
