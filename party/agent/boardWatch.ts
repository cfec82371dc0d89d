/**
 * Keeps a room's board index and its log of people's edits current from record changes, from the
 * moment the room starts, so a turn reads both without walking the board. One watch per doc.
 */
import type { TLRecord } from '@tldraw/tlschema'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { getRecords, isRoomOrigin } from '../../shared/doc'
import { BoardEdits } from './boardEdits'
import { SpatialIndex } from './spatialIndex'

export interface BoardWatch {
  index: SpatialIndex
  edits: BoardEdits
}

type RecordChanges = Map<string, { action: 'add' | 'update' | 'delete'; oldValue?: TLRecord; newValue?: TLRecord }>

const watches = new WeakMap<Y.Doc, BoardWatch>()

/** The connection id a client's writes carry as their origin (see party/sync/roomSync.ts). */
const connectionIdOf = (origin: unknown): string | null =>
  typeof origin === 'object' && origin !== null && 'id' in origin && typeof (origin as { id: unknown }).id === 'string' ? (origin as { id: string }).id : null

/** Starts watching `doc` (once); `awareness` names who made each edit. */
export function watchBoard(doc: Y.Doc, awareness?: Awareness): BoardWatch {
  const existing = watches.get(doc)
  if (existing) return existing
  const records = getRecords(doc)
  const index = new SpatialIndex((id) => records.get(id))
  for (const { val } of records.map.values()) index.put(val)
  const edits = new BoardEdits()

  // Which awareness clients each connection speaks for, learnt from the updates it sends.
  const clientsOf = new Map<string, Set<number>>()
  awareness?.on('update', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
    const id = connectionIdOf(origin)
    if (!id) return
    const clients = clientsOf.get(id) ?? new Set<number>()
    for (const client of [...added, ...updated]) clients.add(client)
    clientsOf.set(id, clients)
  })
  const nameOf = (origin: unknown): string => {
    const id = connectionIdOf(origin)
    for (const client of (id && clientsOf.get(id)) || []) {
      const presence = (awareness?.getStates().get(client) as { presence?: { userName?: unknown } } | undefined)?.presence
      if (typeof presence?.userName === 'string' && presence.userName.trim()) return presence.userName.trim()
    }
    return 'Someone'
  }

  records.on('change', (changes: RecordChanges, transaction: Y.Transaction) => {
    const person = !isRoomOrigin(transaction.origin)
    const who = person ? nameOf(transaction.origin) : ''
    for (const [id, change] of changes) {
      if (change.action === 'delete') index.remove(id)
      else if (change.newValue) index.put(change.newValue)
      if (person) edits.record(who, change.oldValue, change.newValue)
    }
  })
  const watch = { index, edits }
  watches.set(doc, watch)
  return watch
}
