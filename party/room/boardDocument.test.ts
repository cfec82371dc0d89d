import { afterEach, describe, expect, it, vi } from 'vitest'
import { InProcessClient, InProcessNetwork } from '../../e2e/support/inProcessClient'
import { geoShape } from '../../e2e/support/records'
import * as Y from 'yjs'
import { allRecords, getChat, getMeta, getRecords, RECORDS_KEY } from '../../shared/doc'
import { parseRoomNotice } from '../../shared/roomNotice'
import { readChat } from '../../shared/chat'
import { INTERRUPTED_TEXT, TurnChat } from '../agent/chatLog'
import { COMPACT_AFTER_UPDATES, DocStorage } from '../storage/docStorage'
import { MemoryStorage } from '../storage/memoryStorage'
import { BoardDocument } from './boardDocument'
import { DEFAULT_PAGE_ID } from './seedBoard'

const clients: InProcessClient[] = []
afterEach(() => {
  vi.useRealTimers()
  for (const client of clients.splice(0)) client.destroy()
})

async function open(storage = new MemoryStorage()) {
  const logs: string[] = []
  const board = await BoardDocument.load(storage, { log: (message) => logs.push(message) })
  const network = new InProcessNetwork()
  const join = () => {
    const client = new InProcessClient(network, {
      connect: (connection) => board.connect(connection),
      receive: (connection, message) => board.sync.receive(connection, message),
      disconnect: (connection) => board.disconnect(connection),
    })
    clients.push(client)
    return client.connect()
  }
  return { board, storage, logs, network, join }
}

const sortedRecords = (board: BoardDocument) => allRecords(board.doc).sort((a, b) => a.id.localeCompare(b.id))

