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

/**
 * Checks only that `value` claims to be a document record stored under `key` (an object, its own
 * id, a board record type), not its fields: for callers that hand it to tldraw's store next, which
 * validates every record it is given. Never throws.
 */
export function checkRecordKind(key: string, value: unknown): RecordCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `${key}: not an object` }
  }
  const { id, typeName } = value as { id?: unknown; typeName?: unknown }
  if (id !== key) return { ok: false, error: `${key}: id ${JSON.stringify(id)} does not match its key` }
  if (typeof typeName !== 'string' || !DOCUMENT_TYPE_NAMES.has(typeName)) {
    return { ok: false, error: `${key}: ${JSON.stringify(typeName)} is not a board record type` }
  }
  return { ok: true, record: value as TLRecord }
}

/**
 * Checks that `value` is a valid document record stored under `key`. Never throws. `known`, a valid
 * version of the same record (the board's current one), spares re-checking the fields it shares
 * with it, as tldraw's own store does: a moved shape costs its x and y, not every prop.
 */
export function checkRecord(key: string, value: unknown, known?: TLRecord): RecordCheck {
  const kind = checkRecordKind(key, value)
  if (!kind.ok) return kind
  const recordType = tldrawSchema.types[kind.record.typeName]
  const before = known?.id === key && known.typeName === kind.record.typeName ? known : undefined
  try {
    return { ok: true, record: recordType.validate(value, before as never) as TLRecord }
  } catch (error) {
    return { ok: false, error: `${key}: ${error instanceof Error ? error.message : String(error)}` }
  }
}
