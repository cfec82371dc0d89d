import {
  atom,
  createTLStore,
  InstancePresenceRecordType,
  UserRecordType,
  type TLInstancePresence,
  type TLPageId,
  type TLStore,
  type TLUser,
} from 'tldraw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { seedBoard } from '../../party/room/seedBoard'
import { bindPresence, PRESENCE_FIELD, presenceIdFor, presenceRecordFor } from './presenceBinding'
import { bindStoreToDoc } from './storeBinding'

const PAGE = 'page:page' as TLPageId

function presenceOf(userName: string, overrides: Partial<TLInstancePresence> = {}): TLInstancePresence {
  return InstancePresenceRecordType.create({
    id: InstancePresenceRecordType.createId('whatever'),
    currentPageId: PAGE,
    userId: `user:${userName}`,
    userName,
    color: '#ff0000',
    cursor: { x: 10, y: 20, type: 'default', rotation: 0 },
    ...overrides,
  })
}

/** Sends every awareness change of `from` to `to`, as the room relays it. */
function relayAwareness(from: awarenessProtocol.Awareness, to: awarenessProtocol.Awareness): void {
  from.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const update = awarenessProtocol.encodeAwarenessUpdate(from, [...added, ...updated, ...removed])
    awarenessProtocol.applyAwarenessUpdate(to, update, 'relay')
  })
}

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

function awareness(): awarenessProtocol.Awareness {
  const doc = new Y.Doc()
  const result = new awarenessProtocol.Awareness(doc)
  cleanups.push(() => result.destroy())
  return result
}

/** A store set up as the app does it: bound to a synced board, then to presence. */
function boundStore(local: awarenessProtocol.Awareness, user: TLUser | null = null): TLStore {
  const store = createTLStore({})
  const doc = new Y.Doc()
  seedBoard(doc)
  // Loading the board also gives the store its session records (instance, camera, pointer), which presence reads.
  cleanups.push(bindStoreToDoc(store, doc))
  cleanups.push(bindPresence(store, local, atom('user', user)))
  return store
}

describe('presenceRecordFor', () => {
  it('maps an awareness state to an instance_presence record keyed by the client id', () => {
    const record = presenceRecordFor(42, { [PRESENCE_FIELD]: presenceOf('Ada') })
    expect(record).toMatchObject({ id: presenceIdFor(42), typeName: 'instance_presence', userName: 'Ada', cursor: { x: 10, y: 20 } })
  })

  it('takes the id from the client id, never from the state', () => {
    const claimed = presenceOf('Mallory', { id: presenceIdFor(1) })
    expect(presenceRecordFor(2, { [PRESENCE_FIELD]: claimed })?.id).toBe(presenceIdFor(2))
  })

  it.each([
    ['no state', null],
    ['a number', 3],
    ['no presence field', { user: 'x' }],
    ['a null presence', { [PRESENCE_FIELD]: null }],
    ['a presence that is a string', { [PRESENCE_FIELD]: 'hello' }],
    ['a presence missing fields', { [PRESENCE_FIELD]: { userName: 'x' } }],
    ['a presence with a bad cursor', { [PRESENCE_FIELD]: { ...presenceOf('x'), cursor: { x: 'left' } } }],
  ])('skips %s', (_label, state) => {
    expect(presenceRecordFor(7, state)).toBeNull()
  })
})

describe('bindPresence', () => {
  it('shows another client as a collaborator record', () => {
    const remote = awareness()
    const local = awareness()
    relayAwareness(remote, local)
    const store = boundStore(local)

    remote.setLocalStateField(PRESENCE_FIELD, presenceOf('Grace'))
    expect(store.get(presenceIdFor(remote.clientID))).toMatchObject({ userName: 'Grace' })
  })

  it('picks up clients already present when it binds', () => {
    const remote = awareness()
    const local = awareness()
    relayAwareness(remote, local)
    remote.setLocalStateField(PRESENCE_FIELD, presenceOf('Early'))
    const store = boundStore(local)
    expect(store.get(presenceIdFor(remote.clientID))).toMatchObject({ userName: 'Early' })
  })

  it('removes the record when the client leaves', () => {
    const remote = awareness()
    const local = awareness()
    relayAwareness(remote, local)
    const store = boundStore(local)
    remote.setLocalStateField(PRESENCE_FIELD, presenceOf('Leaving'))
    expect(store.has(presenceIdFor(remote.clientID))).toBe(true)

    awarenessProtocol.removeAwarenessStates(remote, [remote.clientID], 'left')
    expect(store.has(presenceIdFor(remote.clientID))).toBe(false)
  })

  it('removes the record when a presence turns invalid, and never adds an invalid one', () => {
    const remote = awareness()
    const local = awareness()
    relayAwareness(remote, local)
    const store = boundStore(local)
    remote.setLocalStateField(PRESENCE_FIELD, presenceOf('Valid'))
    remote.setLocalStateField(PRESENCE_FIELD, { userName: 42 })
    expect(store.has(presenceIdFor(remote.clientID))).toBe(false)
    expect(store.query.records('instance_presence').get()).toEqual([])
  })

  it('does not draw its own client as a collaborator', () => {
    const local = awareness()
    const store = boundStore(local)
    local.setLocalStateField(PRESENCE_FIELD, presenceOf('Me'))
    expect(store.has(presenceIdFor(local.clientID))).toBe(false)
  })

  it('publishes this device’s presence with its name and colour', async () => {
    const local = awareness()
    const user = UserRecordType.create({ id: UserRecordType.createId('me'), name: 'Linus', color: '#00ff00' })
    boundStore(local, user)
    await vi.waitFor(() => {
      const state = local.getLocalState() as Record<string, unknown> | null
      expect(state?.[PRESENCE_FIELD]).toMatchObject({ userName: 'Linus', color: '#00ff00', currentPageId: expect.any(String) })
    })
  })

  it('clears its presence when unbound', () => {
    const local = awareness()
    const unbind = bindPresence(createTLStore({}), local, atom<TLUser | null>('user', null))
    unbind()
    expect((local.getLocalState() as Record<string, unknown>)[PRESENCE_FIELD]).toBeNull()
  })
})
