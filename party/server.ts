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
import { PARTY_NAME, viewBasePath } from '../shared/endpoints'
import { errorResponse, jsonResponse } from './http/responses'
import { rejectInvalidRoomId } from './http/roomIdGate'
import { routeRoomRequest } from './http/roomRoutes'
import { routeSiteRequest } from './http/siteRoutes'
import { accessOf, withoutViewHeader } from './http/viewAccess'
import type { RoomFetcher } from './http/viewRoutes'
import { MissingSecretError, requireSecret, viewTokenFor } from './http/viewToken'
import type { KeyValueStorage } from './storage/docStorage'

const KEEP_ALIVE_MS = 20_000

export default class BoardRoom implements Party.Server {
  // The doc lives in memory for as long as the object does; hibernation would drop it between messages.
  readonly options: Party.ServerOptions = { hibernate: false }
  private board!: BoardDocument
  private agent!: AgentHost

  constructor(readonly room: Party.Room) {}

  /** Where the board persists: the Durable Object's storage (the benchmarks swap it to price durability). */
  protected storage(): KeyValueStorage {
    return this.room.storage as unknown as KeyValueStorage
  }

  async onStart(): Promise<void> {
    const storage = this.storage()
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

  async onConnect(connection: Party.Connection, context: Party.ConnectionContext): Promise<void> {
    const access = await accessOf(context.request as unknown as Request, this.room.id, this.secret())
    if (!access) {
      connection.close(1008, 'this view link does not open this board')
      return
    }
    this.board.connect(connection, { readOnly: access === 'view' })
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

  async onRequest(partyRequest: Party.Request): Promise<Response> {
    const request = partyRequest as unknown as Request
    const access = await accessOf(request, this.room.id, this.secret())
    if (!access) return errorResponse(404, 'This view link does not open any board. Ask for a new view-only link.')
    return routeRoomRequest(request, this.room.id, access, {
      records: () => jsonResponse({ records: allRecords(this.board.doc) }),
      chat: () => jsonResponse({ messages: readChat(this.board.doc) }),
      agent: (request) => this.agent.handleTurnRequest(request),
      undo: () => this.agent.undo(),
      stop: async () => this.agent.stop(),
      viewLink: () => this.viewLink(),
    })
  }

  /** `POST …/view-link`: this board's view-only link, the same every time until the secret changes. */
  private async viewLink(): Promise<Response> {
    try {
      const token = await viewTokenFor(this.room.id, requireSecret(this.room.env.SKETCHROOM_SECRET))
      return jsonResponse({ path: viewBasePath(token) })
    } catch (error) {
      if (error instanceof MissingSecretError) return errorResponse(503, error.message)
      throw error
    }
  }

  /** The server secret, or null when unset or too short (view links then answer 503 and open nothing). */
  private secret(): string | null {
    try {
      return requireSecret(this.room.env.SKETCHROOM_SECRET)
    } catch {
      return null
    }
  }

  /** Tells every device which model answers here (for the chat panel's name and offline badge). */
  private publishModel(): void {
    const info = this.agent.modelInfo()
    const meta = getMeta(this.board.doc)
    if (JSON.stringify(meta.get('agent')) === JSON.stringify(info)) return
    this.board.doc.transact(() => meta.set('agent', info), origins.seed)
  }

  // Direct requests hold the room id (editors); the view header only ever comes from onFetch.
  static onBeforeConnect(request: Party.Request, lobby: Party.Lobby): Party.Request | Response {
    return rejectInvalidRoomId(lobby.id) ?? (withoutViewHeader(request as unknown as Request) as unknown as Party.Request)
  }

  static onBeforeRequest(request: Party.Request, lobby: Party.Lobby): Party.Request | Response {
    return rejectInvalidRoomId(lobby.id) ?? (withoutViewHeader(request as unknown as Request) as unknown as Party.Request)
  }

  static onFetch(request: Party.Request, lobby: Party.FetchLobby): Promise<Response> {
    const party = lobby.parties[PARTY_NAME]
    return routeSiteRequest(request as unknown as Request, {
      assets: lobby.assets,
      env: lobby.env,
      room: (roomId) => {
        if (!party) throw new Error(`no party named ${PARTY_NAME}`)
        return party.get(roomId) as unknown as RoomFetcher
      },
    })
  }
}

BoardRoom satisfies Party.Worker
