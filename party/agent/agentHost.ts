/**
 * The agent's side of a room: accepts turns over HTTP (one at a time, rate-limited), streams each
 * turn's events to whoever asked, stops turns, and undoes them. The chat panel in the browser
 * starts turns through the same endpoint, so both paths share these rules.
 */
import type { TLPageId } from '@tldraw/tlschema'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { AgentRequestSchema, DEFAULT_VIEWPORT, encodeAgentEvent, type AgentEvent, type DoneEvent } from '../../shared/agentProtocol'
import type { ModelInfo } from '../../shared/chat'
import { allRecords, origins } from '../../shared/doc'
import { MAX_AUTHOR_CHARS, MAX_PROMPT_CHARS, MAX_VIEWPORT_IMAGE_BYTES, MODEL_IDLE_TIMEOUT_MS, TURNS_PER_MINUTE } from '../../shared/limits'
import { BoardDraft } from '../board/boardDraft'
import { commitDraft, draftBase } from '../board/commitDraft'
import { errorResponse, jsonResponse, readJsonBody } from '../http/responses'
import { DEFAULT_PAGE_ID } from '../room/seedBoard'
import type { KeyValueStorage } from '../storage/docStorage'
import { AgentPresence } from './agentPresence'
import { TurnChat } from './chatLog'
import { chooseModel, type ModelChoice } from './modelChoice'
import { watchBoard } from './boardWatch'
import { runTurn } from './runTurn'
import { TurnJournal } from './turnJournal'
import { planUndo } from './undoPlan'
import { plural } from '../../shared/plural'

