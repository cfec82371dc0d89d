/**
 * View-only links and POST hardening against the real room server (docs/permissions.md): who may
 * do what through which link, that a viewer's socket syncs and shows presence but cannot write,
 * that nothing a viewer receives names the room, and that rotating the secret revokes every link.
 */
import * as encoding from 'lib0/encoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { readAgentEvents } from '../../shared/agentProtocol'
import { roomEndpoints, VIEW_SOCKET_PATH, viewEndpoints } from '../../shared/endpoints'
import { newRoomId } from '../../shared/roomId'
import { parseRoomNotice } from '../../shared/roomNotice'
import { newSecret } from '../../scripts/localSecret'
import { awarenessFrame, MESSAGE_SYNC, updateFrame } from '../../e2e/support/inProcessClient'
import { geoShape } from '../../e2e/support/records'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { connectYjsClient, fetchRecords, type YjsClient } from '../../e2e/support/yjsClient'
import { waitFor } from '../../e2e/support/waitFor'
import { VIEW_TOKEN_HEADER } from './viewAccess'

let server: TestServer
const clients: YjsClient[] = []
const sockets: WebSocket[] = []

beforeAll(async () => {
  server = await startTestServer({ vars: { SKETCHROOM_SECRET: newSecret() } })
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  for (const socket of sockets) socket.terminate()
  await server?.dispose()
})

const json = { 'content-type': 'application/json' }
const post = (path: string, headers: Record<string, string> = json, body = '{}') => fetch(server.url + path, { method: 'POST', headers, body })

async function viewPath(roomId: string): Promise<string> {
  const response = await post(roomEndpoints(roomId).viewLink)
  expect(response.status).toBe(200)
  const { path } = (await response.json()) as { path: string }
  return path
}

const tokenOf = (path: string) => path.slice('/v/'.length)

/** A bare viewer socket that records every frame the room sends it. */
async function openViewer(token: string): Promise<{ socket: WebSocket; frames: Buffer[]; notices: () => string[] }> {
  const socket = new WebSocket(`ws://${server.host}/v/${token}${VIEW_SOCKET_PATH}?_pk=viewer-${Date.now()}`)
  sockets.push(socket)
  const frames: Buffer[] = []
  socket.on('message', (data: Buffer) => frames.push(Buffer.from(data)))
  socket.on('error', () => undefined)
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  const notices = () => frames.map((frame) => parseRoomNotice(frame.toString())?.reason).filter((reason): reason is string => !!reason)
  return { socket, frames, notices }
}

function syncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

async function editor(roomId: string): Promise<YjsClient> {
  const client = connectYjsClient(server.host, roomId)
  clients.push(client)
  await client.synced()
  return client
}

describe('POSTs must be same-origin JSON', () => {
  it.each(['agent', 'stop', 'undo', 'viewLink'] as const)('%s: 415 for text/plain, 403 for a foreign Origin', async (endpoint) => {
    const path = roomEndpoints(newRoomId())[endpoint]
    const plain = await post(path, { 'content-type': 'text/plain' }, '{"prompt": "draw a house"}')
    expect(plain.status).toBe(415)
    expect(((await plain.json()) as { error: string }).error).toMatch(/application\/json/)
    const foreign = await post(path, { ...json, origin: 'https://evil.example' }, '{"prompt": "draw a house"}')
    expect(foreign.status).toBe(403)
    expect(((await foreign.json()) as { error: string }).error).toMatch(/another site/)
  })

  it('starts no turn for a cross-site text/plain prompt', async () => {
    const roomId = newRoomId()
    expect((await post(roomEndpoints(roomId).agent, { 'content-type': 'text/plain', origin: 'https://evil.example' }, '{"prompt": "a red circle"}')).status).toBe(415)
    const chat = (await (await fetch(server.url + roomEndpoints(roomId).chat)).json()) as { messages: unknown[] }
    expect(chat.messages).toEqual([])
  })

  it('accepts the board’s own origin', async () => {
    const response = await post(roomEndpoints(newRoomId()).viewLink, { ...json, origin: server.url })
    expect(response.status).toBe(200)
  })
})

describe('view links', () => {
  it('are a stable /v/<token> path per room that neither contains nor is a room id', async () => {
    const [a, b] = [newRoomId(), newRoomId()]
    const [pathA, pathA2, pathB] = [await viewPath(a), await viewPath(a), await viewPath(b)]
    expect(pathA).toMatch(/^\/v\/[A-Za-z0-9_-]{65,}$/)
    expect(pathA2).toBe(pathA)
    expect(pathB).not.toBe(pathA)
    expect(pathA).not.toContain(a)
    expect(pathA).not.toContain(a.slice(0, 8))
    expect(tokenOf(pathA).length).toBeGreaterThan(64)
  })

  it('read the board and chat but answer 403 to agent, stop, undo and view-link', async () => {
    const roomId = newRoomId()
    const token = tokenOf(await viewPath(roomId))
    const endpoints = viewEndpoints(token)
    expect((await fetch(server.url + endpoints.records)).status).toBe(200)
    expect((await fetch(server.url + endpoints.chat)).status).toBe(200)
    for (const path of [endpoints.agent, endpoints.stop, endpoints.undo, endpoints.viewLink]) {
      const response = await post(path, json, '{"prompt": "draw a house"}')
      expect(response.status, path).toBe(403)
      expect(((await response.json()) as { error: string }).error).toMatch(/view-only link/)
    }
    expect(await fetchRecords(server.url, roomId)).toHaveLength(2) // page and document: no turn ran
  })

  it('answer a clear 404 to a wrong or tampered token: HTML for the page, JSON for the API, no socket', async () => {
    const token = tokenOf(await viewPath(newRoomId()))
    const tampered = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11)
    const page = await fetch(`${server.url}/v/${tampered}`)
    expect(page.status).toBe(404)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    expect(await page.text()).toMatch(/view link does not work/)
    const api = await fetch(server.url + viewEndpoints(tampered).records)
    expect(api.status).toBe(404)
    expect(((await api.json()) as { error: string }).error).toMatch(/does not open any board/)
    expect((await fetch(`${server.url}/v/${newRoomId()}`)).status).toBe(404)
    await expect(openViewer(tampered)).rejects.toThrow(/404/)
  })

  it('ignore a view header sent straight to a room: direct callers hold the room id and stay editors', async () => {
    const roomId = newRoomId()
    const token = tokenOf(await viewPath(newRoomId()))
    const response = await post(roomEndpoints(roomId).viewLink, { ...json, [VIEW_TOKEN_HEADER]: token })
    expect(response.status).toBe(200)
  })
})

