/**
 * The agent's side of a room: the turn lifecycle. It starts turns (one at a time, rate-limited),
 * streams each turn's events to whoever asked, stops turns, and undoes them. Reading requests and
 * wording refusals is party/http's (turnRequest.ts, rateLimit.ts, eventStream.ts). The chat panel
 * in the browser starts turns through the same endpoint, so both paths share these rules.
 */
import type { TLPageId } from '@tldraw/tlschema'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import type { DoneEvent } from '../../shared/agentProtocol'
import type { ModelInfo } from '../../shared/chat'
import { MODEL_IDLE_TIMEOUT_MS, TURNS_PER_MINUTE } from '../../shared/limits'
import { eventStream, type EventStream } from '../http/eventStream'
import { SlidingWindowLimit } from '../http/rateLimit'
import { errorResponse, jsonResponse } from '../http/responses'
import {
  modelUnavailable,
  nothingToStop,
  nothingToUndo,
  readTurnRequest,
  tooManyTurns,
  turnBusy,
  undoWhileRunning,
  type TurnRequest,
} from '../http/turnRequest'
import type { KeyValueStorage } from '../storage/docStorage'
import { AgentPresence } from './agentPresence'
import { TurnChat } from './chatLog'
import { chooseModel, type ModelChoice } from './modelChoice'
import { runTurn } from './runTurn'
import { TurnJournal } from './turnJournal'
import { undoLatestTurn } from './undoTurn'
import { pageForTurn } from './pageChoice'

export interface AgentHostOptions {
  doc: Y.Doc
  awareness: Awareness
  storage: KeyValueStorage
  /** The room's variables (model settings). */
  env: Record<string, unknown>
  /** Keeps the room alive while a turn runs with nobody connected. */
  keepAlive?(): void
  log?(message: string): void
}

interface RunningTurn {
  turnId: string
  controller: AbortController
}

const newId = () => crypto.randomUUID().replaceAll('-', '').slice(0, 16)

export class AgentHost {
  private running: RunningTurn | null = null
  private readonly turnBudget = new SlidingWindowLimit(TURNS_PER_MINUTE, 60_000)
  private readonly journal: TurnJournal
  private choice: ModelChoice | Error | null = null

  constructor(private readonly options: AgentHostOptions) {
    this.journal = new TurnJournal(options.storage)
  }

  /** The room's model, or the reason its settings cannot work. */
  model(): ModelChoice | Error {
    if (!this.choice) {
      try {
        this.choice = chooseModel(this.options.env)
      } catch (error) {
        this.choice = error instanceof Error ? error : new Error(String(error))
      }
    }
    return this.choice
  }

  get isRunning(): boolean {
    return this.running !== null
  }

  /** `POST …/agent`: validates, starts a turn and answers with its event stream. */
  async handleTurnRequest(request: Request): Promise<Response> {
    const parsed = await readTurnRequest(request)
    if (!parsed.ok) return parsed.response
    if (this.running) return turnBusy()
    const now = Date.now()
    const retryAfter = this.turnBudget.retryAfterSeconds(now)
    if (retryAfter !== null) return tooManyTurns(retryAfter)
    const choice = this.model()
    if (choice instanceof Error) return modelUnavailable(choice.message)
    this.turnBudget.record(now)
    const stream = eventStream()
    this.startTurn({ ...parsed.value, pageId: pageForTurn(this.options.doc, parsed.value.pageId) }, choice, stream)
    return stream.response
  }

  /** `POST …/agent/stop`. */
  stop(): Response {
    if (!this.running) return nothingToStop()
    this.running.controller.abort()
    return jsonResponse({ turnId: this.running.turnId })
  }

  /** `POST …/agent/undo`: reverts the newest turn not yet undone. */
  async undo(): Promise<Response> {
    if (this.running) return undoWhileRunning()
    const outcome = await undoLatestTurn(this.options.doc, this.journal)
    if (outcome.kind === 'nothing') return nothingToUndo()
    if (outcome.kind === 'failed') {
      this.options.log?.(`undo of ${outcome.turnId} failed: ${outcome.error}`)
      return errorResponse(500, `Undo failed and changed nothing: ${outcome.error}`)
    }
    return jsonResponse({ turnId: outcome.turnId, reverted: outcome.reverted, kept: outcome.kept })
  }

  /** The model's public description (never its key). */
  modelInfo(): ModelInfo | null {
    const choice = this.model()
    return choice instanceof Error ? null : choice.info
  }

  private startTurn(turn: TurnRequest & { pageId: TLPageId }, choice: ModelChoice, stream: EventStream): void {
    const { doc, awareness } = this.options
    const turnId = newId()
    const controller = new AbortController()
    const chat = new TurnChat(doc, turnId)
    const userMessageId = newId()
    const assistantMessageId = newId()
    chat.start({ id: userMessageId, author: turn.author, text: turn.prompt }, assistantMessageId, choice.info)
    stream.emit({ event: 'turn', data: { turnId, userMessageId, assistantMessageId, model: choice.info } })
    const presence = new AgentPresence(awareness, turn.pageId, turn.viewport)
    this.options.keepAlive?.()

    void runTurn(
      { prompt: turn.prompt, viewport: turn.viewport, selectedIds: turn.selectedIds, pageId: turn.pageId },
      {
        doc,
        turnId,
        choice,
        chat,
        presence,
        abortSignal: controller.signal,
        idleTimeoutMs: idleTimeout(this.options.env),
        emit: stream.emit,
      },
    )
      .then(async ({ done, changes }) => {
        if (changes.length > 0) await this.journal.record(turnId, changes)
        return done
      })
      .catch((error: unknown): DoneEvent => {
        this.options.log?.(`turn ${turnId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
        chat.finish('error', 'The turn failed inside the room; the board keeps what was drawn so far.')
        return { turnId, status: 'error', error: 'internal error', shapesCreated: 0, shapesUpdated: 0, shapesDeleted: 0 }
      })
      .then((done) => {
        presence.clear()
        this.running = null
        stream.emit({ event: 'done', data: done })
        stream.close()
      })
    this.running = { turnId, controller }
  }
}

function idleTimeout(env: Record<string, unknown>): number {
  const value = Number(env.MODEL_IDLE_TIMEOUT_MS)
  return Number.isFinite(value) && value > 0 ? value : MODEL_IDLE_TIMEOUT_MS
}
