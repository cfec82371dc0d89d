/**
 * Comparing boards: a canonical form of a set of records (sorted by id, as JSON), a short account
 * of how two boards differ for failure messages, and tldraw's schema check over every record.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { checkRecord } from '../../../shared/tldrawRecords'

/** The records as one comparable string. */
export function canonical(records: readonly TLRecord[]): string {
  return JSON.stringify([...records].sort((a, b) => a.id.localeCompare(b.id)))
}

/** What differs between two boards, briefly: ids only in one, and ids whose records differ. */
export function describeDifference(a: readonly TLRecord[], b: readonly TLRecord[]): string {
  const left = new Map(a.map((record) => [record.id, JSON.stringify(record)]))
  const right = new Map(b.map((record) => [record.id, JSON.stringify(record)]))
  const onlyLeft = [...left.keys()].filter((id) => !right.has(id))
  const onlyRight = [...right.keys()].filter((id) => !left.has(id))
  const changed = [...left.keys()].filter((id) => right.has(id) && right.get(id) !== left.get(id))
  const list = (ids: string[]) => `${ids.length} [${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}]`
  return `only in the first: ${list(onlyLeft)}; only in the second: ${list(onlyRight)}; different: ${list(changed)}`
}

/** The schema errors of `records` (empty when all are valid tldraw records). */
export function schemaErrors(records: readonly TLRecord[]): string[] {
  return records.flatMap((record) => {
    const check = checkRecord(record.id, record)
    return check.ok ? [] : [check.error]
  })
}
