/**
 * Applies a draft to the board: every staged record is checked against tldraw's schema first, then
 * all of them are written in one Yjs transaction with the caller's origin. If any record fails,
 * nothing is written.
 */
import type { TLRecord } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { getRecords, writeRecords } from '../../shared/doc'
import { checkRecord } from '../../shared/tldrawRecords'
import type { BoardDraft, DraftTotals } from './boardDraft'

/** One record a commit changed, with its value before and after (null: absent). */
export interface RecordChange {
  id: string
  before: TLRecord | null
  after: TLRecord | null
}

export type CommitResult =
  | { ok: true; totals: DraftTotals; changes: RecordChange[] }
  | { ok: false; error: string }

export function commitDraft(doc: Y.Doc, draft: BoardDraft, origin: string): CommitResult {
  const { put, remove } = draft.changes()
  const records = getRecords(doc)
  const checked: TLRecord[] = []
  for (const record of put) {
    const check = checkRecord(record.id, record)
    if (!check.ok) return { ok: false, error: `invalid record, nothing was changed: ${check.error}` }
    checked.push(check.record)
  }
  const changes: RecordChange[] = [
    ...checked.map((record) => ({ id: record.id, before: records.get(record.id) ?? null, after: record })),
    ...remove.map((id) => ({ id, before: records.get(id) ?? null, after: null })),
  ]
  const totals = draft.totals()
  if (changes.length > 0) {
    doc.transact(() => writeRecords(records, checked, remove), origin)
  }
  return { ok: true, totals, changes }
}

/** A draft over the doc's current records. */
export function draftBase(doc: Y.Doc): { get(id: string): TLRecord | undefined; values(): Iterable<TLRecord> } {
  const records = getRecords(doc)
  return {
    get: (id) => records.get(id),
    values: () => Array.from(records.map.values(), (entry) => entry.val),
  }
}
