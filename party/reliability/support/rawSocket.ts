/**
 * A bare WebSocket to a room, for sending what no well-behaved provider would: any bytes, text
 * frames, lying chunk markers. It records the room's text notices and how the socket closed.
 */
import WebSocket from 'ws'
import { roomBasePath } from '../../../shared/endpoints'
import { parseRoomNotice, type RoomNotice } from '../../../shared/roomNotice'
import { waitFor } from '../../../e2e/support/waitFor'

/** y-partykit's provider sends messages over this size in chunks (a Durable Object's frame limit). */
export const PROVIDER_CHUNK_BYTES = 1_000_000

export class RawSocket {
  readonly notices: RoomNotice[] = []
  binaryFrames = 0
  closed: { code: number; reason: string } | null = null

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: WebSocket.RawData, isBinary: boolean) => {
      if (isBinary) this.binaryFrames++
      else {
        const notice = parseRoomNotice(data.toString())
        if (notice) this.notices.push(notice)
      }
    })
    ws.on('close', (code: number, reason: Buffer) => {
      this.closed = { code, reason: reason.toString() }
    })
    // A socket the room closes on us may error first; the close event says what happened.
    ws.on('error', () => undefined)
  }

  static async open(host: string, roomId: string): Promise<RawSocket> {
    const ws = new WebSocket(`ws://${host}${roomBasePath(roomId)}`, { maxPayload: 64 * 1024 * 1024 })
    const socket = new RawSocket(ws)
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve())
      ws.once('error', reject)
    })
    return socket
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN
  }

  send(frame: string | Uint8Array): void {
    if (this.isOpen) this.ws.send(frame)
  }

  /** Sends `bytes` as y-partykit's provider does with a large message, with `marker` overrides (to lie). */
  sendChunked(bytes: Uint8Array, marker: { size?: number; count?: number } = {}): void {
    const count = Math.ceil(bytes.length / PROVIDER_CHUNK_BYTES)
    const id = Math.random().toString(36).slice(2, 10)
    this.send(`y-pk-batch#${JSON.stringify({ id, type: 'start', size: marker.size ?? bytes.length, count: marker.count ?? count })}`)
    for (let i = 0; i < count; i++) this.send(bytes.subarray(i * PROVIDER_CHUNK_BYTES, (i + 1) * PROVIDER_CHUNK_BYTES))
    this.send(`y-pk-batch#${JSON.stringify({ id, type: 'end', size: marker.size ?? bytes.length, count: marker.count ?? count })}`)
  }

  /** Waits for a notice whose reason matches `pattern`; returns it. */
  async notice(pattern: RegExp, timeoutMs = 15_000): Promise<RoomNotice> {
    return waitFor(() => this.notices.find((notice) => pattern.test(notice.reason)), { timeoutMs, message: `a notice matching ${pattern}` })
  }

  /** Waits until the room has closed this socket. */
  async closedByRoom(timeoutMs = 15_000): Promise<{ code: number; reason: string }> {
    return waitFor(() => this.closed ?? undefined, { timeoutMs, message: 'the room to close the socket' })
  }

  close(): void {
    this.ws.terminate()
  }
}
