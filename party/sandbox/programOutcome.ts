/**
 * Reads the outcome JSON the prelude builds (see prelude.ts) into a typed verdict. The text comes
 * from inside the sandbox, so it is parsed and checked like any other untrusted input.
 */
import { z } from 'zod'
import type { ProgramFailure } from './sandboxErrors'

export type ProgramVerdict = { ok: true; result: unknown } | { ok: false; failure: ProgramFailure }

const Outcome = z.union([
  z.object({ ok: z.literal(true), result: z.unknown().optional(), truncated: z.string().optional(), length: z.number().optional() }),
  z.object({ ok: z.literal(false), name: z.string(), message: z.string(), stack: z.string().optional() }),
])

const unreadable: ProgramVerdict = {
  ok: false,
  failure: { name: 'ResultError', message: 'the program’s result could not be read back; return plain data' },
}

/** The verdict in the prelude's outcome JSON; anything malformed is a ResultError. */
export function readOutcome(text: string): ProgramVerdict {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return unreadable
  }
  const parsed = Outcome.safeParse(json)
  if (!parsed.success) return unreadable
  const outcome = parsed.data
  if (!outcome.ok) return { ok: false, failure: { name: outcome.name, message: outcome.message, stack: outcome.stack } }
  if (outcome.truncated !== undefined) {
    return { ok: true, result: `[result cut to its first ${outcome.truncated.length} of ${outcome.length ?? '?'} characters of JSON] ${outcome.truncated}` }
  }
  return { ok: true, result: outcome.result }
}

/** Answered when the job queue drained and the program's promise had still not settled. */
export const neverSettled: ProgramVerdict = {
  ok: false,
  failure: {
    name: 'ResultError',
    message: 'the program awaited something that never finished (there are no timers or network here; board calls are synchronous)',
  },
}
