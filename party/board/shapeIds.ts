/** The model names shapes by short ids ("box1"); tldraw stores them as "shape:box1". */
import type { TLShapeId } from '@tldraw/tlschema'

export function toShapeId(ref: string): TLShapeId {
  return (ref.startsWith('shape:') ? ref : `shape:${ref}`) as TLShapeId
}

export function shortId(id: string): string {
  return id.startsWith('shape:') ? id.slice('shape:'.length) : id
}

/** A random short id for shapes the model did not name. */
export function randomShortId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 12)
}
