/**
 * The room server as a device meets it: the real `partykit dev` (workerd) on a free port with a
 * temporary persist dir, Node Yjs clients through y-partykit's provider, and plain HTTP.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { geoShape } from '../e2e/support/records'
import { startTestServer, type TestServer } from '../e2e/support/testServer'
import { waitFor } from '../e2e/support/waitFor'
import { fetchWhenUp } from '../e2e/support/http'
import { connectYjsClient, fetchRecords, type YjsClient } from '../e2e/support/yjsClient'
import { writeRecords } from '../shared/doc'
import { roomBasePath } from '../shared/endpoints'
import { NEW_ROOM_ID_LENGTH, newRoomId } from '../shared/roomId'

let server: TestServer
const clients: YjsClient[] = []
const sockets: WebSocket[] = []

beforeAll(async () => {
  server = await startTestServer()
})
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
  for (const socket of sockets.splice(0)) {
    socket.on('error', () => {}) // a socket still handshaking reports its termination as an error
    socket.terminate()
  }
})
afterAll(async () => {
  await server?.dispose()
})

async function join(roomId: string, connectionId?: string): Promise<YjsClient> {
  const client = connectYjsClient(server.host, roomId, { connectionId })
  clients.push(client)
  await client.synced()
  return client
}


const byId = (records: TLRecord[]) => Object.fromEntries(records.map((record) => [record.id, record]))

/** A raw WebSocket to a room, for sending what no provider would. */
async function rawSocket(roomId: string, connectionId = `raw-${Math.random().toString(36).slice(2)}`): Promise<WebSocket> {
  const socket = new WebSocket(`ws://${server.host}${roomBasePath(roomId)}?_pk=${connectionId}`)
  sockets.push(socket)
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  return socket
}

describe('two devices on one board', () => {
  it('sees each other’s edits, and the room serves them over HTTP', async () => {
    const roomId = newRoomId()
    const [a, b] = [await join(roomId), await join(roomId)]
    const shape = geoShape({ x: 120, y: 40 })
    a.records.set(shape.id, shape)

    await waitFor(() => b.records.get(shape.id), { message: 'the shape on the second device' })
    expect(b.records.get(shape.id)).toEqual(shape)
    expect(byId(await fetchRecords(server.url, roomId))[shape.id]).toEqual(shape)

    b.records.delete(shape.id)
    await waitFor(() => !a.records.has(shape.id), { message: 'the deletion on the first device' })
  })

  it('carries a change larger than one WebSocket frame (the provider sends it in chunks)', async () => {
    const roomId = newRoomId()
    const [a, b] = [await join(roomId), await join(roomId)]
    // 5,000 shapes in one transaction: an update of ~1.5 MB, each record within the write gate's text limits.
    const shapes = Array.from({ length: 5_000 }, (_, i) => geoShape({ x: (i % 100) * 60, y: Math.floor(i / 100) * 60 }))
    let updateBytes = 0
    a.doc.once('update', (update: Uint8Array) => (updateBytes = update.length))
    a.doc.transact(() => writeRecords(a.records, shapes))
    expect(updateBytes).toBeGreaterThan(1024 * 1024) // over y-partykit's 1 MB frame, so the provider chunks it
    const last = shapes.at(-1)!
    await waitFor(() => b.records.get(last.id), { timeoutMs: 30_000, message: 'the big change on the second device' })
    expect(b.records.map.size).toBe(a.records.map.size)
    expect(b.records.get(last.id)).toEqual(last)

    const late = await join(roomId)
    expect(late.records.get(last.id)).toEqual(last)
  })

  it('gives a new board its document and page', async () => {
    const records = await fetchRecords(server.url, newRoomId())
    expect(records.map((record) => record.typeName).sort()).toEqual(['document', 'page'])
  })
})

describe('reconnects', () => {
  it('keeps syncing a device whose old socket closes after it reconnected under the same id', async () => {
    const roomId = newRoomId()
    const connectionId = `device-${Math.random().toString(36).slice(2)}`
    const stale = await rawSocket(roomId, connectionId)
    const device = await join(roomId, connectionId)
    const other = await join(roomId)
    // The room never answers a client's close frame, so there is no event for "the room has handled
    // it": keep editing from the other device until well after; with the close mishandled, the
    // device stops hearing the room at one of these round trips.
    stale.close()
    for (let round = 0; round < 20; round++) {
      const shape = geoShape({ x: round })
      other.records.set(shape.id, shape)
      await waitFor(() => device.records.get(shape.id), { message: `edit ${round} on the reconnected device` })
    }
  })
})

