/**
 * Applies a draft to the board: every staged record is checked first, by tldraw's schema and the
 * board's own rules (shared/recordRules.ts, party/board/boardRules.ts: the same rules the write
 * gate holds clients to), then all of them are written in one Yjs transaction with the caller's
 * origin. If any record fails, nothing is written.
 */
import type { TLRecord } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { getRecords, writeRecords } from '../../shared/doc'
import { MAX_AGENT_SHAPE_TEXT_CHARS, MAX_AGENT_TEXT_PER_TURN } from '../../shared/limits'
import { checkBoardRecord, shownTextChars } from '../../shared/recordRules'
import type { BoardDraft } from './boardDraft'
import { getBoardIndex } from './boardIndex'
import { checkBoardChanges } from './boardRules'
import { countShapeChanges, type DraftTotals, type RecordChange } from './recordChange'

export type CommitResult =
  | { ok: true; totals: DraftTotals; changes: RecordChange[] }
  | { ok: false; error: string }

export interface CommitOptions {
  /**
   * For the agent's and its programs' writes: characters of text the turn may still add (taken
   * from on success), and each shape's text bounded by MAX_AGENT_SHAPE_TEXT_CHARS.
   */
  textBudget?: { remaining: number }
}

export function commitDraft(doc: Y.Doc, draft: BoardDraft, origin: string, options: CommitOptions = {}): CommitResult {
  const changes = draft.changes()
  const puts = new Map<string, TLRecord>()
  const deletes = new Set<string>()
  let textAdded = 0
  for (const change of changes) {
    if (!change.after) {
      deletes.add(change.id)
      continue
    }
    const check = checkBoardRecord(change.id, change.after)
    if (!check.ok) return { ok: false, error: `invalid record, nothing was changed: ${check.error}` }
    puts.set(change.id, check.record)
    if (!options.textBudget) continue
    const grown = shownTextChars(check.record) - (change.before ? shownTextChars(change.before) : 0)
    if (grown > 0 && shownTextChars(check.record) > MAX_AGENT_SHAPE_TEXT_CHARS) {
      return { ok: false, error: `${change.id}: a shape the AI writes holds at most ${MAX_AGENT_SHAPE_TEXT_CHARS} characters of text; shorten it, nothing was changed` }
    }
    textAdded += Math.max(0, grown)
  }
  if (options.textBudget && textAdded > options.textBudget.remaining) {
    return {
      ok: false,
      error: `this would add ${textAdded} characters of text but the turn may add only ${options.textBudget.remaining} more (at most ${MAX_AGENT_TEXT_PER_TURN} a turn); nothing was changed`,
    }
  }
  const problem = checkBoardChanges(getBoardIndex(doc), { puts, deletes })
  if (problem) return { ok: false, error: `nothing was changed: ${problem}` }
  if (changes.length > 0) doc.transact(() => writeRecords(getRecords(doc), puts.values(), deletes), origin)
  if (options.textBudget) options.textBudget.remaining -= textAdded
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
