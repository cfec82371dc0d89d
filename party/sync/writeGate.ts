/**
 * The write gate: reads a client's Yjs update before the room merges it and says what it would do
 * to the board, or why it must be refused whole. A CRDT cannot take back what it has merged, and
 * y-utility's YKeyValue throws on a `records` entry that is not `{key, val}` (which bricked rooms),
 * so the room decides here, on the decoded structs (shared/doc.ts explains why not a scratch copy).
 *
 * Each struct's place is found without applying it: its parent is named in the update (a root's
 * name, or the id of a type), or it sits beside its left or right neighbour, found in the update
 * or in the doc's struct store. Deletions are mapped to the doc's items the same way.
 */
import type { TLRecord } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { RECORDS_KEY, type RecordsKV } from '../../shared/doc'
import { checkBoardRecord } from '../../shared/recordRules'
import type { BoardChanges } from '../board/boardRules'

export type GateVerdict = { ok: true; changes: BoardChanges } | { ok: false; reason: string }

/** Where a struct lands: under a root (directly, or inside a nested type), or nowhere (garbage). */
type Place = { root: string; direct: boolean; parentSub: string | null } | 'garbage'

type Struct = Y.Item | Y.GC | Y.Skip

class Refusal extends Error {}

/** Reads `update` against `doc`'s current state. Never throws; never changes the doc. */
export function inspectUpdate(doc: Y.Doc, records: RecordsKV, update: Uint8Array): GateVerdict {
  try {
    return { ok: true, changes: inspect(doc, records, update) }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message }
    return { ok: false, reason: `malformed update: ${error instanceof Error ? error.message : String(error)}` }
  }
}

function inspect(doc: Y.Doc, records: RecordsKV, update: Uint8Array): BoardChanges {
  const { structs, ds } = Y.decodeUpdate(update)
  const own = new UpdateStructs(structs as Struct[])
  const places = new Map<Y.Item, Place>()
  const puts = new Map<string, TLRecord>()
  const deletes = new Set<string>()

  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue // GC and Skip structs carry nothing
    const place = placeOf(doc, own, struct, places)
    if (place === 'garbage') continue
    if (place.root !== RECORDS_KEY) throw new Refusal(`the room's "${place.root}" is written only by the room`)
    if (!place.direct || place.parentSub !== null) throw new Refusal('records holds only {key, val} entries')
    if (struct.content instanceof Y.ContentDeleted) continue
    if (!(struct.content instanceof Y.ContentAny)) throw new Refusal('records holds only {key, val} entries')
    for (const entry of struct.content.arr) {
      if (typeof entry !== 'object' || entry === null || typeof (entry as { key?: unknown }).key !== 'string' || !('val' in entry)) {
        throw new Refusal('records holds only {key, val} entries')
      }
      const { key, val } = entry as { key: string; val: unknown }
      // The board's current version passed these rules: only what differs from it is checked again.
      const check = checkBoardRecord(key, val, records.get(key))
      if (!check.ok) throw new Refusal(check.error)
      puts.set(key, check.record)
    }
  }

  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      for (const item of docItemsIn(doc, client, clock, len)) {
        if (item.deleted) continue
        const place = docPlace(item)
        if (place === 'garbage') continue
        if (place.root !== RECORDS_KEY) throw new Refusal(`the room's "${place.root}" is written only by the room`)
        if (!(item.content instanceof Y.ContentAny)) continue
        const first = Math.max(0, clock - item.id.clock)
        const last = Math.min(item.length, clock + len - item.id.clock)
        for (const entry of item.content.arr.slice(first, last) as { key: string }[]) {
          // Only the entry YKeyValue reads for a key removes the key; older duplicates do not.
          if (records.map.get(entry.key) === entry && !puts.has(entry.key)) deletes.add(entry.key)
        }
      }
    }
  }
  return { puts, deletes }
}

/** The update's own structs, by client, for finding the struct that holds an id. */
class UpdateStructs {
  private readonly byClient = new Map<number, Struct[]>()

  constructor(structs: Struct[]) {
    for (const struct of structs) {
      const list = this.byClient.get(struct.id.client) ?? []
      list.push(struct)
      this.byClient.set(struct.id.client, list)
    }
  }