describe('addresses', () => {
  it('redirects / to a new board with an unguessable id', async () => {
    const response = await fetchWhenUp(`${server.url}/`, { redirect: 'manual' })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toMatch(new RegExp(`^/r/[A-Za-z0-9_-]{${NEW_ROOM_ID_LENGTH}}$`))
  })

  it('serves a board page for a valid id and a clear 400 for a bad one', async () => {
    // A valid board link gets the app's page (`npm test` builds the app before these tests run).
    expect((await fetchWhenUp(`${server.url}/r/${newRoomId()}`)).status).toBe(200)
    const bad = await fetchWhenUp(`${server.url}/r/not%20a%20board`)
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain('not a board link')
  })

  it.each(['x'.repeat(65), '', 'a.b'])('answers 400 for the board link /r/%s', async (roomId) => {
    const response = await fetchWhenUp(`${server.url}/r/${roomId}`)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('not a board link')
  })

  it('refuses a malformed percent-encoding and keeps serving', async () => {
    // PartyKit's own static-asset lookup decodes the path before our routes see it and answers 500
    // "URI malformed"; our routes answer 400 (siteRoutes.test.ts). Either way it is an answer, not a crash.
    for (const path of ['/r/%ZZ', '/%E0%A4%A', `${roomBasePath(newRoomId())}%ZZ/records`]) {
      expect((await fetchWhenUp(`${server.url}${path}`)).status).toBeGreaterThanOrEqual(400)
    }
    // A valid board link gets the app's page (`npm test` builds the app before these tests run).
    expect((await fetchWhenUp(`${server.url}/r/${newRoomId()}`)).status).toBe(200)
  })

  it.each(['not%20valid', 'x'.repeat(65), 'dots.in.it', '%C3%A9t%C3%A9', 'semi%3Bcolon'])('answers 400 JSON for room id %s', async (roomId) => {
    const response = await fetchWhenUp(`${server.url}/parties/main/${roomId}/records`)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: expect.stringContaining('Invalid room id') })
  })

  it('refuses a WebSocket upgrade for an invalid room id', async () => {
    const socket = new WebSocket(`ws://${server.host}/parties/main/${'x'.repeat(65)}`)
    sockets.push(socket)
    const status = await new Promise<number>((resolve, reject) => {
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0))
      socket.once('open', () => reject(new Error('the upgrade was accepted')))
    })
    expect(status).toBe(400)
  })

  it('answers 404 for unknown paths, in JSON under a room', async () => {
    const roomPath = await fetchWhenUp(`${server.url}${roomBasePath(newRoomId())}/no-such-endpoint`)
    expect(roomPath.status).toBe(404)
    expect(await roomPath.json()).toEqual({ error: expect.stringContaining('/records') })
    expect((await fetchWhenUp(`${server.url}/no/such/page`)).status).toBe(404)
  })

  it('answers 405 for the wrong method on a room endpoint', async () => {
    const response = await fetchWhenUp(`${server.url}${roomBasePath(newRoomId())}/records`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET')
  })
})

describe('garbage on the wire', () => {
  it('keeps serving the other devices and leaves the board unchanged', async () => {
    const roomId = newRoomId()
    const [a, b] = [await join(roomId), await join(roomId)]
    const shape = geoShape()
    a.records.set(shape.id, shape)
    await waitFor(() => b.records.get(shape.id))
    const before = byId(await fetchRecords(server.url, roomId))

    const attacker = await rawSocket(roomId)
    const notices: string[] = []
    attacker.on('message', (data, isBinary) => {
      if (!isBinary) notices.push(data.toString())
    })
    const update = Buffer.from([0, 2, 200, 1, 1, 2, 3]) // a sync update claiming 200 bytes and carrying 3
    const frames: (Buffer | string)[] = [
      Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x13, 0x37]),
      Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256)),
      update,
      Buffer.from([0, 1]), // sync step 2 without its update
      Buffer.from([1, 5, 1, 9]), // awareness cut short
      '{"type":"sync","update":"AAEC"}', // a text frame of some other protocol
    ]
    for (const frame of frames) attacker.send(frame)
    await waitFor(() => notices.length >= frames.length, { message: 'a notice for every refused frame' })
    expect(notices.every((notice) => notice.includes('"rejected"'))).toBe(true)

    const after = geoShape({ x: 999 })
    b.records.set(after.id, after)
    await waitFor(() => a.records.get(after.id), { message: 'an edit after the garbage' })
    const records = byId(await fetchRecords(server.url, roomId))
    expect({ ...records, [after.id]: undefined }).toEqual({ ...before, [after.id]: undefined })
  })

  it('closes a connection that keeps sending garbage', async () => {
    const roomId = newRoomId()
    const honest = await join(roomId)
    const attacker = await rawSocket(roomId)
    const closed = new Promise<number>((resolve) => attacker.once('close', (code) => resolve(code)))
    for (let i = 0; i < 60; i++) attacker.send(Buffer.from([0xff, 0xff, 0xff]))
    expect(await closed).toBe(1008)
    expect(honest.provider.wsconnected).toBe(true)
  })
})

describe('restarts', () => {
  it('keeps the board across a graceful stop and a crash', async () => {
    const roomId = newRoomId()
    const a = await join(roomId)
    const first = geoShape({ x: 1 })
    a.records.set(first.id, first)
    await waitFor(async () => byId(await fetchRecords(server.url, roomId))[first.id], { message: 'the first shape in the room' })

    await server.stop()
    await server.start()
    expect(byId(await fetchRecords(server.url, roomId))[first.id]).toEqual(first)

    // The device reconnects on its own and its next edit lands too.
    await a.synced(30_000)
    const second = geoShape({ x: 2 })
    a.records.set(second.id, second)
    await waitFor(async () => byId(await fetchRecords(server.url, roomId))[second.id], { message: 'the second shape in the room' })

    await server.kill()
    await server.start()
    const records = byId(await fetchRecords(server.url, roomId))
    expect(records[first.id]).toEqual(first)
    expect(records[second.id]).toEqual(second)
  }, 180_000) // two restarts of the room server, each a workerd start
})