describe('a viewer’s socket', () => {
  it('syncs the board, refuses its writes with a notice, relays its presence as a viewer’s, and never learns the room id', async () => {
    const roomId = newRoomId()
    const token = tokenOf(await viewPath(roomId))
    const editing = await editor(roomId)
    const drawn = geoShape({ x: 10 })
    editing.records.set(drawn.id, drawn)
    const viewer = await openViewer(token)
    const viewerDoc = new Y.Doc()
    viewer.socket.send(syncStep1(viewerDoc))

    // Its writes are refused and nothing is stored.
    const forged = new Y.Doc()
    const forgedShape = geoShape({ x: 99 })
    forged.getMap('unused') // a second root type must not matter either
    Y.transact(forged, () => forged.getArray('records').push([{ key: forgedShape.id, val: forgedShape }]))
    viewer.socket.send(updateFrame(Y.encodeStateAsUpdate(forged)))
    await waitFor(() => viewer.notices().some((reason) => /view-only link/.test(reason)), { message: 'the view-only notice' })
    const ids = (await fetchRecords(server.url, roomId)).map((record) => record.id)
    expect(ids).toContain(drawn.id)
    expect(ids).not.toContain(forgedShape.id)
    expect(editing.records.get(forgedShape.id)).toBeUndefined()

    // Its presence reaches editors, marked by the room.
    const presence = new awarenessProtocol.Awareness(new Y.Doc())
    presence.setLocalState({ user: 'watcher' })
    viewer.socket.send(awarenessFrame(presence, [presence.clientID]))
    const seen = await waitFor(() => editing.provider.awareness.getStates().get(presence.clientID), { message: 'the viewer’s presence at the editor' })
    expect(seen).toEqual({ user: 'watcher', viewer: true })

    // Live: an editor's change and an agent turn (embedded model) reach it; none of it names the room.
    const later = geoShape({ x: 20 })
    editing.records.set(later.id, later)
    const turn = await post(roomEndpoints(roomId).agent, json, JSON.stringify({ prompt: 'three red circles in a row' }))
    for await (const event of readAgentEvents(turn.body!)) void event
    await waitFor(() => viewer.frames.some((frame) => frame.includes(later.id)), { message: 'the later shape at the viewer' })
    await waitFor(() => viewer.frames.some((frame) => frame.includes('circle')), { message: 'the turn’s chat at the viewer' })
    const answers = await Promise.all(
      [viewEndpoints(token).records, viewEndpoints(token).chat, viewEndpoints(token).agent].map(async (path) => {
        const response = await fetch(server.url + path, { method: path.endsWith('agent') ? 'POST' : 'GET' })
        return JSON.stringify([...response.headers]) + (await response.text())
      }),
    )
    for (const frame of viewer.frames) expect(frame.includes(roomId)).toBe(false)
    for (const answer of answers) expect(answer).not.toContain(roomId)
  })
})

describe('rotating the secret', () => {
  it('revokes every view link and leaves boards as they were', async () => {
    const roomId = newRoomId()
    const editing = await editor(roomId)
    const shape = geoShape({ x: 1 })
    editing.records.set(shape.id, shape)
    await waitFor(async () => (await fetchRecords(server.url, roomId)).some((record) => record.id === shape.id))
    const before = await viewPath(roomId)
    const beforeRecords = viewEndpoints(tokenOf(before)).records
    expect((await fetch(server.url + beforeRecords)).status).toBe(200)
    editing.destroy()

    await server.stop()
    const rotated = await startTestServer({ port: server.port, persistDir: server.persistDir, vars: { SKETCHROOM_SECRET: newSecret() } })
    try {
      expect((await fetch(rotated.url + before)).status).toBe(404)
      expect((await fetch(rotated.url + beforeRecords)).status).toBe(404)
      const after = await (await fetch(rotated.url + roomEndpoints(roomId).viewLink, { method: 'POST', headers: json, body: '{}' })).json()
      expect((after as { path: string }).path).not.toBe(before)
      expect((await fetch(rotated.url + viewEndpoints(tokenOf((after as { path: string }).path)).records)).status).toBe(200)
      expect((await fetchRecords(rotated.url, roomId)).some((record) => record.id === shape.id)).toBe(true)
    } finally {
      await rotated.stop() // the last test: afterAll deletes the persist dir
    }
  }, 180_000) // two server starts, slow on a loaded machine
})