  find(id: Y.ID): Struct | undefined {
    const list = this.byClient.get(id.client)
    if (!list) return undefined
    let low = 0
    let high = list.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const struct = list[mid]!
      if (id.clock < struct.id.clock) high = mid - 1
      else if (id.clock >= struct.id.clock + struct.length) low = mid + 1
      else return struct
    }
    return undefined
  }
}

/** The doc's struct holding `id`, or undefined when the doc does not have it yet. */
function docStruct(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | undefined {
  const structs = doc.store.clients.get(id.client)
  if (!structs || id.clock >= Y.getState(doc.store, id.client)) return undefined
  return structs[Y.findIndexSS(structs, id.clock)] as Y.Item | Y.GC
}

/** The doc's items overlapping `clock`…`clock + len` of `client`. */
function* docItemsIn(doc: Y.Doc, client: number, clock: number, len: number): Generator<Y.Item> {
  const structs = doc.store.clients.get(client)
  if (!structs) return
  const end = Math.min(clock + len, Y.getState(doc.store, client))
  if (clock >= end) return
  for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i]!.id.clock < end; i++) {
    const struct = structs[i]
    if (struct instanceof Y.Item) yield struct
  }
}

/** Where an item already in the doc sits. */
function docPlace(item: Y.Item): Place {
  let type = item.parent as Y.AbstractType<unknown> | null
  if (!type) return 'garbage'
  const direct = type._item === null
  while (type._item !== null) {
    const parent: unknown = type._item.parent
    if (!(parent instanceof Y.AbstractType)) return 'garbage'
    type = parent as Y.AbstractType<unknown>
  }
  return { root: Y.findRootTypeKey(type), direct, parentSub: item.parentSub }
}

/** Where a struct of the update would land; follows neighbours iteratively (chains can be long). */
function placeOf(doc: Y.Doc, own: UpdateStructs, start: Y.Item, places: Map<Y.Item, Place>): Place {
  const chain: Y.Item[] = []
  const seen = new Set<Y.Item>()
  let item = start
  let place: Place | undefined
  while (place === undefined) {
    const known = places.get(item)
    if (known !== undefined) {
      place = known
      break
    }
    if (seen.has(item)) throw new Refusal('malformed update: its structs refer to each other in a circle')
    seen.add(item)
    chain.push(item)
    const parent = item.parent as unknown
    if (typeof parent === 'string') {
      place = { root: parent, direct: true, parentSub: item.parentSub }
      break
    }
    if (parent instanceof Y.ID) {
      place = typePlace(doc, own, parent, item.parentSub, places)
      break
    }
    // No parent named: the item sits beside its left (origin) or right neighbour, under their parent.
    const neighbourId = item.origin ?? item.rightOrigin
    if (!neighbourId) throw new Refusal('malformed update: an item with neither parent nor neighbours')
    const neighbour = own.find(neighbourId) ?? docStruct(doc, neighbourId)
    if (!neighbour) throw new Refusal('the update builds on changes the room does not have')
    if (!(neighbour instanceof Y.Item)) {
      place = 'garbage'
      break
    }
    if (own.find(neighbourId) === neighbour) {
      item = neighbour
      continue
    }
    place = docPlace(neighbour)
    break
  }
  for (const each of chain) places.set(each, place)
  return place
}

/** Where an item lands whose parent is the type created by the item `id`. */
function typePlace(doc: Y.Doc, own: UpdateStructs, id: Y.ID, parentSub: string | null, places: Map<Y.Item, Place>): Place {
  const ownParent = own.find(id)
  const parent = ownParent ?? docStruct(doc, id)
  if (!parent) throw new Refusal('the update builds on changes the room does not have')
  if (!(parent instanceof Y.Item)) return 'garbage'
  if (!(parent.content instanceof Y.ContentType)) throw new Refusal('malformed update: an item inside something that is not a type')
  const outer = ownParent ? placeOf(doc, own, parent, places) : docPlace(parent)
  if (outer === 'garbage') return outer
  return { root: outer.root, direct: false, parentSub }
}
