/**
 * The room's copy of its board: the Y.Doc, loaded from storage, persisted as it changes, relayed to
 * every connection and guarded against records that would break tldraw. One per room, alive as
 * long as the Durable Object is, whether or not any device is connected.
 */
import * as Y from 'yjs'
import { getRecords, isRoomOrigin, type RecordsKV } from '../../shared/doc'
import { MAX_DOC_BYTES } from '../../shared/limits'
import { DocStorage, type KeyValueStorage } from '../storage/docStorage'
import { guardRecords } from '../sync/recordGuard'
import { RoomSync, type ConnectOptions, type SyncConnection } from '../sync/roomSync'
import { seedBoard } from './seedBoard'

/** Idle time after the last change before a due compaction runs. */
const COMPACT_IDLE_MS = 2_000

export interface BoardDocumentOptions {
  /** Where problems go; the room logs them. */
  log?: (message: string) => void
}

export class BoardDocument {
  readonly doc: Y.Doc
  readonly records: RecordsKV
  readonly sync: RoomSync
  private compaction: Promise<void> | null = null
  private compactTimer: ReturnType<typeof setTimeout> | null = null

  private constructor(
    doc: Y.Doc,
    private readonly storage: DocStorage,
    private readonly log: (message: string) => void,
  ) {
    this.doc = doc
    this.records = getRecords(doc)
    // Registered before the relay's listener, so each update's write starts before it is sent on.
    doc.on('update', (update: Uint8Array) => {
      this.storage.append(update).catch((error: unknown) => this.log(`could not store an update: ${String(error)}`))
      this.scheduleCompaction()
    })
    this.sync = new RoomSync(doc, {
      canGrow: (bytes) => this.storage.storedBytes + bytes <= MAX_DOC_BYTES,
      onRefused: (connection, reason) => this.log(`refused a frame from ${connection.id}: ${reason}`),
    })
    guardRecords(doc, this.records, isRoomOrigin, (repairs, origin) => {
      const reasons = repairs.map((repair) => repair.reason)
      this.log(`repaired ${repairs.length} record(s): ${reasons.slice(0, 3).join('; ')}`)
      if (isConnection(origin)) {
        this.sync.notify({ type: 'rejected', reason: `Some of your changes broke the board's rules and were undone: ${reasons[0]}` }, origin)
      }
    })
  }

  /** Loads the board from storage (an empty storage gives a fresh board) and seeds what it lacks. */
  static async load(storage: KeyValueStorage, options: BoardDocumentOptions = {}): Promise<BoardDocument> {
    const docStorage = new DocStorage(storage)
    const stored = await docStorage.load()
    const doc = new Y.Doc({ gc: true })
    doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(doc, update)
    })
    const board = new BoardDocument(doc, docStorage, options.log ?? console.warn)
    seedBoard(doc)
    return board
  }

  connect(connection: SyncConnection, options?: ConnectOptions): void {
    this.sync.connect(connection, options)
  }

  disconnect(connection: SyncConnection): void {
    this.sync.disconnect(connection)
    if (this.sync.connectionCount === 0) void this.compactNow()
  }

  /** Folds the update log into a snapshot when it has grown; safe to call any time. */
  compactNow(): Promise<void> {
    if (this.compaction) return this.compaction
    if (!this.storage.shouldCompact) return Promise.resolve()
    this.compaction = this.storage
      .compact(Y.encodeStateAsUpdate(this.doc))
      .catch((error: unknown) => this.log(`compaction failed, the log is kept: ${String(error)}`))
      .finally(() => {
        this.compaction = null
      })
    return this.compaction
  }

  /** Resolves when everything written so far is in storage. */
  flush(): Promise<void> {
    return this.storage.flush()
  }

  private scheduleCompaction(): void {
    if (!this.storage.shouldCompact) return
    if (this.compactTimer) return // throttle, not debounce: steady editing must not postpone it forever
    this.compactTimer = setTimeout(() => {
      this.compactTimer = null
      void this.compactNow()
    }, COMPACT_IDLE_MS)
  }
}

function isConnection(origin: unknown): origin is SyncConnection {
  return typeof origin === 'object' && origin !== null && 'send' in origin && 'id' in origin
}