/** Largest request body: a prompt of MAX_PROMPT_CHARS plus viewport, selection and a base64 viewport image. */
const MAX_BODY_BYTES = 64 * 1024 + Math.ceil(MAX_VIEWPORT_IMAGE_BYTES / 3) * 4

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
  private readonly recentStarts: number[] = []
  private readonly journal: TurnJournal
  private choice: ModelChoice | Error | null = null

  constructor(private readonly options: AgentHostOptions) {
    this.journal = new TurnJournal(options.storage)
    watchBoard(options.doc, options.awareness) // the board index and people's edits, for turns' board descriptions
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
    const body = await readJsonBody(request, MAX_BODY_BYTES)
    if (!body.ok) return body.response
    const parsed = AgentRequestSchema.safeParse(body.value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return errorResponse(400, `Invalid request: ${issue?.path.join('.') || 'body'}: ${issue?.message}. Send {"prompt": "draw a house"}.`)
    }
    const prompt = parsed.data.prompt.trim()
    if (!prompt) return errorResponse(400, 'The prompt is blank. Say what to draw, e.g. {"prompt": "draw a house"}.')
    if (prompt.length > MAX_PROMPT_CHARS) {
      return errorResponse(413, `The prompt has ${prompt.length} characters; the limit is ${MAX_PROMPT_CHARS}. Shorten it.`)
    }
    if (this.running) return errorResponse(409, 'The agent is already working in this room. Wait for it to finish or stop it.')
    const now = Date.now()
    while (this.recentStarts.length > 0 && now - (this.recentStarts[0] ?? now) > 60_000) this.recentStarts.shift()
    if (this.recentStarts.length >= TURNS_PER_MINUTE) {
      const retryAfter = Math.ceil((60_000 - (now - (this.recentStarts[0] ?? now))) / 1000)
      return errorResponse(429, `Too many turns: at most ${TURNS_PER_MINUTE} a minute in one room. Try again in ${retryAfter} s.`, { 'retry-after': String(retryAfter) })
    }
    const choice = this.model()
    if (choice instanceof Error) return errorResponse(503, `The room's model settings do not work: ${choice.message}`)
    this.recentStarts.push(now)

    const { readable, emit, close } = eventStream()
    this.startTurn({
      prompt,
      author: parsed.data.author?.trim().slice(0, MAX_AUTHOR_CHARS) || 'Someone',
      viewport: parsed.data.viewport ?? DEFAULT_VIEWPORT,
      selectedIds: parsed.data.selectedIds ?? [],
      pageId: this.pageFor(parsed.data.pageId),
      image: parsed.data.image,
      choice,
      emit,
      close,
    })
    return new Response(readable, {
      headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', 'x-accel-buffering': 'no' },
    })
  }

  /** `POST …/agent/stop`. */
  stop(): Response {
    if (!this.running) return errorResponse(409, 'The agent is not working in this room; there is nothing to stop.')
    this.running.controller.abort()
    return jsonResponse({ turnId: this.running.turnId })
  }

  /** `POST …/agent/undo`: reverts the newest turn not yet undone. */
  async undo(): Promise<Response> {
    if (this.running) return errorResponse(409, 'The agent is still working; stop it or wait before undoing.')
    const entry = await this.journal.takeLatest()
    if (!entry) return errorResponse(409, 'There is no AI turn to undo in this room.')
    const draft = new BoardDraft(draftBase(this.options.doc), DEFAULT_PAGE_ID)
    const plan = planUndo(draft, entry.changes)
    const commit = commitDraft(this.options.doc, draft, origins.undo(entry.turnId))
    if (!commit.ok) {
      this.options.log?.(`undo of ${entry.turnId} failed: ${commit.error}`)
      return errorResponse(500, `Undo failed and changed nothing: ${commit.error}`)
    }
    const kept = plan.kept > 0 ? ` ${plural(plan.kept, 'change')} edited since ${plan.kept === 1 ? 'was' : 'were'} kept.` : ''
    new TurnChat(this.options.doc, entry.turnId).note(`Undid an AI turn: ${plural(plan.reverted, 'change')} reverted.${kept}`)
    return jsonResponse({ turnId: entry.turnId, reverted: plan.reverted, kept: plan.kept })
  }

  /** The model's public description (never its key). */
  modelInfo(): ModelInfo | null {
    const choice = this.model()
    return choice instanceof Error ? null : choice.info
  }

  private startTurn(turn: {
    prompt: string
    author: string
    viewport: { x: number; y: number; w: number; h: number }
    selectedIds: string[]
    pageId: TLPageId
    image?: string
    choice: ModelChoice
    emit: (event: AgentEvent) => void
    close: () => void
  }): void {
    const { doc, awareness } = this.options
    const turnId = newId()
    const controller = new AbortController()
    const chat = new TurnChat(doc, turnId)
    const userMessageId = newId()
    const assistantMessageId = newId()
    chat.start({ id: userMessageId, author: turn.author, text: turn.prompt }, assistantMessageId, turn.choice.info)
    turn.emit({ event: 'turn', data: { turnId, userMessageId, assistantMessageId, model: turn.choice.info } })
    const presence = new AgentPresence(awareness, turn.pageId, turn.viewport)
    this.options.keepAlive?.()

    void runTurn(
      { prompt: turn.prompt, viewport: turn.viewport, selectedIds: turn.selectedIds, pageId: turn.pageId, image: turn.image },
      {
        doc,
        turnId,
        choice: turn.choice,
        chat,
        presence,
        abortSignal: controller.signal,
        idleTimeoutMs: idleTimeout(this.options.env),
        emit: turn.emit,
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
        turn.emit({ event: 'done', data: done })
        turn.close()
      })
    this.running = { turnId, controller }
  }

  /** The asker's page when it exists on the board, else the board's first page. */
  private pageFor(requested: string | undefined): TLPageId {
    const pages = allRecords(this.options.doc)
      .filter((record) => record.typeName === 'page')
      .sort((a, b) => ((a as { index: string }).index < (b as { index: string }).index ? -1 : 1))
    if (requested && pages.some((page) => page.id === requested)) return requested as TLPageId
    return (pages[0]?.id as TLPageId | undefined) ?? DEFAULT_PAGE_ID
  }
}

function idleTimeout(env: Record<string, unknown>): number {
  const value = Number(env.MODEL_IDLE_TIMEOUT_MS)
  return Number.isFinite(value) && value > 0 ? value : MODEL_IDLE_TIMEOUT_MS
}

/** A text/event-stream body that stays writable-safe after the reader goes away. */
function eventStream(): { readable: ReadableStream<Uint8Array>; emit(event: AgentEvent): void; close(): void } {
  const encoder = new TextEncoder()
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null
  const readable = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c
    },
    cancel() {
      // The asker went away; the turn carries on in the room.
      controller = null
    },
  })
  return {
    readable,
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
