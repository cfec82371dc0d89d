/**
 * Reassembles y-partykit's chunked messages. Its provider splits a message over 1 MB (a Durable
 * Object's frame limit) into a text marker `y-pk-batch#{"type":"start",…}`, binary chunks and an end
 * marker. Unlike y-partykit's own server, this refuses a batch as soon as it outgrows `maxBytes`,
 * so a client cannot make the room buffer without bound.
 */

const BATCH_SENTINEL = 'y-pk-batch#'

interface BatchMarker {
  id: string
  type: 'start' | 'end'
  size: number
  count: number
}

function parseMarker(text: string): BatchMarker | null {
  if (!text.startsWith(BATCH_SENTINEL)) return null
  try {
    const marker = JSON.parse(text.slice(BATCH_SENTINEL.length)) as Partial<BatchMarker>
    const ok =
      (marker.type === 'start' || marker.type === 'end') &&
      typeof marker.id === 'string' &&
      Number.isSafeInteger(marker.size) &&
      Number.isSafeInteger(marker.count)
    return ok ? (marker as BatchMarker) : null
  } catch {
    return null
  }
}

/** What one incoming frame amounts to. */
export type AssembledFrame =
  | { kind: 'message'; bytes: Uint8Array }
  | { kind: 'pending' }
  | { kind: 'rejected'; reason: string }

export class MessageAssembler {
  private batch: { marker: BatchMarker; chunks: Uint8Array[]; bytes: number } | null = null

  constructor(private readonly maxBytes: number) {}

  push(frame: string | Uint8Array): AssembledFrame {
    if (typeof frame === 'string') return this.pushMarker(frame)
    if (!this.batch) {
      return frame.length > this.maxBytes
        ? { kind: 'rejected', reason: `message of ${frame.length} bytes is over the ${this.maxBytes}-byte limit` }
        : { kind: 'message', bytes: frame }
    }
    this.batch.bytes += frame.length
    this.batch.chunks.push(frame)
    if (this.batch.bytes > this.maxBytes || this.batch.chunks.length > this.batch.marker.count) {
      const { bytes } = this.batch
      this.batch = null
      return { kind: 'rejected', reason: `chunked message of ${bytes}+ bytes is over the ${this.maxBytes}-byte limit or its count` }
    }
    return { kind: 'pending' }
  }

  private pushMarker(text: string): AssembledFrame {
    const marker = parseMarker(text)
    if (!marker) return { kind: 'rejected', reason: 'unexpected text frame' }
    if (marker.type === 'start') {
      if (marker.size > this.maxBytes) {
        return { kind: 'rejected', reason: `chunked message of ${marker.size} bytes is over the ${this.maxBytes}-byte limit` }
      }
      this.batch = { marker, chunks: [], bytes: 0 }
      return { kind: 'pending' }
    }
    const batch = this.batch
    this.batch = null
    if (!batch || batch.marker.id !== marker.id || batch.bytes !== marker.size || batch.chunks.length !== marker.count) {
      return { kind: 'rejected', reason: 'chunked message does not match its markers' }
    }
    const bytes = new Uint8Array(batch.bytes)
    let offset = 0
    for (const chunk of batch.chunks) {
      bytes.set(chunk, offset)
      offset += chunk.length
    }
    return { kind: 'message', bytes }
  }
}
