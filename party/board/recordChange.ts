/** What one write to the board did to one record, and how such changes add up. */
import type { TLRecord } from '@tldraw/tlschema'

/** A record's value before and after a change (null: absent). */
export interface RecordChange {
  id: string
  before: TLRecord | null
  after: TLRecord | null
}

export interface DraftTotals {
  shapesCreated: number
  shapesUpdated: number
  shapesDeleted: number
}

/** Shapes created, updated and deleted by `changes` (other records, such as bindings, are not counted). */
export function countShapeChanges(changes: Iterable<RecordChange>): DraftTotals {
  const totals: DraftTotals = { shapesCreated: 0, shapesUpdated: 0, shapesDeleted: 0 }
  for (const { before, after } of changes) {
    if (after?.typeName === 'shape') {
      if (before) totals.shapesUpdated++
      else totals.shapesCreated++
    } else if (!after && before?.typeName === 'shape') totals.shapesDeleted++
  }
  return totals
}
