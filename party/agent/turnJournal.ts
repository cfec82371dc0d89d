/**
 * Remembers what each agent turn changed, in the room's storage, so "Undo AI turn" works after the
 * room restarts too. A turn is recorded in parts, one per commit as it happens, so a turn the room
 * died in the middle of is undoable after the restart as far as it got. Keeps the newest
 * UNDOABLE_TURNS turns; values are chunked like the doc's.
 */
import { UNDOABLE_TURNS } from '../../shared/limits'
import type { RecordChange } from '../board/recordChange'
import { mergeChanges } from './undoPlan'
import { deleteKeys, joinChunks, putChunks, splitIntoChunks } from '../storage/chunks'
import type { KeyValueStorage } from '../storage/docStorage'

/** One recorded part of a turn; a turn's parts are consecutive in the index. */
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

  /** Adds `changes` to turn `turnId` (a new turn, or more of the newest one). */
  record(turnId: string, changes: RecordChange[]): Promise<void> {
    return this.serialize(async () => {
      const index = (await this.storage.get<IndexEntry[]>(INDEX_KEY)) ?? []
      const seq = (index.at(-1)?.seq ?? 0) + 1
      const chunks = splitIntoChunks(new TextEncoder().encode(JSON.stringify(changes)))
      await putChunks(this.storage, (chunk) => chunkKey(seq, chunk), chunks)
      const next = [...index, { seq, turnId, chunks: chunks.length }]
      const turns = [...new Set(next.map((entry) => entry.turnId))]
      const oldestKept = turns[Math.max(0, turns.length - UNDOABLE_TURNS)]
      const dropped = next.splice(0, next.findIndex((entry) => entry.turnId === oldestKept))
      await this.storage.put({ [INDEX_KEY]: next })
      for (const entry of dropped) await this.deleteChunks(entry)
    })
  }

  /** Removes and returns the newest turn (all its parts, folded into one change per record), or null. */
  takeLatest(): Promise<JournalEntry | null> {
    return this.serialize(async () => {
      const index = (await this.storage.get<IndexEntry[]>(INDEX_KEY)) ?? []
      const turnId = index.at(-1)?.turnId
      if (turnId === undefined) return null
      let first = index.length - 1
      while (first > 0 && index[first - 1]!.turnId === turnId) first--
      const parts = index.slice(first)
      const changes: RecordChange[] = []
      for (const part of parts) {
        const stored = await this.storage.list<Uint8Array>({ prefix: `journal:${String(part.seq).padStart(10, '0')}:` })
        changes.push(...(JSON.parse(new TextDecoder().decode(joinChunks(stored.values()))) as RecordChange[]))
      }
      await this.storage.put({ [INDEX_KEY]: index.slice(0, first) })
      for (const part of parts) await this.deleteChunks(part)
      return { turnId, changes: parts.length === 1 ? changes : mergeChanges(changes) }
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
