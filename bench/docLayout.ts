/**
 * The doc layout choice (shared/doc.ts): how big a board's doc grows under repeated edits of the
 * same shapes, with the records in a Y.Map (the baseline) and in y-utility's YKeyValue (ours), for
 * one device editing and for two devices taking turns.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import type { BenchRow } from './support/report'

type Layout = 'Y.Map' | 'YKeyValue'

function shape(index: number, edit: number): TLRecord {
  return {
    id: `shape:${index}`, typeName: 'shape', type: 'geo', x: edit, y: edit * 2, rotation: 0, index: 'a1',
    parentId: 'page:page', isLocked: false, opacity: 1, meta: {},
    props: { w: 100, h: 100, geo: 'rectangle', color: 'black', fill: 'none', dash: 'draw', size: 'm' },
  } as unknown as TLRecord
}

/** Bytes of the doc's encoded state after `edits` edits of `shapes` shapes. */
function grow(layout: Layout, shapes: number, edits: number, devices: 1 | 2): { before: number; after: number } {
  const docs = [new Y.Doc(), new Y.Doc()]
  const [a, b] = docs as [Y.Doc, Y.Doc]
  // The two devices exchange every update, as through a room.
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(b, update, 'peer'))
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(a, update, 'peer'))
  const writers = docs.map((doc) => {
    if (layout === 'Y.Map') {
      const map = doc.getMap<TLRecord>('records')
      return (record: TLRecord) => map.set(record.id, record)
    }
    const kv = new YKeyValue<TLRecord>(doc.getArray('records'))
    return (record: TLRecord) => kv.set(record.id, record)
  })
  for (let i = 0; i < shapes; i++) writers[0]!(shape(i, 0))
  const before = Y.encodeStateAsUpdate(a).length
  for (let edit = 1; edit <= edits; edit++) writers[devices === 2 ? edit % 2 : 0]!(shape(edit % shapes, edit))
  return { before, after: Y.encodeStateAsUpdate(a).length }
}

export function benchDocLayout(): BenchRow[] {
  const shapes = 100
  const edits = 10_000
  return ([1, 2] as const).map((devices) => {
    const map = grow('Y.Map', shapes, edits, devices)
    const keyValue = grow('YKeyValue', shapes, edits, devices)
    const growth = (g: { before: number; after: number }) => (g.after - g.before) / edits
    return {
      benchmark: 'Doc layout',
      case: `${shapes} shapes, ${edits.toLocaleString('en-US')} edits by ${devices === 1 ? 'one device' : 'two devices taking turns'}`,
      figures: [
        { label: 'YKeyValue doc', value: keyValue.after / 1024, unit: 'KiB' },
        { label: 'growth/edit', value: growth(keyValue), unit: 'B' },
      ],
      baseline: {
        label: 'Y.Map',
        figures: [
          { label: 'doc', value: map.after / 1024, unit: 'KiB' },
          { label: 'growth/edit', value: growth(map), unit: 'B' },
        ],
      },
      verdict: `${(keyValue.after / map.after).toFixed(2)}× the Y.Map doc`,
    }
  })
}