describe('BoardDocument', () => {
  it('seeds a new board with a document, a page and the schema, and stores them', async () => {
    const { board, storage } = await open()
    await board.flush()
    expect(board.records.has(DEFAULT_PAGE_ID)).toBe(true)
    expect(board.records.has('document:document')).toBe(true)
    expect(getMeta(board.doc).get('schema')).toMatchObject({ schemaVersion: expect.any(Number) })
    expect(storage.keys('doc:log:').length).toBeGreaterThan(0)
  })

  it('loads what it stored, without seeding again', async () => {
    const first = await open()
    const shape = geoShape()
    first.board.doc.transact(() => first.board.records.set(shape.id, shape), 'some client')
    await first.board.flush()
    const storedKeys = [...first.storage.data.keys()]

    const { board } = await open(first.storage)
    await board.flush()
    expect(sortedRecords(board)).toEqual(sortedRecords(first.board))
    expect([...first.storage.data.keys()]).toEqual(storedKeys)
  })

  it('persists edits a client sends through the relay', async () => {
    const { board, storage, network, join } = await open()
    const client = join()
    network.pump()
    const shape = geoShape({ x: 7 })
    getRecords(client.doc).set(shape.id, shape)
    network.pump()
    await board.flush()

    const reloaded = await open(storage)
    expect(reloaded.board.records.get(shape.id)).toEqual(shape)
  })

  it('compacts a long log into a snapshot that loads to the same board', async () => {
    const { board, storage } = await open()
    const shape = geoShape()
    for (let i = 0; i <= COMPACT_AFTER_UPDATES; i++) {
      board.doc.transact(() => board.records.set(shape.id, { ...shape, x: i }), 'some client')
    }
    await board.compactNow()
    await board.flush()

    expect(storage.keys('doc:snap:').length).toBeGreaterThan(0)
    expect(storage.keys('doc:log:').length).toBeLessThan(10)
    const reloaded = await open(storage)
    expect(reloaded.board.records.get(shape.id)).toMatchObject({ x: COMPACT_AFTER_UPDATES })
    expect(sortedRecords(reloaded.board)).toEqual(sortedRecords(board))
  })

  it('compacts when the last device leaves', async () => {
    const { board, storage, network, join } = await open()
    const client = join()
    network.pump()
    const shape = geoShape()
    for (let i = 0; i <= COMPACT_AFTER_UPDATES; i++) getRecords(client.doc).set(shape.id, { ...shape, y: i })
    network.pump()
    await board.flush()
    expect(storage.keys('doc:snap:')).toEqual([])
    client.disconnect()
    network.pump()
    // Well before the idle timer (2 s) would do it.
    await vi.waitFor(() => expect(storage.keys('doc:snap:').length).toBeGreaterThan(0), { timeout: 1_000 })
  })

  it('compacts on its own while edits keep coming', async () => {
    vi.useFakeTimers()
    const { board, storage } = await open()
    const shape = geoShape()
    for (let i = 0; i <= COMPACT_AFTER_UPDATES; i++) {
      board.doc.transact(() => board.records.set(shape.id, { ...shape, x: i }), 'some client')
    }
    await board.flush()
    expect(storage.keys('doc:snap:')).toEqual([])
    await vi.runOnlyPendingTimersAsync()
    await vi.waitFor(() => expect(storage.keys('doc:snap:').length).toBeGreaterThan(0))
  })

  it('refuses a client’s invalid record before merging it, and tells only that client', async () => {
    const { board, network, join } = await open()
    const [writer, other] = [join(), join()]
    network.pump()
    const shape = geoShape({ x: 1 })
    getRecords(writer.doc).set(shape.id, shape)
    network.pump()

    getRecords(writer.doc).set(shape.id, { ...shape, x: Number.NaN })
    network.pump()

    expect(board.records.get(shape.id)).toEqual(shape)
    expect(getRecords(other.doc).get(shape.id)).toEqual(shape)
    const notices = writer.notices.map(parseRoomNotice)
    expect(notices).toContainEqual({ type: 'rejected', reason: expect.stringContaining(shape.id) })
    expect(other.notices).toEqual([])
  })

  it('keeps serving when storage fails, and says so in the log', async () => {
    const { storage, logs, network, join } = await open()
    const [a, b] = [join(), join()]
    network.pump()
    storage.failWrites = true
    const shape = geoShape()
    getRecords(a.doc).set(shape.id, shape)
    network.pump()
    expect(getRecords(b.doc).get(shape.id)).toEqual(shape)
    await vi.waitFor(() => expect(logs.join('\n')).toContain('could not store an update'))
  })

  it('repairs a board written before the write gate when it loads, so a bricked board opens again', async () => {
    const storage = new MemoryStorage()
    const bad = new Y.Doc()
    const [self, a, b, box] = [geoShape(), geoShape(), geoShape(), geoShape()]
    const records = bad.getArray<unknown>(RECORDS_KEY)
    const binding = { id: 'binding:bad', typeName: 'binding', type: 'arrow', fromId: box.id, toId: a.id, meta: {}, props: { terminal: 'start', normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' } }
    records.push([
      null,
      'not an entry',
      ...[{ ...self, parentId: self.id }, { ...a, parentId: b.id }, { ...b, parentId: a.id }, box, binding].map((val) => ({ key: val.id, val })),
      { key: 'shape:unknown-node', val: { ...geoShape({ props: { richText: { type: 'doc', content: [null] } } }), id: 'shape:unknown-node' } },
    ])
    bad.getArray<unknown>('chat').push([new Y.Text('not a message')])
    getMeta(bad).set('evil', true)
    await new DocStorage(storage).append(Y.encodeStateAsUpdate(bad))

    const { board, logs } = await open(storage)
    expect(logs.join('\n')).toMatch(/repaired on load/)
    expect(board.records.get(box.id)).toEqual(box)
    expect(board.records.has(self.id)).toBe(false)
    expect(board.records.has('shape:unknown-node')).toBe(false)
    expect(board.records.has('binding:bad')).toBe(false)
    const parents = [a, b].map((shape) => (board.records.get(shape.id) as typeof shape).parentId)
    expect(parents).toContain(DEFAULT_PAGE_ID) // the cycle is broken
    expect(getChat(board.doc).length).toBe(0)
    expect(getMeta(board.doc).has('evil')).toBe(false)
    // The repair is stored: the board loads clean the next time too, with nothing left to repair.
    await board.flush()
    const again = await open(storage)
    expect(again.logs.join('\n')).not.toMatch(/repaired on load/)
    expect(sortedRecords(again.board)).toEqual(sortedRecords(board))
  })

  it('marks an answer a crash left streaming as interrupted when the room starts again', async () => {
    const { board, storage } = await open()
    const chat = new TurnChat(board.doc, 'turn-1')
    chat.start({ id: 'u1', author: 'Ada', text: 'draw a house' }, 'a1', { id: 'm', provider: 'embedded', offline: true })
    chat.appendText('Drawing')
    chat.setToolCall({ id: 'call-1', name: 'create_shapes', status: 'running', summary: 'Creating 3 shapes' })
    await board.flush()

    const { board: restarted } = await open(storage)
    const answer = readChat(restarted.doc).find((message) => message.id === 'a1')
    expect(answer).toMatchObject({ status: 'error', error: INTERRUPTED_TEXT, text: 'Drawing' })
    expect(answer?.toolCalls[0]).toMatchObject({ status: 'error' })
    expect(readChat(restarted.doc).some((message) => message.status === 'streaming')).toBe(false)
  })
})
