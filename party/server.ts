/**
 * A board's room: one PartyKit party (a Cloudflare Durable Object) per board. It owns the board's
 * Y.Doc, persists it, relays it to every device, answers the room's HTTP API and hosts the agent.
 */
import './platform/performanceNow'
import type * as Party from 'partykit/server'
import { allRecords } from '../shared/doc'
import { readChat } from '../shared/chat'
import { BoardDocument } from './room/boardDocument'
import { errorResponse, jsonResponse } from './http/responses'
import { rejectInvalidRoomId } from './http/roomIdGate'
import { routeRoomRequest } from './http/roomRoutes'
import { routeSiteRequest } from './http/siteRoutes'
import type { KeyValueStorage } from './storage/docStorage'

export default class BoardRoom implements Party.Server {
  // The doc lives in memory for as long as the object does; hibernation would drop it between messages.
  readonly options: Party.ServerOptions = { hibernate: false }
  private board!: BoardDocument

  constructor(readonly room: Party.Room) {}

  async onStart(): Promise<void> {
    this.board = await BoardDocument.load(this.room.storage as unknown as KeyValueStorage, {
      log: (message) => console.warn(`[room ${this.room.id}] ${message}`),
    })
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
      agent: async () => errorResponse(501, 'The agent is not available yet.'),
      undo: async () => errorResponse(501, 'The agent is not available yet.'),
      stop: async () => errorResponse(501, 'The agent is not available yet.'),
    })
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
