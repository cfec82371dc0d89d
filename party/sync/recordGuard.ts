/**
 * The write gate's backstop. The gate (writeGate.ts) refuses a client's update before it is merged,
 * judging it against the board as the room has it; but which of two entries for one key YKeyValue
 * keeps depends on where the update places them, and concurrent moves can close a parent cycle
 * that neither move made alone. So after every client write the room checks what actually changed
 * (each record against shared/recordRules.ts, each changed shape's ancestry, the document and the
 * last page, the record limit) and writes the repair right after: the previous value back, or the
 * new key removed, and every device converges on the repaired board.
 *
 * Each record of a gated update was already checked alone by the gate, so for those the guard
 * judges only what lies between records: re-validating them cost ~17% of the room's work per
 * relayed update (docs/performance.md).
 */
import type { TLRecord } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { origins, writeRecords, type RecordsKV } from '../../shared/doc'
import { MAX_BOARD_RECORDS } from '../../shared/limits'
import { checkBoardRecord } from '../../shared/recordRules'
import { ancestryProblem } from '../board/boardRules'

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

/**
 * The repairs a set of changes needs, given how many records the board now holds, how many pages
 * are left and the board as it now is (`get`). Pure. Every board keeps its document record and at
 * least one page: without them each device would invent its own, and the devices would stop
 * seeing the same board.
 */
export function planRepairs(
  changes: Map<string, Change>,
  recordCount: number,
  pagesLeft = 1,
  get: (id: string) => TLRecord | undefined = () => undefined,
  recordsChecked = false,
): Repair[] {
  const repairs: Repair[] = []
  let overLimit = recordCount - MAX_BOARD_RECORDS
  let pages = pagesLeft
  for (const [key, change] of changes) {
    if (change.action === 'delete') {
      const { typeName } = change.oldValue
      if (typeName === 'document' || (typeName === 'page' && pages === 0)) {
        repairs.push({ key, value: change.oldValue, reason: `the board's ${typeName} cannot be deleted` })
        if (typeName === 'page') pages++
      }
      continue
    }
    const check = recordsChecked ? { ok: true as const, record: change.newValue } : checkBoardRecord(key, change.newValue)
    const previous = change.action === 'update' ? change.oldValue : undefined
    const problem = check.ok ? (check.record.typeName === 'shape' ? ancestryProblem(get, key) : null) : check.error
    if (problem) {
      repairs.push({ key, value: previous, reason: problem })
    } else if (change.action === 'add' && overLimit > 0) {
      overLimit--
      repairs.push({ key, value: undefined, reason: `the board holds at most ${MAX_BOARD_RECORDS} records` })
    }
  }
  return repairs
}

/**
 * Bindings left without their arrow or target by a client's changes (a shape deleted while another
 * device bound an arrow to it): each is removed. Walks the board's bindings only when a shape was
 * deleted.
 */
export function danglingBindings(changes: Map<string, Change>, records: RecordsKV): Repair[] {
  const exists = (id: string) => records.get(id)?.typeName === 'shape'
  const candidates = new Map<string, TLRecord>()
  for (const [key, change] of changes) {
    if (change.action !== 'delete' && change.newValue.typeName === 'binding') candidates.set(key, change.newValue)
  }
  const shapeDeleted = [...changes.values()].some((change) => change.action === 'delete' && change.oldValue.typeName === 'shape')
  if (shapeDeleted) for (const { key, val } of records.map.values()) if (val.typeName === 'binding') candidates.set(key, val)
  const repairs: Repair[] = []
  for (const [key, binding] of candidates) {
    if (binding.typeName !== 'binding' || !records.has(key)) continue
    if (!exists(binding.fromId) || !exists(binding.toId)) repairs.push({ key, value: undefined, reason: `${key}: a binding must run between shapes on the board` })
  }
  return repairs
}

/** Whose writes the guard skips, and whose records it need not check one by one. */
export interface GuardTrust {
  /** The room's own writes: never repaired. */
  isTrusted(origin: unknown): boolean
  /** Writes whose every record the write gate checked before the merge. */
  isGated?(origin: unknown): boolean
}

/**
 * Watches the board for client writes and repairs them. Returns a function that stops watching.
 * `onRepair` hears about each repair (to tell the device and log it).
 */
export function guardRecords(doc: Y.Doc, records: RecordsKV, trust: GuardTrust, onRepair: (repairs: Repair[], origin: unknown) => void): () => void {
  const listener = (changes: Map<string, Change>, transaction: Y.Transaction) => {
    if (trust.isTrusted(transaction.origin)) return
    // Counting pages walks the board: only needed when a page was deleted.
    const pageDeleted = [...changes.values()].some((change) => change.action === 'delete' && change.oldValue.typeName === 'page')
    let pages = 1
    if (pageDeleted) {
      pages = 0
      for (const { val } of records.map.values()) if (val.typeName === 'page') pages++
    }
    const gated = trust.isGated?.(transaction.origin) ?? false
    const repairs = [...planRepairs(changes, records.map.size, pages, (id) => records.get(id), gated), ...danglingBindings(changes, records)]
    if (repairs.length === 0) return
    const restore = repairs.flatMap(({ value }) => (value ? [value] : []))
    const remove = repairs.filter(({ value }) => !value).map(({ key }) => key)
    doc.transact(() => writeRecords(records, restore, remove), origins.guard)
    onRepair(repairs, transaction.origin)
  }
  records.on('change', listener)
  return () => records.off('change', listener)
}
