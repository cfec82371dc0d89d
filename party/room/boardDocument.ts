/**
 * The room's copy of its board: the Y.Doc, loaded from storage (and repaired, see boardRepair.ts),
 * persisted as it changes, relayed to every connection, and guarded: every client update passes
 * the write gate before it is merged (docs/write-gate.md). One per room, alive as long as the
 * Durable Object is, whether or not any device is connected.
 */
import * as Y from 'yjs'
import { getRecords, isRoomOrigin, origins, type RecordsKV } from '../../shared/doc'
import { MAX_DOC_BYTES } from '../../shared/limits'
import { interruptStreamingMessages } from '../agent/chatLog'
import { getBoardIndex } from '../board/boardIndex'
import { checkBoardChanges } from '../board/boardRules'
import { DocStorage, type KeyValueStorage } from '../storage/docStorage'
import { guardRecords } from '../sync/recordGuard'
import { RoomSync, type ConnectOptions, type SyncConnection } from '../sync/roomSync'
import { inspectUpdate } from '../sync/writeGate'
import { repairBoardStructure, repairRecordEntries, repairRoomState } from './boardRepair'
import { DEFAULT_PAGE_ID, seedBoard } from './seedBoard'

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
    // Registered before the relay's listener, so each update's write starts before it is sent on.
    doc.on('update', (update: Uint8Array) => {
      this.storage.append(update).catch((error: unknown) => this.log(`could not store an update: ${String(error)}`))
      this.scheduleCompaction()
    })
    // Before anything reads the records: YKeyValue throws on an entry that is not {key, val}.
    const repaired = doc.transact(() => repairRecordEntries(doc), origins.recover)
    this.records = getRecords(doc)
    repaired.push(...doc.transact(() => [...repairBoardStructure(this.records, firstPageId(this.records)), ...repairRoomState(doc)], origins.recover))
    for (const note of repaired.slice(0, 20)) this.log(`repaired on load: ${note}`)
    const interrupted = interruptStreamingMessages(doc)
    if (interrupted > 0) this.log(`marked ${interrupted} answer(s) cut off by a restart as interrupted`)
    const index = getBoardIndex(doc)
    this.sync = new RoomSync(doc, {
      canGrow: (bytes) => this.storage.storedBytes + bytes <= MAX_DOC_BYTES,
      inspect: (update) => {
        const verdict = inspectUpdate(doc, this.records, update)
        return verdict.ok ? checkBoardChanges(index, verdict.changes, { fromClient: true }) : verdict.reason
      },
      onRefused: (connection, reason) => this.log(`refused a frame from ${connection.id}: ${reason}`),
    })
    guardRecords(doc, this.records, { isTrusted: isRoomOrigin, isGated: isConnection }, (repairs, origin) => {
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

/** The page repairs move shapes onto: the board's first page, or the one seeding will add. */
function firstPageId(records: RecordsKV): string {
  let first: { id: string; index: string } | undefined
  for (const { val } of records.map.values()) {
    if (val.typeName === 'page' && (!first || val.index < first.index)) first = val
  }
  return first?.id ?? DEFAULT_PAGE_ID
}

function isConnection(origin: unknown): origin is SyncConnection {
  return typeof origin === 'object' && origin !== null && 'send' in origin && 'id' in origin
}
