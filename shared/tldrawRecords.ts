/**
 * tldraw's record schema, shared so the room can refuse records that would break every device's
 * store, and the browser can skip any that slip through instead of crashing the editor.
 */
import { createTLSchema, type TLRecord } from '@tldraw/tlschema'

/** The schema of tldraw's default shapes and bindings: the records a board may hold. */
export const tldrawSchema = createTLSchema()

/** Record types that belong to the shared board (tldraw's "document" scope). */
export const DOCUMENT_TYPE_NAMES: ReadonlySet<string> = new Set(
  Object.values(tldrawSchema.types)
    .filter((type) => type.scope === 'document')
    .map((type) => type.typeName),
)

export type RecordCheck = { ok: true; record: TLRecord } | { ok: false; error: string }

/** Checks that `value` is a valid document record stored under `key`. Never throws. */
export function checkRecord(key: string, value: unknown): RecordCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `${key}: not an object` }
  }
  const { id, typeName } = value as { id?: unknown; typeName?: unknown }
  if (id !== key) return { ok: false, error: `${key}: id ${JSON.stringify(id)} does not match its key` }
  if (typeof typeName !== 'string' || !DOCUMENT_TYPE_NAMES.has(typeName)) {
    return { ok: false, error: `${key}: ${JSON.stringify(typeName)} is not a board record type` }
  }
  const recordType = tldrawSchema.types[typeName as TLRecord['typeName']]
  try {
    return { ok: true, record: recordType.validate(value) as TLRecord }
  } catch (error) {
    return { ok: false, error: `${key}: ${error instanceof Error ? error.message : String(error)}` }
  }
}
