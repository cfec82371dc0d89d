/**
 * A board's room: one PartyKit party (a Cloudflare Durable Object) per board. It owns the board's
 * Y.Doc, persists it, relays it to every device, answers the room's HTTP API and hosts the agent.
 */
import './platform/performanceNow'
import type * as Party from 'partykit/server'
import { readChat } from '../shared/chat'
import { allRecords, getMeta, origins } from '../shared/doc'
import { AgentHost } from './agent/agentHost'
import { BoardDocument } from './room/boardDocument'
import { jsonResponse } from './http/responses'
import { rejectInvalidRoomId } from './http/roomIdGate'
import { routeRoomRequest } from './http/roomRoutes'
import { routeSiteRequest } from './http/siteRoutes'
import type { KeyValueStorage } from './storage/docStorage'

const KEEP_ALIVE_MS = 20_000

export default class BoardRoom implements Party.Server {
  // The doc lives in memory for as long as the object does; hibernation would drop it between messages.
  readonly options: Party.ServerOptions = { hibernate: false }
  private board!: BoardDocument
  private agent!: AgentHost

  constructor(readonly room: Party.Room) {}

  async onStart(): Promise<void> {
    const storage = this.room.storage as unknown as KeyValueStorage
    const log = (message: string) => console.warn(`[room ${this.room.id}] ${message}`)
    this.board = await BoardDocument.load(storage, { log })
    this.agent = new AgentHost({
      doc: this.board.doc,
      awareness: this.board.sync.awareness,
      storage,
      env: this.room.env,
      keepAlive: () => void this.room.storage.setAlarm(Date.now() + KEEP_ALIVE_MS),
      log,
    })
    this.publishModel()
  }

  /** While a turn runs the room re-arms an alarm, so it is not evicted when every device has left. */
  onAlarm(): void {
    if (this.agent.isRunning) void this.room.storage.setAlarm(Date.now() + KEEP_ALIVE_MS)
  }

  onConnect(connection: Party.Connection): void {
    this.board.connect(connection)
  }

  onMessage(message: string | ArrayBuffer | ArrayBufferView, sender: Party.Connection): void {
    this.board.sync.receive(sender, message)
  }

  onClose(connection: Party.Connection): void {
    this.board.disconnect(connection)
  }

  onError(connection: Party.Connection): void {
    this.board.disconnect(connection)
  }

  onRequest(request: Party.Request): Promise<Response> | Response {
    return routeRoomRequest(request as unknown as Request, this.room.id, {
      records: () => jsonResponse({ records: allRecords(this.board.doc) }),
      chat: () => jsonResponse({ messages: readChat(this.board.doc) }),
      agent: (request) => this.agent.handleTurnRequest(request),
      undo: () => this.agent.undo(),
      stop: async () => this.agent.stop(),
    })
  }

  /** Tells every device which model answers here (for the chat panel's name and offline badge). */
  private publishModel(): void {
    const info = this.agent.modelInfo()
    const meta = getMeta(this.board.doc)
    if (JSON.stringify(meta.get('agent')) === JSON.stringify(info)) return
    this.board.doc.transact(() => meta.set('agent', info), origins.seed)
  }

  static onBeforeConnect(_request: Party.Request, lobby: Party.Lobby): Party.Request | Response {
    return rejectInvalidRoomId(lobby.id) ?? _request
  }

  static onBeforeRequest(request: Party.Request, lobby: Party.Lobby): Party.Request | Response {
    return rejectInvalidRoomId(lobby.id) ?? request
  }

  static onFetch(request: Party.Request, lobby: Party.FetchLobby): Promise<Response> {
    return routeSiteRequest(request as unknown as Request, lobby.assets)
  }
}

BoardRoom satisfies Party.Worker
