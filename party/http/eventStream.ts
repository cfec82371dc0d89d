/**
 * A turn's `text/event-stream` answer (shared/agentProtocol.ts encodes the events). Whoever asked may
 * go away mid-turn; the turn carries on in the room, so writing to a stream nobody reads is a no-op.
 */
import { encodeAgentEvent, type AgentEvent } from '../../shared/agentProtocol'

export interface EventStream {
  /** The streamed answer, to return to whoever asked. */
  response: Response
  emit(event: AgentEvent): void
  close(): void
}

export function eventStream(): EventStream {
  const encoder = new TextEncoder()
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null
  const readable = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c
    },
    cancel() {
      controller = null
    },
  })
  return {
    response: new Response(readable, {
      headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', 'x-accel-buffering': 'no' },
    }),
    emit(event) {
      try {
        controller?.enqueue(encoder.encode(encodeAgentEvent(event)))
      } catch {
        controller = null
      }
    },
    close() {
      try {
        controller?.close()
      } catch {
        // already closed by the reader
      }
      controller = null
    },
  }
}
