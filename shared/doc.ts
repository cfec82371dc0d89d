/**
 * The layout of a room's Y.Doc: the one document every device and the room's agent share.
 *
 * Top-level types:
 * - `records` (Y.Array, read and written through y-utility's YKeyValue): the board's tldraw records of
 *   document scope (document, pages, shapes, bindings, assets, users), each as `{ key: id, val: record }`.
 * - `chat` (Y.Array of Y.Map): the room's chat, oldest first. Each message is a Y.Map whose `text` is a
 *   Y.Text, so a streamed answer grows by small appends instead of rewriting the whole message.
 * - `meta` (Y.Map): `schema`, the serialized tldraw schema the records were written with (for future
 *   migrations), and `agent`, the room's model as `{ id, provider, offline }`.
 *
 * Why YKeyValue and not a Y.Map for records: a Y.Map keeps one tombstone per overwrite of a key, so a
 * board grows with every drag even when its size on screen does not. Measured by `npm run bench`
 * (bench/docLayout.ts: 100 shapes, then 10,000 edits of them): edited by one device, the Y.Map doc grew
 * to 109 KiB (9 bytes an edit) while the YKeyValue doc stayed at 21.2 KiB; with two devices taking
 * turns both grow 9 bytes an edit (109 KiB each). Most edits come in runs from one device (a drag),
 * so YKeyValue wins where it matters.
 *
 * Writers: people write `records` through tldraw's store (app/board/storeBinding.ts); the room writes
 * `records` only through agent tool calls and the sandbox (plus undoing a turn, seeding a new board and
 * repairing records), and `chat`/`meta` itself: only the room writes them. Every room-side transaction
 * carries one of the origins below.
 *
 * The write gate (party/sync/writeGate.ts, docs/write-gate.md) enforces this: every client update is
 * read before it is merged and refused whole when it touches any type but `records`, puts anything but
 * `{key: string, val: record}` entries into it, or leaves a record tldraw cannot draw. It reads the
 * update's decoded structs (Y.decodeUpdate), finding each struct's root type through its named parent
 * or its neighbours in the update or the doc's struct store, rather than applying the update to a
 * scratch copy and diffing: the copy costs the whole board on every update (measured by `npm run bench`,
 * bench/writeGate.ts: 1.5–2.5 s to copy a 10,000-shape board, 78 ms for 100 shapes, under a load
 * average of 20), while reading the structs costs what the update holds: p50 0.1 ms for one moved
 * shape on a 10,000-shape board, 0.75× the merge it guards; 37 ms for 200 pasted shapes, most of it
 * tldraw's schema validation of each record, which the room ran after the merge before the gate too.
 */
import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'
import type { TLRecord } from '@tldraw/tlschema'

export const RECORDS_KEY = 'records'
export const CHAT_KEY = 'chat'
export const META_KEY = 'meta'

/** One entry of the `records` array as YKeyValue stores it. */
export interface RecordEntry {
  key: string
  val: TLRecord
}

export type RecordsKV = YKeyValue<TLRecord>

const recordsByDoc = new WeakMap<Y.Doc, RecordsKV>()

/**
 * The board's records as a key-value view. One view per doc: YKeyValue keeps an index and observes
 * the array, so a second view would double that work.
 */
export function getRecords(doc: Y.Doc): RecordsKV {
  let kv = recordsByDoc.get(doc)
  if (!kv) {
    kv = new YKeyValue<TLRecord>(doc.getArray<RecordEntry>(RECORDS_KEY))
    recordsByDoc.set(doc, kv)
  }
  return kv
}

/** Every record on the board, in no particular order. */
export function allRecords(doc: Y.Doc): TLRecord[] {
  return Array.from(getRecords(doc).map.values(), (entry) => entry.val)
}

/**
 * Writes and removes many records at once, with YKeyValue's semantics (a write replaces the key's
 * entry; the last write of a key wins) but one pass over the array and one push, where calling
 * `set`/`delete` per record scans the array once per key. Call it inside a transaction.
 */
export function writeRecords(records: RecordsKV, put: Iterable<TLRecord>, remove: Iterable<string> = []): void {
  const latest = new Map<string, TLRecord>()
  for (const record of put) latest.set(record.id, record)
  const stale = new Set<string>()
  for (const id of remove) if (!latest.has(id) && records.map.has(id)) stale.add(id)
  for (const id of latest.keys()) if (records.map.has(id)) stale.add(id)
  if (stale.size > 0) {
    // Contiguous runs of stale entries, deleted from the end so earlier indices stay valid.
    const runs: [start: number, length: number][] = []
    let index = 0
    for (const entry of records.yarray) {
      if (stale.has(entry.key)) {
        const last = runs.at(-1)
        if (last && last[0] + last[1] === index) last[1]++
        else runs.push([index, 1])
      }
      index++
    }
    for (let i = runs.length - 1; i >= 0; i--) records.yarray.delete(...runs[i]!)
  }
  if (latest.size > 0) records.yarray.push(Array.from(latest, ([key, val]) => ({ key, val })))
}

export function getChat(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>(CHAT_KEY)
}

export function getMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(META_KEY)
}

/** Transaction origins of the room's own writes; a client's writes carry its connection. */
export const origins = {
  /** An agent tool call of turn `turnId`. */
  agent: (turnId: string) => `agent:${turnId}`,
  /** A successful `run_code` run of turn `turnId`. */
  sandbox: (turnId: string) => `sandbox:${turnId}`,
  /** "Undo AI turn" of turn `turnId`. */
  undo: (turnId: string) => `undo:${turnId}`,
  /** Chat written for turn `turnId` (prompt, streamed text, tool progress). */
  chat: (turnId: string) => `chat:${turnId}`,
  /** The records and meta a new board starts with. */
  seed: 'room:seed',
  /** A repair of records a client wrote that break tldraw's schema. */
  guard: 'room:guard',
  /** What the room puts right when it loads a board: records, chat and meta written before the write gate, answers a crash cut off. */
  recover: 'room:recover',
} as const

/** True for the origins of the room's own writes (the ones `origins` builds). */
export function isRoomOrigin(origin: unknown): origin is string {
  return typeof origin === 'string' && /^(agent|sandbox|undo|chat|room):/.test(origin)
}
