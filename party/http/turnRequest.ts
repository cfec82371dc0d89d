/**
 * `POST …/agent` as HTTP (docs/permissions.md "HTTP API"): reads and validates the body, and words
 * every refusal a turn request can get, so each status code and its message live in one place.
 */
import { AgentRequestSchema, DEFAULT_VIEWPORT, type Box } from '../../shared/agentProtocol'
import { MAX_AUTHOR_CHARS, MAX_PROMPT_CHARS, MAX_TURN_BODY_BYTES, TURNS_PER_MINUTE } from '../../shared/limits'
import { errorResponse, readJsonBody } from './responses'

/** A valid turn request, with defaults filled in. */
export interface TurnRequest {
  prompt: string
  author: string
  viewport: Box
  selectedIds: string[]
  /** The asker's page, when it said; the host checks that it exists. */
  pageId: string | undefined
}

export type TurnRequestResult = { ok: true; value: TurnRequest } | { ok: false; response: Response }

/** Reads and validates a turn request: 400 for bad JSON, a bad shape or a blank prompt, 413 for too much. */
export async function readTurnRequest(request: Request): Promise<TurnRequestResult> {
  const body = await readJsonBody(request, MAX_TURN_BODY_BYTES)
  if (!body.ok) return body
  return validateTurnRequest(body.value)
}

/** Validates a parsed body as a turn request. Pure. */
export function validateTurnRequest(body: unknown): TurnRequestResult {
  const parsed = AgentRequestSchema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return refuse(400, `Invalid request: ${issue?.path.join('.') || 'body'}: ${issue?.message}. Send {"prompt": "draw a house"}.`)
  }
  const prompt = parsed.data.prompt.trim()
  if (!prompt) return refuse(400, 'The prompt is blank. Say what to draw, e.g. {"prompt": "draw a house"}.')
  if (prompt.length > MAX_PROMPT_CHARS) {
    return refuse(413, `The prompt has ${prompt.length} characters; the limit is ${MAX_PROMPT_CHARS}. Shorten it.`)
  }
  return {
    ok: true,
    value: {
      prompt,
      author: parsed.data.author?.trim().slice(0, MAX_AUTHOR_CHARS) || 'Someone',
      viewport: parsed.data.viewport ?? DEFAULT_VIEWPORT,
      selectedIds: parsed.data.selectedIds ?? [],
      pageId: parsed.data.pageId,
    },
  }
}

/** 409: a turn is running. */
export const turnBusy = () => errorResponse(409, 'The agent is already working in this room. Wait for it to finish or stop it.')

/** 429: the room's turn budget is spent for now. */
export const tooManyTurns = (retryAfterSeconds: number) =>
  errorResponse(429, `Too many turns: at most ${TURNS_PER_MINUTE} a minute in one room. Try again in ${retryAfterSeconds} s.`, {
    'retry-after': String(retryAfterSeconds),
  })

/** 503: the room's model settings cannot work. */
export const modelUnavailable = (reason: string) => errorResponse(503, `The room's model settings do not work: ${reason}`)

/** 409: stop with nothing running. */
export const nothingToStop = () => errorResponse(409, 'The agent is not working in this room; there is nothing to stop.')

/** 409: undo while a turn runs. */
export const undoWhileRunning = () => errorResponse(409, 'The agent is still working; stop it or wait before undoing.')

/** 409: undo with no turn left to undo. */
export const nothingToUndo = () => errorResponse(409, 'There is no AI turn to undo in this room.')

function refuse(status: number, error: string): TurnRequestResult {
  return { ok: false, response: errorResponse(status, error) }
}
