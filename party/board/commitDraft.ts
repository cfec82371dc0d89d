/**
 * Applies a draft to the board: every staged record is checked against tldraw's schema first, then
 * all of them are written in one Yjs transaction with the caller's origin. If any record fails,
 * nothing is written.
 */
import type { TLRecord } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { getRecords, writeRecords } from '../../shared/doc'
import { checkRecord } from '../../shared/tldrawRecords'
import type { BoardDraft } from './boardDraft'
import { countShapeChanges, type DraftTotals, type RecordChange } from './recordChange'

export type CommitResult =
  | { ok: true; totals: DraftTotals; changes: RecordChange[] }
  | { ok: false; error: string }

export function commitDraft(doc: Y.Doc, draft: BoardDraft, origin: string): CommitResult {
  const changes = draft.changes()
  const put: TLRecord[] = []
  const remove: string[] = []
  for (const change of changes) {
    if (!change.after) {
      remove.push(change.id)
      continue
    }
    const check = checkRecord(change.id, change.after)
    if (!check.ok) return { ok: false, error: `invalid record, nothing was changed: ${check.error}` }
    put.push(check.record)
  }
  if (changes.length > 0) doc.transact(() => writeRecords(getRecords(doc), put, remove), origin)
  return { ok: true, totals: countShapeChanges(changes), changes }
}

/** A draft over the doc's current records. */
export function draftBase(doc: Y.Doc): { get(id: string): TLRecord | undefined; values(): Iterable<TLRecord> } {
  const records = getRecords(doc)
  return {
    get: (id) => records.get(id),
    values: () => Array.from(records.map.values(), (entry) => entry.val),
  }
}
