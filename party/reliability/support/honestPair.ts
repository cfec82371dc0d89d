/**
 * Two well-behaved devices in a room, used to show that whatever else happens in it they keep
 * working: an edit by one reaches the other, and both agree with the room's `/records`.
 */
import { createShapeId, type TLRecord } from '@tldraw/tlschema'
import { allRecords } from '../../../shared/doc'
import { geoShape } from '../../../e2e/support/records'
import { waitFor } from '../../../e2e/support/waitFor'
import { connectYjsClient, fetchRecords, type YjsClient } from '../../../e2e/support/yjsClient'
import { canonical } from './boardState'

export interface HonestPair {
  a: YjsClient
  b: YjsClient
  /** `a` adds a shape and `b` must see it; returns the shape's id. */
  stillWorking(label: string): Promise<string>
  /** The board as the room serves it. */
  board(): Promise<TLRecord[]>
  /** Waits until both devices hold exactly the room's board, and returns it. */
  settled(): Promise<string>
  destroy(): void
}

let edits = 0

export async function honestPair(server: { host: string; url: string }, roomId: string): Promise<HonestPair> {
  const a = connectYjsClient(server.host, roomId)
  const b = connectYjsClient(server.host, roomId)
  await Promise.all([a.synced(), b.synced()])
  const board = () => fetchRecords(server.url, roomId)
  return {
    a,
    b,
    board,
    async stillWorking(label) {
      const id = createShapeId(`honest-${label.replace(/[^A-Za-z0-9_-]/g, '-')}-${++edits}`)
      a.records.set(id, geoShape({ id }))
      await waitFor(() => b.records.has(id), { timeoutMs: 10_000, message: `an honest edit to reach the other device after ${label}` })
      return id
    },
    async settled() {
      return waitFor(
        async () => {
          const expected = canonical(await board())
          return canonical(allRecords(a.doc)) === expected && canonical(allRecords(b.doc)) === expected ? expected : undefined
        },
        { timeoutMs: 15_000, message: 'both devices to match /records' },
      )
    },
    destroy() {
      a.destroy()
      b.destroy()
    },
  }
}
