/**
 * The size limits of shared/limits.ts, enforced by the real room server: one update over
 * MAX_UPDATE_BYTES is refused whole while one under it is accepted; a board grows to MAX_DOC_BYTES
 * and no further, telling the writer why; records past MAX_BOARD_RECORDS are removed. Devices keep
 * working at every step.
 */
import { AssetRecordType, createShapeId, type TLAssetId } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getRecords } from '../../shared/doc'
import { MAX_BOARD_RECORDS, MAX_DOC_BYTES, MAX_UPDATE_BYTES } from '../../shared/limits'
import { newRoomId } from '../../shared/roomId'
import { updateFrame } from '../../e2e/support/inProcessClient'
import { geoShape } from '../../e2e/support/records'
import { startTestServer, type TestServer } from '../../e2e/support/testServer'
import { waitFor } from '../../e2e/support/waitFor'
import { canonical } from './support/boardState'
import { honestPair } from './support/honestPair'
import { RawSocket } from './support/rawSocket'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.dispose()
})

/**
 * An update frame adding an image asset of about `bytes` to the board: the one record whose size the
 * write gate leaves to the byte limits (docs/write-gate.md), so only those limits decide.
 */
function bulkUpdateFrame(bytes: number, key: string): { frame: Uint8Array; id: TLAssetId } {
  const doc = new Y.Doc()
  const id = AssetRecordType.createId(key)
  const src = `data:image/png;base64,${'A'.repeat(bytes)}`
  const asset = AssetRecordType.create({ id, type: 'image', props: { name: `${key}.png`, src, w: 1, h: 1, mimeType: 'image/png', isAnimated: false } })
  getRecords(doc).set(id, asset)
  return { frame: updateFrame(Y.encodeStateAsUpdate(doc)), id }
}

const MiB = 2 ** 20

describe('size limits', () => {
  it(`refuses one update over ${MAX_UPDATE_BYTES / MiB} MiB and accepts one under it`, async () => {
    const roomId = newRoomId()
    const pair = await honestPair(server, roomId)
    const writer = await RawSocket.open(server.host, roomId)
    try {
      const board = await pair.settled()
      const over = bulkUpdateFrame(MAX_UPDATE_BYTES + 1, 'over')
      writer.sendChunked(over.frame)
      await writer.notice(/over the \d+-byte limit/)
      const under = bulkUpdateFrame(MAX_UPDATE_BYTES - 64 * 1024, 'under')
      expect(under.frame.length).toBeLessThanOrEqual(MAX_UPDATE_BYTES)
      writer.sendChunked(under.frame)
      await waitFor(() => pair.b.records.has(under.id), { timeoutMs: 30_000, message: 'the update under the limit to arrive' })
      expect(pair.b.records.has(over.id)).toBe(false)
      expect(canonical((await pair.board()).filter((record) => record.id !== under.id))).toBe(board)
      await pair.stillWorking('the big updates')
    } finally {
      writer.close()
      pair.destroy()
    }
  })

  it(`lets a board grow to ${MAX_DOC_BYTES / MiB} MiB and no further`, async () => {
    const roomId = newRoomId()
    const pair = await honestPair(server, roomId)
    const writer = await RawSocket.open(server.host, roomId)
    try {
      const piece = 6 * MiB
      // Pieces that fit with a MiB to spare for the rest of the board; the next one would not.
      const fits = Math.floor((MAX_DOC_BYTES - MiB) / piece)
      for (let i = 0; i < fits; i++) {
        const { frame, id } = bulkUpdateFrame(piece, `piece-${i}`)
        writer.sendChunked(frame)
        await waitFor(() => pair.b.records.has(id), { timeoutMs: 30_000, message: `piece ${i} to arrive` })
      }
      const tooMany = bulkUpdateFrame(piece, 'one-too-many')
      writer.sendChunked(tooMany.frame)
      await writer.notice(/size limit/)
      await pair.stillWorking('the board filled up')
      expect(pair.b.records.has(tooMany.id)).toBe(false)
      expect(Y.encodeStateAsUpdate(pair.b.doc).length).toBeLessThanOrEqual(MAX_DOC_BYTES)
    } finally {
      writer.close()
      pair.destroy()
    }
  })

  it(`removes records past ${MAX_BOARD_RECORDS.toLocaleString('en-US')}`, async () => {
    const roomId = newRoomId()
    const pair = await honestPair(server, roomId)
    try {
      const seeded = pair.a.records.map.size
      const extra = 25
      const total = MAX_BOARD_RECORDS - seeded + extra
      for (let start = 0; start < total; start += 1_000) {
        pair.a.doc.transact(() => {
          for (let i = start; i < Math.min(total, start + 1_000); i++) {
            const id = createShapeId(`many-${i}`)
            pair.a.records.set(id, geoShape({ id, x: (i % 100) * 20, y: Math.floor(i / 100) * 20 }))
          }
        })
      }
      await waitFor(async () => (await pair.board()).length === MAX_BOARD_RECORDS, { timeoutMs: 120_000, intervalMs: 500, message: 'the board to be cut to the limit' })
      await pair.settled()
      expect(pair.b.records.map.size).toBe(MAX_BOARD_RECORDS)
    } finally {
      pair.destroy()
    }
  }, 120_000)
})
