/**
 * A steady stream of shape edits and the latency of each to every other device: writers update
 * tldraw shape records through `getRecords(doc).set` at a fixed overall rate, each edit carrying a
 * sequence number in `meta`; readers note when each sequence number arrives (the records' `change`
 * event). Shared by the propagation and many-rooms benchmarks, so both measure the same way.
 */
import { createShapeId, type TLShape, type TLShapeId } from '@tldraw/tlschema'
import type { YjsClient } from '../../e2e/support/yjsClient'
import { waitFor } from '../../e2e/support/waitFor'
import { geoShape } from '../../e2e/support/records'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Puts `count` rectangles on the board from `writer` in one transaction; returns their ids. */
export function seedShapes(writer: YjsClient, count: number, prefix: string): TLShapeId[] {
  const ids = Array.from({ length: count }, (_, i) => createShapeId(`${prefix}-${i}`))
  writer.doc.transact(() => {
    ids.forEach((id, i) => writer.records.set(id, geoShape({ id, x: (i % 20) * 120, y: Math.floor(i / 20) * 100 })))
  })
  return ids
}

/** Waits until every client holds at least `count` records. */
export async function waitForRecords(clients: YjsClient[], count: number, timeoutMs = 60_000): Promise<void> {
  await waitFor(() => clients.every((client) => client.records.map.size >= count), { timeoutMs, message: `${clients.length} clients to hold ${count} records` })
}

/** One scheduled edit: `writer` moves shape `id`; `readers` should see it. */
export interface PlannedEdit {
  writer: YjsClient
  id: TLShapeId
  readers: YjsClient[]
}

export interface EditRun {
  /** Milliseconds from each write to its arrival, one per (edit, reader). */
  latencies: number[]
  /** Arrivals expected but not seen by the deadline. */
  missing: number
  /** Achieved write rate, edits per second. */
  achievedRate: number
}

/**
 * Writes `plan` in order at `ratePerSecond` overall and collects arrival latencies; waits up to
 * `settleMs` after the last write for stragglers.
 */
export async function runEdits(plan: PlannedEdit[], ratePerSecond: number, settleMs = 30_000): Promise<EditRun> {
  const sentAt = new Map<number, number>()
  const latencies: number[] = []
  let expected = 0
  const readers = new Set(plan.flatMap((edit) => edit.readers))
  const stops = [...readers].map((reader) => {
    const listener = (changes: Map<string, { action: string; newValue?: TLShape }>) => {
      const now = performance.now()
      for (const change of changes.values()) {
        const seq = change.newValue?.meta.benchSeq
        const sent = typeof seq === 'number' ? sentAt.get(seq) : undefined
        if (sent !== undefined) latencies.push(now - sent)
      }
    }
    reader.records.on('change', listener)
    return () => reader.records.off('change', listener)
  })
  try {
    const interval = 1000 / ratePerSecond
    const started = performance.now()
    for (const [seq, edit] of plan.entries()) {
      const due = started + seq * interval
      const wait = due - performance.now()
      if (wait > 1) await sleep(wait)
      const shape = edit.writer.records.get(edit.id)
      if (!shape || shape.typeName !== 'shape') throw new Error(`the writer has no shape ${edit.id}`)
      sentAt.set(seq, performance.now())
      edit.writer.records.set(edit.id, { ...shape, x: shape.x + 1, meta: { ...shape.meta, benchSeq: seq } })
      expected += edit.readers.length
    }
    const achievedRate = plan.length / ((performance.now() - started) / 1000)
    await waitFor(() => latencies.length >= expected, { timeoutMs: settleMs, intervalMs: 20 }).catch(() => undefined)
    return { latencies, missing: Math.max(0, expected - latencies.length), achievedRate }
  } finally {
    for (const stop of stops) stop()
  }
}
