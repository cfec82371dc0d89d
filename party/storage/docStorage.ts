/**
 * Persists a room's Y.Doc in Durable Object storage as a snapshot plus an append-only log of updates.
 *
 * Why not y-partykit's storage: it awaits a `list` before each write, so the write starts after the
 * room has already relayed the update and Durable Object output gates cannot hold the relay back
 * until it is durable. Here every update's write starts synchronously, in the same event as the
 * relay, so an edit another device has seen is an edit that survives a crash.
 *
 * Layout (keys sort in write order):
 * - `doc:head` → `{ generation, snapshotChunks, logStart }`
 * - `doc:snap:<generation>:<chunk>` → part of `Y.encodeStateAsUpdate(doc)`
 * - `doc:log:<seq>:<chunk>` → part of one update
 * Values are split into chunks because a Durable Object value holds at most 128 KiB.
 */

import { deleteKeys, joinChunks, putChunks, splitIntoChunks } from './chunks'

/** The subset of Durable Object storage this module uses (PartyKit's `room.storage`). */
export interface KeyValueStorage {
  get<T = unknown>(key: string): Promise<T | undefined>
  put<T>(entries: Record<string, T>): Promise<void>
  delete(keys: string[]): Promise<number>
  list<T = unknown>(options: { prefix: string; start?: string; end?: string; limit?: number }): Promise<Map<string, T>>
}

interface Head {
  generation: number
  snapshotChunks: number
  /** First log sequence number not folded into the snapshot. */
  logStart: number
}

/** When the log grows past either bound, the room folds it into a new snapshot. */
export const COMPACT_AFTER_UPDATES = 500
export const COMPACT_AFTER_BYTES = 4 * 1024 * 1024

const HEAD_KEY = 'doc:head'
const pad = (n: number, width: number) => String(n).padStart(width, '0')
const snapshotKey = (generation: number, chunk: number) => `doc:snap:${pad(generation, 10)}:${pad(chunk, 5)}`
const snapshotPrefix = (generation: number) => `doc:snap:${pad(generation, 10)}:`
const logKey = (seq: number, chunk: number) => `doc:log:${pad(seq, 12)}:${pad(chunk, 4)}`
const LOG_PREFIX = 'doc:log:'

/** What a room finds in storage when it starts. */
export interface StoredDoc {
  /** The snapshot, then every logged update, in order; apply them all to rebuild the doc. */
  updates: Uint8Array[]
  /** Bytes stored, an upper bound of the doc's encoded size. */
  storedBytes: number
}

export class DocStorage {
  private head: Head = { generation: 0, snapshotChunks: 0, logStart: 0 }
  private nextSeq = 0
  private logBytes = 0
  private snapshotBytes = 0
  private pendingWrites = new Set<Promise<unknown>>()

  constructor(private readonly storage: KeyValueStorage) {}

  /** Reads the snapshot and the log. Call once, before `append`. */
  async load(): Promise<StoredDoc> {
    this.head = (await this.storage.get<Head>(HEAD_KEY)) ?? this.head
    const updates: Uint8Array[] = []
    if (this.head.snapshotChunks > 0) {
      const chunks = await this.storage.list<Uint8Array>({ prefix: snapshotPrefix(this.head.generation) })
      const snapshot = joinChunks(chunks.values())
      this.snapshotBytes = snapshot.length
      updates.push(snapshot)
    }
    const logChunks = await this.storage.list<Uint8Array>({ prefix: LOG_PREFIX, start: logKey(this.head.logStart, 0) })
    const bySeq = new Map<number, Uint8Array[]>()
    for (const [key, chunk] of logChunks) {
      const seq = Number(key.slice(LOG_PREFIX.length, LOG_PREFIX.length + 12))
      bySeq.set(seq, [...(bySeq.get(seq) ?? []), chunk])
    }
    this.nextSeq = this.head.logStart
    for (const [seq, chunks] of [...bySeq].sort(([a], [b]) => a - b)) {
      const update = joinChunks(chunks)
      updates.push(update)
      this.logBytes += update.length
      this.nextSeq = seq + 1
    }
    return { updates, storedBytes: this.snapshotBytes + this.logBytes }
  }

  /**
   * Logs one update. The write starts before this returns (no await first), so Durable Object
   * output gates hold back any message the room sends after it until the write is durable.
   */
  append(update: Uint8Array): Promise<void> {
    const seq = this.nextSeq++
    const entries: Record<string, Uint8Array> = {}
    splitIntoChunks(update).forEach((chunk, index) => {
      entries[logKey(seq, index)] = chunk
    })
    this.logBytes += update.length
    return this.track(this.storage.put(entries))
  }

  /** True when the log is long enough that loading would be faster from a fresh snapshot. */
  get shouldCompact(): boolean {
    return this.nextSeq - this.head.logStart > COMPACT_AFTER_UPDATES || this.logBytes > COMPACT_AFTER_BYTES
  }

  /** Bytes stored, an upper bound of the doc's encoded size. */
  get storedBytes(): number {
    return this.snapshotBytes + this.logBytes
  }

  /**
   * Replaces snapshot and log with `state` (the doc's full state, covering every update appended so
   * far). Crash-safe: the new snapshot is written before the head points at it, and the old data is
   * deleted only after.
   */
  async compact(state: Uint8Array): Promise<void> {
    const previous = this.head
    const next: Head = { generation: previous.generation + 1, snapshotChunks: 0, logStart: this.nextSeq }
    const chunks = splitIntoChunks(state)
    next.snapshotChunks = chunks.length
    const foldedLogBytes = this.logBytes
    // Appends in flight belong to the old log; let them land before the head moves past them.
    await Promise.all(this.pendingWrites)
    await putChunks(this.storage, (chunk) => snapshotKey(next.generation, chunk), chunks)
    await this.storage.put({ [HEAD_KEY]: next })
    this.head = next
    this.snapshotBytes = state.length
    this.logBytes -= foldedLogBytes
    await this.deleteBefore(previous, next.logStart)
  }

  /** Resolves when every write started so far has finished. */
  async flush(): Promise<void> {
    await Promise.all(this.pendingWrites)
  }

  private async deleteBefore(previous: Head, logEnd: number): Promise<void> {
    const stale = [
      ...(await this.storage.list({ prefix: snapshotPrefix(previous.generation) })).keys(),
      ...(await this.storage.list({ prefix: LOG_PREFIX, end: logKey(logEnd, 0) })).keys(),
    ]
    await deleteKeys(this.storage, stale)
  }

  private track(write: Promise<void>): Promise<void> {
    this.pendingWrites.add(write)
    const settle = () => this.pendingWrites.delete(write)
    write.then(settle, settle)
    return write
  }
}
