/**
 * The write gate's cost (party/sync/writeGate.ts, shared/doc.ts): how long the room spends reading
 * a client's update before merging it, on a board of 100 and of 10,000 labelled shapes, for a drag
 * (one shape moved) and a paste (200 new shapes). The baseline, in the same run, is the merge the
 * gate guards (Y.applyUpdate, with YKeyValue and the board index following it); beside it, what the
 * rejected alternative would cost: copying the doc to apply the update to a scratch copy first.
 */
import { toRichText, type TLRecord } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { geoShape } from '../e2e/support/records'
import { getRecords, writeRecords } from '../shared/doc'
import { getBoardIndex } from '../party/board/boardIndex'
import { checkBoardChanges } from '../party/board/boardRules'
import { seedBoard } from '../party/room/seedBoard'
import { inspectUpdate } from '../party/sync/writeGate'
import type { BenchRow } from './support/report'
import { summarize } from './support/stats'

export interface WriteGateOptions {
  sizes: number[]
  /** Updates measured per case. */
  updates: number
}

type Edit = 'drag' | 'paste'

function board(size: number): Y.Doc {
  const doc = new Y.Doc()
  seedBoard(doc)
  const shapes = Array.from({ length: size }, (_, i) => geoShape({ x: (i % 100) * 120, y: Math.floor(i / 100) * 100, props: { richText: toRichText(`Shape ${i}`) } }))
  doc.transact(() => writeRecords(getRecords(doc), shapes))
  getBoardIndex(doc)
  return doc
}

/** Times the gate and the merge for `updates` client updates of one kind. */
function measure(size: number, edit: Edit, updates: number) {
  const room = board(size)
  const records = getRecords(room)
  const index = getBoardIndex(room)
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room))
  const clientRecords = getRecords(client)
  const shapes = [...clientRecords.map.values()].map((entry) => entry.val).filter((record) => record.typeName === 'shape')
  let pending: Uint8Array | null = null
  client.on('update', (update: Uint8Array) => {
    pending = update
  })
  const gate: number[] = []
  const merge: number[] = []
  let pasted: string[] = []
  for (let i = 0; i < updates; i++) {
    if (edit === 'drag') {
      const shape = shapes[i % shapes.length]!
      clientRecords.set(shape.id, { ...shape, x: shape.x + i } as TLRecord)
    } else {
      // Each paste is undone (untimed) before the next, so the board stays within its limits.
      if (pasted.length > 0) {
        client.transact(() => writeRecords(clientRecords, [], pasted))
        Y.applyUpdate(room, pending!, 'client')
      }
      const paste = Array.from({ length: 200 }, () => geoShape({ props: { richText: toRichText('pasted') } }))
      pasted = paste.map((shape) => shape.id)
      client.transact(() => writeRecords(clientRecords, paste))
    }
    const update = pending!
    const started = performance.now()
    const verdict = inspectUpdate(room, records, update)
    const problem = verdict.ok ? checkBoardChanges(index, verdict.changes, { fromClient: true }) : verdict.reason
    const inspected = performance.now()
    if (problem) throw new Error(`the gate refused an honest update: ${problem}`)
    Y.applyUpdate(room, update, 'client')
    gate.push((inspected - started) * 1000)
    merge.push((performance.now() - inspected) * 1000)
  }
  const copyStarted = performance.now()
  Y.applyUpdate(new Y.Doc(), Y.encodeStateAsUpdate(room))
  const scratchCopyMs = performance.now() - copyStarted
  return { gate: summarize(gate), merge: summarize(merge), scratchCopyMs }
}

export function benchWriteGate(options: WriteGateOptions): BenchRow[] {
  const rows: BenchRow[] = []
  for (const size of options.sizes) {
    for (const edit of ['drag', 'paste'] as const) {
      const updates = edit === 'paste' ? Math.max(5, Math.floor(options.updates / 20)) : options.updates
      const { gate, merge, scratchCopyMs } = measure(size, edit, updates)
      rows.push({
        benchmark: 'Write gate',
        case: `${size.toLocaleString('en-US')}-shape board, ${edit === 'drag' ? 'one shape moved' : '200 shapes pasted'} (${updates} updates)`,
        figures: [
          { label: 'gate p50', value: gate.p50, unit: 'µs' },
          { label: 'p99', value: gate.p99, unit: 'µs' },
          { label: 'scratch copy instead', value: scratchCopyMs * 1000, unit: 'µs' },
        ],
        baseline: { label: 'merge', figures: [{ label: 'p50', value: merge.p50, unit: 'µs' }, { label: 'p99', value: merge.p99, unit: 'µs' }] },
        goal: 'gate p50 ≤ merge p50',
        pass: gate.p50 <= merge.p50,
        verdict: `${(gate.p50 / merge.p50).toFixed(2)}× the merge`,
      })
    }
  }
  return rows
}
