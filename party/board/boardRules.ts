/**
 * The rules between a board's records, checked for a set of changes before they are written (by
 * the write gate for a client's update, by commitDraft for the agent's and sandbox's): no shape
 * inside itself (a parent cycle freezes every tab) or nested deeper than MAX_SHAPE_DEPTH (tldraw's
 * renderer overflows its stack), bindings only from arrows to shapes that exist, the document and
 * a page always there, and the board's record count and text within their limits. Pure: it reads
 * the board through `BoardState` and costs what the changes touch.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { MAX_BOARD_RECORDS, MAX_BOARD_TEXT_CHARS, MAX_SHAPE_DEPTH } from '../../shared/limits'
import { recordTextChars } from '../../shared/recordRules'

/** The board before the changes (party/board/boardIndex.ts). */
export interface BoardState {
  get(id: string): TLRecord | undefined
  childIds(parentId: string): ReadonlySet<string>
  textOf(id: string): number
  readonly totalText: number
  readonly pageCount: number
  readonly recordCount: number
}

/** Changes to check: records written (each already passed checkBoardRecord) and keys removed. */
export interface BoardChanges {
  puts: ReadonlyMap<string, TLRecord>
  deletes: ReadonlySet<string>
}

export interface BoardRuleOptions {
  /**
   * Judge a client's update (the write gate) rather than the room's own write (default false). A
   * client's update may meet a concurrent edit of another device: the record limit, and bindings to
   * or from shapes deleted meanwhile, are then left to the guard, which repairs them after the merge
   * on every device, so an honest device converges with the room instead of keeping what nobody
   * else sees (party/sync/recordGuard.ts).
   */
  fromClient?: boolean
}

/** Returns why the board after `changes` would break a rule, or null when it would not. */
export function checkBoardChanges(board: BoardState, changes: BoardChanges, options: BoardRuleOptions = {}): string | null {
  const after = overlay(board, changes)
  const strict = !options.fromClient
  return checkCounts(board, changes, strict) ?? checkShapes(board, after, changes) ?? checkBindings(after, changes, strict)
}

/**
 * Why the shape `id` sits wrongly on a board read through `get` (inside itself, or nested deeper
 * than MAX_SHAPE_DEPTH), or null. For checking a board after the fact (the guard, repair on load).
 */
export function ancestryProblem(get: (id: string) => TLRecord | undefined, id: string): string | null {
  const depth = shapeDepth({ get, children: () => [] }, id, new Map())
  return typeof depth === 'string' ? depth : null
}

interface Overlay {
  get(id: string): TLRecord | undefined
  children(parentId: string): string[]
}

function overlay(board: BoardState, { puts, deletes }: BoardChanges): Overlay {
  const get = (id: string) => puts.get(id) ?? (deletes.has(id) ? undefined : board.get(id))
  let newChildren: Map<string, string[]> | null = null
  return {
    get,
    children(parentId) {
      if (!newChildren) {
        newChildren = new Map()
        for (const record of puts.values()) {
          if (record.typeName !== 'shape') continue
          const list = newChildren.get(record.parentId) ?? []
          list.push(record.id)
          newChildren.set(record.parentId, list)
        }
      }
      const kept = [...board.childIds(parentId)].filter((id) => !puts.has(id) && !deletes.has(id))
      return [...kept, ...(newChildren.get(parentId) ?? [])]
    },
  }
}

function checkCounts(board: BoardState, { puts, deletes }: BoardChanges, recordLimit: boolean): string | null {
  let records = board.recordCount
  let text = board.totalText
  let pages = board.pageCount
  for (const id of deletes) {
    const before = board.get(id)
    if (!before || puts.has(id)) continue
    if (before.typeName === 'document') return "the board's document record cannot be deleted"
    if (before.typeName === 'page') pages--
    records--
    text -= board.textOf(id)
  }
  for (const [id, record] of puts) {
    const before = board.get(id)
    if (!before) records++
    if (record.typeName === 'page' && before?.typeName !== 'page') pages++
    text += recordTextChars(record) - (before ? board.textOf(id) : 0)
  }
  if (pages < 1) return 'the board must keep at least one page'
  // A board already past a limit (written before it existed) may still shrink.
  if (recordLimit && records > MAX_BOARD_RECORDS && records > board.recordCount) return `the board holds at most ${MAX_BOARD_RECORDS} records`
  if (text > MAX_BOARD_TEXT_CHARS && text > board.totalText) return `the board holds at most ${MAX_BOARD_TEXT_CHARS} characters of text`
  return null
}

function checkShapes(board: BoardState, after: Overlay, { puts }: BoardChanges): string | null {
  const depths = new Map<string, number>()
  for (const record of puts.values()) {
    if (record.typeName !== 'shape') continue
    const before = board.get(record.id)
    // Bindings and tldraw's caches are keyed by shape type: a shape keeps the type it was made with.
    if (before?.typeName === 'shape' && before.type !== record.type) return `${record.id}: a ${before.type} shape cannot become a ${record.type}`
    const depth = shapeDepth(after, record.id, depths)
    if (typeof depth === 'string') return depth
    const deepest = subtreeHeight(after, record.id, MAX_SHAPE_DEPTH - depth)
    if (deepest === null) return `${record.id}: shapes nest at most ${MAX_SHAPE_DEPTH} deep`
  }
  return null
}

/** Shapes above `id` (0 on a page), memoised in `depths`; or why it has no depth. */
function shapeDepth(after: Overlay, id: string, depths: Map<string, number>): number | string {
  const chain: string[] = []
  const onChain = new Set<string>()
  let current: string | undefined = id
  let base = 0
  while (current !== undefined) {
    const known = depths.get(current)
    if (known !== undefined) {
      base = known
      break
    }
    if (onChain.has(current)) return `${current}: a shape cannot be inside itself (parent cycle)`
    const record = after.get(current)
    if (record?.typeName !== 'shape') {
      base = -1 // a page, or a missing parent: the chain ends above it
      break
    }
    chain.push(current)
    onChain.add(current)
    if (chain.length > MAX_SHAPE_DEPTH + 1) return `${id}: shapes nest at most ${MAX_SHAPE_DEPTH} deep`
    current = record.parentId
  }
  for (let i = chain.length - 1; i >= 0; i--) depths.set(chain[i]!, ++base)
  const depth = depths.get(id)!
  return depth > MAX_SHAPE_DEPTH ? `${id}: shapes nest at most ${MAX_SHAPE_DEPTH} deep` : depth
}

/** Levels of shapes inside `id`, or null when they go deeper than `room`. */
function subtreeHeight(after: Overlay, id: string, room: number): number | null {
  let level = [id]
  for (let height = 0; ; height++) {
    const next = level.flatMap((parent) => after.children(parent))
    if (next.length === 0) return height
    if (height + 1 > room) return null
    level = next
  }
}

function checkBindings(after: Overlay, { puts }: BoardChanges, strict: boolean): string | null {
  for (const record of puts.values()) {
    if (record.typeName !== 'binding') continue
    const from = after.get(record.fromId)
    const to = after.get(record.toId)
    if ((from || strict) && (from?.typeName !== 'shape' || from.type !== 'arrow')) return `${record.id}: a binding must start at an arrow`
    if ((to || strict) && to?.typeName !== 'shape') return `${record.id}: a binding must end at a shape on the board`
  }
  return null
}
