/**
 * Brings a board written before the write gate (docs/write-gate.md) within its rules when the room
 * loads it, so a board a hostile client bricked opens again: `records` entries that are not
 * `{key, val}` (a null there makes y-utility's YKeyValue throw on every read), records tldraw
 * cannot draw, shapes inside themselves or nested too deep (moved onto their page), bindings that
 * do not run from an arrow to a shape, and anything in `chat` or `meta` the room did not write.
 */
import type { TLRecord } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { readChatMessage } from '../../shared/chat'
import { getChat, getMeta, RECORDS_KEY, writeRecords, type RecordsKV } from '../../shared/doc'
import { checkBoardRecord } from '../../shared/recordRules'
import { ancestryProblem } from '../board/boardRules'

/** Keys the room writes into `meta` (shared/doc.ts). */
const META_KEYS = new Set(['schema', 'agent'])

/**
 * Removes `records` entries YKeyValue cannot read or tldraw cannot draw. Runs on the raw array, so
 * call it before anything reads the records (getRecords). Returns one line per removal.
 */
export function repairRecordEntries(doc: Y.Doc): string[] {
  const array = doc.getArray<unknown>(RECORDS_KEY)
  const bad: number[] = []
  const notes: string[] = []
  array.toArray().forEach((entry, index) => {
    const key = typeof entry === 'object' && entry !== null ? (entry as { key?: unknown }).key : undefined
    if (typeof key !== 'string' || !('val' in (entry as object))) {
      bad.push(index)
      notes.push(`removed a records entry that is not {key, val}: ${JSON.stringify(entry)?.slice(0, 60)}`)
      return
    }
    const check = checkBoardRecord(key, (entry as { val: unknown }).val)
    if (!check.ok) {
      bad.push(index)
      notes.push(`removed ${check.error.slice(0, 120)}`)
    }
  })
  // From the end, so earlier indices stay valid.
  for (const index of bad.reverse()) array.delete(index, 1)
  return notes
}

/**
 * Moves shapes that sit inside themselves or too deep onto their page, and removes bindings that
 * do not run from an arrow to a shape. Call it inside a transaction. Returns one line per repair.
 */
export function repairBoardStructure(records: RecordsKV, firstPageId: string): string[] {
  const notes: string[] = []
  const moved = new Map<string, TLRecord>()
  const get = (id: string) => moved.get(id) ?? records.get(id)
  for (const { val } of records.map.values()) {
    if (val.typeName !== 'shape') continue
    const problem = ancestryProblem(get, val.id)
    if (!problem) continue
    // Only the shape itself is moved: its own parent may be the one at fault, checked in its turn.
    const fixed = { ...(get(val.id) as typeof val), parentId: firstPageId } as TLRecord
    moved.set(val.id, fixed)
    notes.push(`moved ${val.id} onto the page: ${problem}`)
  }
  const removed: string[] = []
  for (const { val } of records.map.values()) {
    if (val.typeName !== 'binding') continue
    const from = get(val.fromId)
    if (from?.typeName !== 'shape' || from.type !== 'arrow' || get(val.toId)?.typeName !== 'shape') {
      removed.push(val.id)
      notes.push(`removed ${val.id}: a binding must run from an arrow to a shape`)
    }
  }
  if (moved.size > 0 || removed.length > 0) writeRecords(records, moved.values(), removed)
  return notes
}

/** Removes chat items that are not messages and meta keys the room does not write. Call it inside a transaction. */
export function repairRoomState(doc: Y.Doc): string[] {
  const notes: string[] = []
  const chat = getChat(doc)
  const bad: number[] = []
  chat.toArray().forEach((item, index) => {
    if (!(item instanceof Y.Map) || !readChatMessage(item)) bad.push(index)
  })
  for (const index of bad.reverse()) chat.delete(index, 1)
  if (bad.length > 0) notes.push(`removed ${bad.length} chat item(s) that are not messages`)
  const meta = getMeta(doc)
  for (const key of [...meta.keys()]) {
    if (META_KEYS.has(key)) continue
    meta.delete(key)
    notes.push(`removed meta.${key.slice(0, 40)}`)
  }
  return notes
}
