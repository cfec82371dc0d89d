/**
 * Remembers what each agent turn changed, in the room's storage, so "Undo AI turn" works after the
 * room restarts too. Keeps the newest UNDOABLE_TURNS turns; values are chunked like the doc's.
 */
import { UNDOABLE_TURNS } from '../../shared/limits'
import type { RecordChange } from '../board/recordChange'
import { deleteKeys, joinChunks, putChunks, splitIntoChunks } from '../storage/chunks'
import type { KeyValueStorage } from '../storage/docStorage'

interface IndexEntry {
  seq: number
  turnId: string
  chunks: number
}

const INDEX_KEY = 'journal:index'
const chunkKey = (seq: number, chunk: number) => `journal:${String(seq).padStart(10, '0')}:${String(chunk).padStart(5, '0')}`

export interface JournalEntry {
  turnId: string
  changes: RecordChange[]
}

export class TurnJournal {
  // Storage calls are chained so a record and an undo never interleave.
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly storage: KeyValueStorage) {}

  record(turnId: string, changes: RecordChange[]): Promise<void> {
    return this.serialize(async () => {
      const index = (await this.storage.get<IndexEntry[]>(INDEX_KEY)) ?? []
      const seq = (index.at(-1)?.seq ?? 0) + 1
      const chunks = splitIntoChunks(new TextEncoder().encode(JSON.stringify(changes)))
      await putChunks(this.storage, (chunk) => chunkKey(seq, chunk), chunks)
      const next = [...index, { seq, turnId, chunks: chunks.length }]
      const dropped = next.splice(0, Math.max(0, next.length - UNDOABLE_TURNS))
      await this.storage.put({ [INDEX_KEY]: next })
      for (const entry of dropped) await this.deleteChunks(entry)
    })
  }

  /** Removes and returns the newest turn, or null when there is none. */
  takeLatest(): Promise<JournalEntry | null> {
    return this.serialize(async () => {
      const index = (await this.storage.get<IndexEntry[]>(INDEX_KEY)) ?? []
      const latest = index.at(-1)
      if (!latest) return null
      const stored = await this.storage.list<Uint8Array>({ prefix: `journal:${String(latest.seq).padStart(10, '0')}:` })
      const changes = JSON.parse(new TextDecoder().decode(joinChunks(stored.values()))) as RecordChange[]
      await this.storage.put({ [INDEX_KEY]: index.slice(0, -1) })
      await this.deleteChunks(latest)
      return { turnId: latest.turnId, changes }
    })
  }

  private deleteChunks(entry: IndexEntry): Promise<void> {
    return deleteKeys(this.storage, Array.from({ length: entry.chunks }, (_, chunk) => chunkKey(entry.seq, chunk)))
  }

  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }
}
