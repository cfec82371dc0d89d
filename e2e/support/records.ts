/**
 * Valid tldraw records for tests, built from tldraw's own record types so they pass its schema
 * exactly as a browser's would. Shared by unit, integration and e2e tests.
 */
import { createShapeId, PageRecordType, toRichText, type TLPageId, type TLShape, type TLShapeId } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'

/** The page every board is seeded with (party/room/seedBoard.ts). */
export const TEST_PAGE_ID = 'page:page' as TLPageId

/** A random shape id, so tests never collide. */
export function randomShapeId(): TLShapeId {
  return createShapeId(`test-${Math.random().toString(36).slice(2, 10)}`)
}

/** A valid rectangle on `TEST_PAGE_ID`; override anything. */
export function geoShape(overrides: Partial<Omit<TLShape, 'props'>> & { props?: Record<string, unknown> } = {}): TLShape {
  const { props, ...rest } = overrides
  return {
    id: randomShapeId(),
    typeName: 'shape',
    type: 'geo',
    x: 0,
    y: 0,
    rotation: 0,
    index: 'a1' as IndexKey,
    parentId: TEST_PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      geo: 'rectangle',
      dash: 'draw',
      url: '',
      w: 100,
      h: 80,
      growY: 0,
      scale: 1,
      labelColor: 'black',
      color: 'black',
      fill: 'none',
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      richText: toRichText(''),
      ...props,
    },
    ...rest,
  } as TLShape
}

/** A page record other than the seeded one. */
export function page(name: string, index = 'a2'): ReturnType<typeof PageRecordType.create> {
  return PageRecordType.create({ id: PageRecordType.createId(), name, index: index as IndexKey })
}
