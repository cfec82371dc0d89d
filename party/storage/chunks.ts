/**
 * Durable Object storage holds at most 128 KiB per value and 128 keys per call; these split large
 * values into chunks and batch the calls.
 */
import type { KeyValueStorage } from './docStorage'

/** Largest value Durable Object storage accepts is 128 KiB; stay under it. */
export const CHUNK_BYTES = 120 * 1024
/** Most keys one `put` or `delete` may carry. */
export const KEYS_PER_CALL = 128

/** Splits bytes into storage-sized chunks (always at least one). */
export function splitIntoChunks(bytes: Uint8Array, size = CHUNK_BYTES): Uint8Array[] {
  const chunks: Uint8Array[] = []
  for (let offset = 0; offset < bytes.length; offset += size) chunks.push(bytes.slice(offset, offset + size))
  return chunks.length > 0 ? chunks : [new Uint8Array(0)]
}

export function joinChunks(chunks: Iterable<Uint8Array>): Uint8Array {
  const parts = [...chunks]
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0))
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return joined
}

/** Writes `chunks` under `keyFor(index)`, up to 128 keys per call. */
export async function putChunks(storage: KeyValueStorage, keyFor: (index: number) => string, chunks: Uint8Array[]): Promise<void> {
  for (let start = 0; start < chunks.length; start += KEYS_PER_CALL) {
    const entries: Record<string, Uint8Array> = {}
    chunks.slice(start, start + KEYS_PER_CALL).forEach((chunk, offset) => {
      entries[keyFor(start + offset)] = chunk
    })
    await storage.put(entries)
  }
}

export async function deleteKeys(storage: KeyValueStorage, keys: string[]): Promise<void> {
  for (let start = 0; start < keys.length; start += KEYS_PER_CALL) await storage.delete(keys.slice(start, start + KEYS_PER_CALL))
}
