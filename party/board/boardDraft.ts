/**
 * A staged edit of the board: reads see the board plus the staged changes, writes only stage.
 * Tool calls and sandbox runs plan against a draft; `commitDraft` then validates everything and
 * applies it as one Yjs transaction, so a failed call changes nothing.
 */
import type { TLPageId, TLParentId, TLRecord, TLShape, TLShapeId } from '@tldraw/tlschema'
import { getIndexAbove, type IndexKey } from '@tldraw/utils'
import type { Bounds } from './geometry'
import { localBounds } from './geometry'
import { countShapeChanges, type DraftTotals, type RecordChange } from './recordChange'
import { randomShortId, shortId, toShapeId } from './shapeIds'

export interface DraftBase {
  get(id: string): TLRecord | undefined
  values(): Iterable<TLRecord>
}

/** What a turn remembers across its tool calls: the model's names for shapes it made. */
export type ShapeAliases = Map<string, TLShapeId>

const isShape = (record: TLRecord | undefined): record is TLShape => record?.typeName === 'shape'

export class BoardDraft {
  private readonly staged = new Map<string, TLRecord | null>()
  private childIndex: Map<string, Set<TLShapeId>> | null = null
  private readonly topIndex = new Map<string, IndexKey>()

  constructor(
    private readonly base: DraftBase,
    /** The page new shapes go on when they have no frame. */
    readonly pageId: TLPageId,
    readonly aliases: ShapeAliases = new Map(),
  ) {}

  get(id: string): TLRecord | undefined {
    const staged = this.staged.get(id)
    if (staged === null) return undefined
    return staged ?? this.base.get(id)
  }

  getShape(id: string): TLShape | undefined {
    const record = this.get(id)
    return isShape(record) ? record : undefined
  }

  /** Every record on the board as the draft sees it. */
  *records(): Generator<TLRecord> {
    for (const record of this.base.values()) {
      if (!this.staged.has(record.id)) yield record
    }
    for (const record of this.staged.values()) if (record) yield record
  }

  *shapes(): Generator<TLShape> {
    for (const record of this.records()) if (isShape(record)) yield record
  }

  put(record: TLRecord): void {
    const previous = this.get(record.id)
    this.staged.set(record.id, record)
    if (isShape(record)) {
      if (isShape(previous) && previous.parentId !== record.parentId) this.childIndex?.get(previous.parentId)?.delete(previous.id)
      this.children(record.parentId).add(record.id)
      const top = this.topIndex.get(record.parentId)
      if (top !== undefined && record.index > top) this.topIndex.set(record.parentId, record.index)
    }
  }

  remove(id: string): void {
    const previous = this.get(id)
    if (!previous) return
    this.staged.set(id, null)
    if (isShape(previous)) this.childIndex?.get(previous.parentId)?.delete(previous.id)
  }

  /** Ids of the shapes directly inside `parentId`. */
  childIds(parentId: string): TLShapeId[] {
    return [...this.children(parentId)]
  }

  /** A fractional index above every current child of `parentId`, so new shapes land on top. */
  nextIndex(parentId: TLParentId): IndexKey {
    let top = this.topIndex.get(parentId)
    if (top === undefined) {
      for (const id of this.children(parentId)) {
        const index = this.getShape(id)?.index
        if (index !== undefined && (top === undefined || index > top)) top = index
      }
    }
    const next = getIndexAbove(top ?? null)
    this.topIndex.set(parentId, next)
    return next
  }

  /** Page-space bounds of a shape, following its frames up to the page. */
  pageBounds(id: string): Bounds | null {
    const shape = this.getShape(id)
    if (!shape) return null
    const bounds = localBounds(shape)
    const origin = this.pageOrigin(shape.parentId)
    return { ...bounds, x: bounds.x + origin.x, y: bounds.y + origin.y }
  }

  /** Page position of a parent's (0, 0): the page itself, or a frame's top-left. */
  pageOrigin(parentId: TLParentId): { x: number; y: number } {
    let x = 0
    let y = 0
    let current = this.getShape(parentId)
    for (let depth = 0; current && depth < 50; depth++) {
      x += current.x
      y += current.y
      current = this.getShape(current.parentId)
    }
    return { x, y }
  }

  /** The shape a model's reference names: a name it gave earlier this turn, or an id on the board. */
  resolve(ref: string): TLShapeId | null {
    const alias = this.aliases.get(shortId(ref))
    if (alias && this.getShape(alias)) return alias
    const id = toShapeId(ref)
    return this.getShape(id) ? id : null
  }

  /**
   * A fresh id for a new shape: the model's own name when free, else that name with a suffix; the
   * name then refers to the new shape for the rest of the turn.
   */
  allocateShapeId(ref?: string): TLShapeId {
    const base = ref ? shortId(ref) : randomShortId()
    let id = toShapeId(base)
    for (let n = 2; this.get(id) && n < 1_000; n++) id = toShapeId(`${base}-${n}`)
    if (this.get(id)) id = toShapeId(`${base}-${randomShortId()}`)
    if (ref) this.aliases.set(shortId(ref), id)
    return id
  }

  /** The staged changes, each with the board's record before it (removals of absent records dropped). */
  changes(): RecordChange[] {
    const changes: RecordChange[] = []
    for (const [id, after] of this.staged) {
      const before = this.base.get(id) ?? null
      if (after || before) changes.push({ id, before, after })
    }
    return changes
  }

  /** Shapes the staged changes create, update and delete. */
  totals(): DraftTotals {
    return countShapeChanges(this.changes())
  }

  private children(parentId: string): Set<TLShapeId> {
    if (!this.childIndex) {
      this.childIndex = new Map()
      for (const shape of this.shapes()) {
        let set = this.childIndex.get(shape.parentId)
        if (!set) this.childIndex.set(shape.parentId, (set = new Set()))
        set.add(shape.id)
      }
    }
    let set = this.childIndex.get(parentId)
    if (!set) this.childIndex.set(parentId, (set = new Set()))
    return set
  }
}
