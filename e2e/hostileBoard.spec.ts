/**
 * After every hostile write of issue 9 (lists 1–4), sent by a bare socket, the open tab keeps
 * drawing, and a new tab opens the board, draws every shape on it and stays responsive. Before the
 * write gate, the first of these froze every tab on the board for good.
 */
import { geoShape } from './support/records'
import { drawRectangle, geoShapes } from './support/boardPage'
import { expect, test } from './support/fixtures'
import { updateFrame } from './support/inProcessClient'
import { waitFor } from './support/waitFor'
import { connectYjsClient, fetchRecords } from './support/yjsClient'
import { hostileUpdate, HOSTILE_CASES } from '../party/reliability/support/hostileCases'
import { runAgentTurn } from '../party/reliability/support/agentTurn'
import { PROVIDER_CHUNK_BYTES, RawSocket } from '../party/reliability/support/rawSocket'

const geoCount = async (serverUrl: string, roomId: string) =>
  (await fetchRecords(serverUrl, roomId)).filter((record) => record.typeName === 'shape' && record.type === 'geo').length

test('a board survives every hostile write: the open tab keeps drawing and a new tab opens it', async ({ openDevice, roomServer, roomId }) => {
  test.setTimeout(240_000)
  const alice = await openDevice()
  const client = connectYjsClient(roomServer.host, roomId)
  try {
    await client.synced()
    for (const shape of [geoShape({ x: 100, y: 100 }), geoShape({ x: 300, y: 100 })]) client.records.set(shape.id, shape)
    // A turn of the embedded model first, so the room has a chat for the chat cases to attack.
    expect(await runAgentTurn(roomServer.url, roomId, 'a star')).toMatchObject({ status: 'ok' })
    let drawn = await geoCount(roomServer.url, roomId)
    await expect(geoShapes(alice.page)).toHaveCount(drawn)
    for (const hostile of HOSTILE_CASES) {
      const socket = await RawSocket.open(roomServer.host, roomId)
      const frame = updateFrame(hostileUpdate(client.doc, hostile))
      if (frame.length > PROVIDER_CHUNK_BYTES) socket.sendChunked(frame)
      else socket.send(frame)
      await socket.notice(hostile.notice)
      socket.close()
      // The open tab still draws, and its drawing reaches the room.
      await drawRectangle(alice.page, [0.1 + (drawn % 8) * 0.1, 0.55], [0.15 + (drawn % 8) * 0.1, 0.62])
      drawn++
      await expect(geoShapes(alice.page), `alice's tab after "${hostile.name}"`).toHaveCount(drawn)
      await waitFor(async () => (await geoCount(roomServer.url, roomId)) === drawn, { message: `the rectangle drawn after "${hostile.name}" in /records` })
    }

    const bob = await openDevice()
    await expect(geoShapes(bob.page)).toHaveCount(drawn)
    await drawRectangle(bob.page, [0.4, 0.75], [0.5, 0.85])
    await expect(geoShapes(alice.page)).toHaveCount(drawn + 1)
    await expect(geoShapes(bob.page)).toHaveCount(drawn + 1)
  } finally {
    client.destroy()
  }
})
