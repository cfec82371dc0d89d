/**
 * Big boards for the board description's tests and bench: `count` shapes in rows, of mixed kinds,
 * colours and labels, written as one client's paste would arrive (one transaction).
 */
import type { TLShape } from '@tldraw/tlschema'
import { toRichText } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { geoShape, TEST_PAGE_ID } from '../../e2e/support/records'
import { getRecords, writeRecords } from '../../shared/doc'

const KINDS = ['rectangle', 'ellipse', 'diamond', 'rectangle', 'cloud']
const COLORS = ['black', 'blue', 'green', 'red', 'orange', 'violet']

/** The shapes of a big board: a grid 100 wide, 140 × 120 px a shape, starting at the page origin. */
export function bigBoardShapes(count: number, prefix = 'big'): TLShape[] {
  return Array.from({ length: count }, (_, i) =>
    geoShape({
      id: `shape:${prefix}${i}` as TLShape['id'],
      parentId: TEST_PAGE_ID,
      x: (i % 100) * 140,
      y: Math.floor(i / 100) * 120,
      props: { geo: KINDS[i % KINDS.length], color: COLORS[i % COLORS.length], w: 120, h: 90, richText: toRichText(i % 3 === 0 ? `Item ${i}` : '') },
    }),
  )
}

/** Writes a big board into `doc` in one transaction, with `origin`. */
export function writeBigBoard(doc: Y.Doc, count: number, origin: unknown = null): void {
  doc.transact(() => writeRecords(getRecords(doc), bigBoardShapes(count)), origin)
}
