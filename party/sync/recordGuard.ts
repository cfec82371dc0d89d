/**
 * Repairs what a client writes to the board that would break tldraw on every other device: records
 * that fail tldraw's schema, and records past the board's size limit. A CRDT cannot refuse an
 * update it has merged, so the room writes the repair right after (the previous value back, or
 * the new key removed) and every device converges on the repaired board.
 */
import type { TLRecord } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { origins, type RecordsKV } from '../../shared/doc'
import { MAX_BOARD_RECORDS } from '../../shared/limits'
import { checkRecord } from '../../shared/tldrawRecords'

type Change =
  | { action: 'add'; newValue: TLRecord }
  | { action: 'update'; oldValue: TLRecord; newValue: TLRecord }
  | { action: 'delete'; oldValue: TLRecord }

/** One repair: put `value` back under `key`, or remove `key` when `value` is undefined. */
export interface Repair {
  key: string
  value: TLRecord | undefined
  reason: string
}

/** The repairs a set of changes needs, given how many records the board now holds. Pure. */
export function planRepairs(changes: Map<string, Change>, recordCount: number): Repair[] {
  const repairs: Repair[] = []
  let overLimit = recordCount - MAX_BOARD_RECORDS
  for (const [key, change] of changes) {
    if (change.action === 'delete') continue
    const check = checkRecord(key, change.newValue)
    const previous = change.action === 'update' ? change.oldValue : undefined
    if (!check.ok) {
      repairs.push({ key, value: previous, reason: check.error })
    } else if (change.action === 'add' && overLimit > 0) {
      overLimit--
      repairs.push({ key, value: undefined, reason: `the board holds at most ${MAX_BOARD_RECORDS} records` })
    }
  }
  return repairs
}

/**
 * Watches the board for client writes and repairs them. Returns a function that stops watching.
 * `onRepair` hears about each repair (to tell the device and log it).
 */
export function guardRecords(
  doc: Y.Doc,
  records: RecordsKV,
  isTrusted: (origin: unknown) => boolean,
  onRepair: (repairs: Repair[], origin: unknown) => void,
): () => void {
  const listener = (changes: Map<string, Change>, transaction: Y.Transaction) => {
    if (isTrusted(transaction.origin)) return
    const repairs = planRepairs(changes, records.map.size)
    if (repairs.length === 0) return
    doc.transact(() => {
      for (const { key, value } of repairs) {
        if (value === undefined) records.delete(key)
        else records.set(key, value)
      }
    }, origins.guard)
    onRepair(repairs, transaction.origin)
  }
  records.on('change', listener)
  return () => records.off('change', listener)
}
