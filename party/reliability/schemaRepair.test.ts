/**
 * Records that break tldraw's schema, written by a client to the real room server: the write gate
 * refuses the update whole before merging it (docs/write-gate.md), the writer is told why, and the
 * room and every other device keep the board as it was.
 */
import { createShapeId, type TLRecord } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getRecords } from '../../shared/doc'
import { newRoomId } from '../../shared/roomId'
import { updateFrame } from '../../e2e/support/inProcessClient'
import { geoShape } from '../../e2e/support/records'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { waitFor } from '../../e2e/support/waitFor'
import { schemaErrors } from './support/boardState'
import { honestPair } from './support/honestPair'
import { RawSocket } from './support/rawSocket'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.dispose()
})

/** Records that fail tldraw's schema in different ways (cast: breaking the type is the point). */
function brokenRecords(): TLRecord[] {
  const negative = geoShape({ id: createShapeId('broken-size') })
  const unknownType = { ...geoShape({ id: createShapeId('broken-type') }), typeName: 'spaceship' }
  const wrongKey = geoShape({ id: createShapeId('broken-key') })
  return [
    { ...negative, props: { ...negative.props, w: -5 } } as TLRecord,
    unknownType as unknown as TLRecord,
    { ...wrongKey, id: createShapeId('someone-else') } as TLRecord,
  ]
}

describe('records that break the schema are refused', () => {
  it('new broken records and broken changes leave the room and other devices as they were', async () => {
    const roomId = newRoomId()
    const pair = await honestPair(server, roomId)
    const writer = await RawSocket.open(server.host, roomId)
    try {
      const keep = createShapeId('keep')
      const valid = geoShape({ id: keep, props: { color: 'blue' } })
      pair.a.records.set(keep, valid)
      await waitFor(() => pair.b.records.has(keep))
      const before = await pair.settled()

      // A copy of the board, broken the ways a client could break it, sent as one update.
      const copy = new Y.Doc()
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(pair.a.doc))
      const known = Y.encodeStateVector(copy)
      const records = getRecords(copy)
      copy.transact(() => {
        for (const [i, record] of brokenRecords().entries()) records.set(i === 2 ? createShapeId('broken-key') : record.id, record)
        records.set(keep, { ...valid, props: { ...valid.props, color: 'plaid' } } as TLRecord)
      })
      writer.send(updateFrame(Y.encodeStateAsUpdate(copy, known)))
      await writer.notice(/./)
      expect(await pair.settled()).toBe(before)
      expect(pair.b.records.get(keep)).toEqual(valid)
      expect(schemaErrors(await pair.board())).toEqual([])
      await pair.stillWorking('the refusal')
    } finally {
      writer.close()
      pair.destroy()
    }
  })

  it('tells the writer why', async () => {
    const roomId = newRoomId()
    const pair = await honestPair(server, roomId)
    const writer = await RawSocket.open(server.host, roomId)
    try {
      const before = await pair.settled()
      const doc = new Y.Doc()
      const [record] = brokenRecords()
      getRecords(doc).set(record!.id, record!)
      writer.send(updateFrame(Y.encodeStateAsUpdate(doc)))
      const notice = await writer.notice(/broken-size/)
      expect(notice.reason).toMatch(/w/)
      expect(await pair.settled()).toBe(before)
    } finally {
      writer.close()
      pair.destroy()
    }
  })
})
