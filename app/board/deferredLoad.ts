/**
 * The part of a big board that loads after first paint (docs/performance.md "Open"): records
 * waiting in load order, put into the store in chunks between frames, each chunk sized so putting
 * and drawing it takes about LOAD_CHUNK_BUDGET_MS and the editor keeps answering, but never less
 * than a share of what is loaded (each chunk costs tldraw a pass over it all). Each record is
 * read from the doc when its turn comes, so edits made meanwhile are never overwritten by an
 * older version.
 */
import type { TLRecord, TLStore } from 'tldraw'
import { LOAD_CHUNK_BUDGET_MS, LOAD_CHUNK_MAX_SHAPES, LOAD_CHUNK_MIN_GROWTH, LOAD_CHUNK_MIN_SHAPES, LOAD_IDLE_WAIT_MS } from '../../shared/limits'

export interface DeferredLoadOptions {
  /** Ids still to load, in load order (parents before children, bindings last). */
  ids: readonly string[]
  /** Records already in the store. */
  loaded: number
  store: TLStore
  /** The doc's current version of a record, or null when it is gone. */
  read(id: string): TLRecord | null
  /** Puts records into the store. */
  apply(put: TLRecord[]): void
  /** Runs `task` once the next frame has painted; returns a cancel. Default: afterPaintWhenIdle. */
  afterPaint?(task: () => void): () => void
  onLoaded?(): void
}

/** One frame at 60 Hz: the part of the gap between two chunks that is waiting for a frame, not work. */
const FRAME_MS = 1000 / 60

/**
 * Runs `task` once the next frame has painted and the page is idle (requestIdleCallback, waiting at
 * most LOAD_IDLE_WAIT_MS; a timer where there are no frames). A chunk's cost does not end with its
 * task: React draws the new shapes in tasks of its own, and tldraw's start (fonts, fill patterns,
 * its UI) takes frames after the first paint too. Waiting for idle lets all of that finish, so
 * the editor answers input between every two chunks, however long a chunk takes.
 */
export function afterPaintWhenIdle(task: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function' || typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0)
    return () => clearTimeout(timer)
  }
  let idle: number | undefined
  const frame = requestAnimationFrame(() => (idle = requestIdleCallback(() => task(), { timeout: LOAD_IDLE_WAIT_MS })))
  return () => {
    cancelAnimationFrame(frame)
    if (idle !== undefined) cancelIdleCallback(idle)
  }
}

/**
 * The next chunk's size from the last one's and the time it took (at most doubling), at least
 * LOAD_CHUNK_MIN_GROWTH of the `loaded` records, within bounds. Pure.
 */
export function nextChunkSize(size: number, workMs: number, loaded = 0): number {
  const scaled = Math.round(size * Math.min(2, LOAD_CHUNK_BUDGET_MS / Math.max(1, workMs)))
  const floor = Math.max(LOAD_CHUNK_MIN_SHAPES, Math.round(loaded * LOAD_CHUNK_MIN_GROWTH))
  return Math.min(LOAD_CHUNK_MAX_SHAPES, Math.max(floor, scaled))
}

export class DeferredLoad {
  private readonly queue: string[]
  private readonly waiting: Set<string>
  private cursor = 0
  private loaded: number
  private requeues = 0
  private chunkSize = LOAD_CHUNK_MIN_SHAPES * 4
  private lastStarted = 0
  private cancelNext: (() => void) | null = null
  private readonly afterPaint: (task: () => void) => () => void

  constructor(private readonly options: DeferredLoadOptions) {
    this.queue = [...options.ids]
    this.waiting = new Set(options.ids)
    this.loaded = options.loaded
    this.afterPaint = options.afterPaint ?? afterPaintWhenIdle
    if (this.queue.length === 0) options.onLoaded?.()
    else this.cancelNext = this.afterPaint(this.step)
  }

  /** Whether records still wait to load. */
  get loading(): boolean {
    return this.waiting.size > 0
  }

  /**
   * Whether a changed record from the doc must wait for its turn rather than enter the store now:
   * it is waiting itself, or it is a shape whose parent waits, or a binding (whose shapes may wait).
   * One that must wait is queued, and read from the doc when its turn comes.
   */
  claims(record: TLRecord): boolean {
    if (!this.loading) return false
    if (this.waiting.has(record.id)) return true
    if (record.typeName === 'binding' || (record.typeName === 'shape' && this.waiting.has(record.parentId))) {
      this.enqueue(record.id)
      return true
    }
    return false
  }

  cancel(): void {
    this.cancelNext?.()
    this.cancelNext = null
    this.waiting.clear()
  }

  private enqueue(id: string): void {
    if (this.waiting.has(id)) return
    this.waiting.add(id)
    this.queue.push(id)
  }

  private readonly step = (): void => {
    this.cancelNext = null
    const started = performance.now()
    if (this.lastStarted > 0) this.chunkSize = nextChunkSize(this.chunkSize, started - this.lastStarted - FRAME_MS, this.loaded)
    this.lastStarted = started
    const put: TLRecord[] = []
    while (put.length < this.chunkSize && this.cursor < this.queue.length) {
      const id = this.queue[this.cursor++]!
      const record = this.options.read(id)
      // A shape whose parent still waits goes to the back (a remote move can put a parent behind its child).
      if (record?.typeName === 'shape' && this.waiting.has(record.parentId) && this.requeues++ < this.queue.length) {
        this.queue.push(id)
        continue
      }
      this.waiting.delete(id)
      if (record && !this.options.store.has(record.id)) put.push(record)
    }
    if (put.length > 0) this.options.apply(put)
    this.loaded += put.length
    if (this.cursor < this.queue.length) {
      this.cancelNext = this.afterPaint(this.step)
      return
    }
    this.queue.length = 0
    this.cursor = 0
    this.options.onLoaded?.()
  }
}
