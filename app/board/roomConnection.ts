/**
 * This device's link to a room: its copy of the board's Y.Doc, synced over the y-partykit provider,
 * and a connection status the UI can show. Offline edits stay in the local doc and merge when the
 * connection returns; the provider reconnects on its own with backoff.
 */
import { atom, type Atom } from 'tldraw'
import YPartyKitProvider from 'y-partykit/provider'
import * as Y from 'yjs'
import type { BoardRoute } from '../../shared/boardRoute'
import { PARTY_NAME, VIEW_SOCKET_PATH, viewBasePath } from '../../shared/endpoints'
import { parseRoomNotice, type RoomNotice } from '../../shared/roomNotice'
import { skipEncodingUpdatesFrom } from './remoteUpdates'

/** What the status badge says: never synced yet, in step with the room, trying again, or offline. */
export type ConnectionStatus = 'connecting' | 'synced' | 'reconnecting' | 'offline'

export class RoomConnection {
  readonly doc = new Y.Doc()
  readonly provider: YPartyKitProvider
  readonly status: Atom<ConnectionStatus>
  /** True once the first full sync with the room finished; the board renders from then on. */
  readonly hasSynced: Atom<boolean>
  private readonly cleanups: (() => void)[] = []

  constructor(
    readonly route: BoardRoute,
    onNotice: (notice: RoomNotice) => void = () => {},
  ) {
    this.status = atom<ConnectionStatus>('connection status', 'connecting')
    this.hasSynced = atom('has synced', false)
    const { host, protocol } = window.location
    const common = { protocol: protocol === 'https:' ? 'wss' : 'ws', maxBackoffTime: 2_500 } as const
    this.provider =
      route.kind === 'board'
        ? new YPartyKitProvider(host, route.roomId, this.doc, { ...common, party: PARTY_NAME })
        : // A view link reaches the room through its token; no cross-tab channel, so no editing tab shares this doc.
          new YPartyKitProvider(host, 'view', this.doc, { ...common, prefix: viewBasePath(route.token) + VIEW_SOCKET_PATH, disableBc: true })

    // The room's own updates are not sent back, so Yjs need not encode them (remoteUpdates.ts).
    this.cleanups.push(skipEncodingUpdatesFrom(this.doc, this.provider, this.provider._updateHandler))

    const update = () => this.status.set(this.computeStatus())
    const onSync = (synced: boolean) => {
      if (synced) this.hasSynced.set(true)
      update()
    }
    this.provider.on('status', update)
    this.provider.on('sync', onSync)
    window.addEventListener('online', update)
    window.addEventListener('offline', update)
    this.cleanups.push(() => {
      this.provider.off('status', update)
      this.provider.off('sync', onSync)
      window.removeEventListener('online', update)
      window.removeEventListener('offline', update)
    })

    // The room explains refused changes in text frames, which the provider itself ignores.
    const onMessage = (event: MessageEvent) => {
      if (typeof event.data !== 'string') return
      const notice = parseRoomNotice(event.data)
      if (notice) onNotice(notice)
    }
    let socket: WebSocket | null = null
    const watchSocket = () => {
      if (this.provider.ws === socket) return
      socket?.removeEventListener('message', onMessage)
      socket = this.provider.ws
      socket?.addEventListener('message', onMessage)
    }
    this.provider.on('status', watchSocket)
    watchSocket()
    this.cleanups.push(() => {
      this.provider.off('status', watchSocket)
      socket?.removeEventListener('message', onMessage)
    })
  }

  private computeStatus(): ConnectionStatus {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline'
    if (this.provider.wsconnected && this.provider.synced) return 'synced'
    return this.hasSynced.get() ? 'reconnecting' : 'connecting'
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup()
    this.provider.destroy()
    this.doc.destroy()
  }
}
