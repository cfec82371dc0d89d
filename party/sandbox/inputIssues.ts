/** Short messages for what a program passed to `board`: zod's issues summarised, and fields a schema does not know. */
import type { z } from 'zod'
import { BoardInputError } from './sandboxTypes'

const MAX_ISSUES = 3

/** The first few issues as `path: message`, joined. */
export function summarizeIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.map(String).join('.')
    return path ? `${path}: ${issue.message}` : issue.message
  })
  const more = error.issues.length - MAX_ISSUES
  return more > 0 ? `${lines.join('; ')} (and ${more} more)` : lines.join('; ')
}

/** Parses `value` with `schema`, or throws the issues as a BoardInputError. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new BoardInputError(summarizeIssues(parsed.error))
  return parsed.data
}

/**
 * Refuses fields the schema would silently drop (`label` for `text`, `width` for `w`): a model
 * learns its mistake instead of wondering why nothing changed.
 */
export function refuseUnknownFields(value: unknown, known: readonly string[], what: string): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return
  const unknown = Object.keys(value).filter((key) => !known.includes(key))
  if (unknown.length > 0) {
    throw new BoardInputError(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((key) => `"${key}"`).join(', ')} for ${what} (fields: ${known.join(', ')})`)
  }
}

/** `value` as a plain object, or a BoardInputError naming what was expected. */
export function plainObject(value: unknown, what: string): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new BoardInputError(`${what} must be an object`)
  return value as Record<string, unknown>
}
