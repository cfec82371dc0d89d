/**
 * Plans "Undo AI turn": every record the turn changed goes back to how it was, unless someone
 * changed it since (their edit wins and is kept). The board stays whole: a frame someone has put
 * things into is kept, bindings to removed shapes go with them, and nothing is restored that would
 * point at a shape that no longer exists.
 */
import type { TLRecord, TLShape } from '@tldraw/tlschema'
import type { BoardDraft } from '../board/boardDraft'
import type { RecordChange } from '../board/recordChange'
import { sameJson } from '../board/recordEquality'

/** Folds a turn's successive changes into one per record: first `before`, last `after`. */
export function mergeChanges(changes: RecordChange[]): RecordChange[] {
  const merged = new Map<string, RecordChange>()
  for (const change of changes) {
    const earlier = merged.get(change.id)
    merged.set(change.id, earlier ? { id: change.id, before: earlier.before, after: change.after } : change)
  }
  return [...merged.values()].filter((change) => !sameJson(change.before, change.after))
}

export interface UndoPlan {
  /** Records changed back. */
  reverted: number
  /** Records left alone because someone edited them after the turn. */
  kept: number
}

/** Stages the undo of `changes` in `draft`. */
export function planUndo(draft: BoardDraft, changes: RecordChange[]): UndoPlan {
  let reverted = 0
  let kept = 0
  const removals = new Set<string>()
  const restores: TLRecord[] = []
  for (const change of changes) {
    const current = draft.get(change.id) ?? null
    if (!sameJson(current, change.after)) {
      kept++
      continue
    }
    if (change.before) restores.push(change.before)
    else removals.add(change.id)
  }
  for (const record of restores) {
    draft.put(record)
    reverted++
  }
  for (const id of removals) {
    const hasOtherChildren = draft.childIds(id).some((child) => !removals.has(child))
    if (hasOtherChildren) {
      kept++
      continue
    }
    draft.remove(id)
    reverted++
  }
  // Whatever now points at a missing shape goes too (bindings), or is not brought back (orphans).
  for (const record of [...draft.records()]) {
    if (record.typeName === 'binding') {
      const { fromId, toId } = record as { fromId: string; toId: string }
      if (!draft.getShape(fromId) || !draft.getShape(toId)) draft.remove(record.id)
    } else if (record.typeName === 'shape') {
      const parentId = (record as TLShape).parentId
      if (!draft.get(parentId)) draft.remove(record.id)
    }
  }
  return { reverted, kept }
}
