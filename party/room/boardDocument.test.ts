import { afterEach, describe, expect, it, vi } from 'vitest'
import { InProcessClient, InProcessNetwork } from '../../e2e/support/inProcessClient'
import { geoShape } from '../../e2e/support/records'
import { allRecords, getMeta, getRecords } from '../../shared/doc'
import { parseRoomNotice } from '../../shared/roomNotice'
import { COMPACT_AFTER_UPDATES } from '../storage/docStorage'
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
})
