/**
 * The agent's HTTP protocol: what `POST …/agent` accepts and the server-sent events it streams.
 * The browser's chat panel and the tests speak it through the same helpers.
 */
import { z } from 'zod'
import { ModelInfoSchema, TokenUsageSchema, ToolCallEntrySchema } from './chat'
import { MAX_AUTHOR_CHARS, MAX_VIEWPORT_IMAGE_BYTES } from './limits'

const finite = z.number().finite()

/** A rectangle in page coordinates. */
export const BoxSchema = z.object({ x: finite, y: finite, w: finite.positive(), h: finite.positive() })
export type Box = z.infer<typeof BoxSchema>

/** Bytes a base64 text decodes to. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return Math.floor((base64.length * 3) / 4) - padding
}

/** True for base64 of a JPEG (its first bytes are FF D8 FF, which base64 spells "/9j/"). */
export function isBase64Jpeg(base64: string): boolean {
  return base64.startsWith('/9j/') && base64.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(base64)
}

/** The asker's view as a JPEG, base64 without a data: prefix (docs/models.md "Vision"). */
export const ViewportImageSchema = z
  .string()
  .max(Math.ceil(MAX_VIEWPORT_IMAGE_BYTES / 3) * 4, `the image is over ${MAX_VIEWPORT_IMAGE_BYTES / 1024} KB`)
  .refine(isBase64Jpeg, 'the image must be a JPEG, base64-encoded without a data: prefix')
  .refine((base64) => base64Bytes(base64) <= MAX_VIEWPORT_IMAGE_BYTES, `the image is over ${MAX_VIEWPORT_IMAGE_BYTES / 1024} KB`)

/**
 * Body of `POST …/agent`. `prompt` is checked for blank and length by the route so it can answer
 * 400 and 413 distinctly; viewport and selection let the agent draw where the asker is looking.
 */
export const AgentRequestSchema = z.object({
  prompt: z.string(),
  author: z.string().max(MAX_AUTHOR_CHARS).optional(),
  viewport: BoxSchema.optional(),
  selectedIds: z.array(z.string().max(100)).max(500).optional(),
  /** The tldraw page the asker is on. */
  pageId: z.string().max(100).optional(),
  /** A small JPEG of what the asker sees; models that accept images get it with the prompt. */
  image: ViewportImageSchema.optional(),
})
export type AgentRequest = z.infer<typeof AgentRequestSchema>

/** Where the agent draws when the asker did not say what they are looking at. */
export const DEFAULT_VIEWPORT: Box = { x: 0, y: 0, w: 1280, h: 800 }

export const TurnTotalsSchema = z.object({
  shapesCreated: z.number(),
  shapesUpdated: z.number(),
  shapesDeleted: z.number(),
})
export type TurnTotals = z.infer<typeof TurnTotalsSchema>

export const DoneEventSchema = TurnTotalsSchema.extend({
  turnId: z.string(),
  status: z.enum(['ok', 'error']),
  error: z.string().optional(),
  /** Tokens the turn used, when the model server reported them. */
  usage: TokenUsageSchema.optional(),
})
export type DoneEvent = z.infer<typeof DoneEventSchema>

/** Every event of the stream, by SSE event name. The last one is always `done`. */
export const AgentEventSchemas = {
  /** First event: the turn started; its chat messages have these ids. */
  turn: z.object({ turnId: z.string(), userMessageId: z.string(), assistantMessageId: z.string(), model: ModelInfoSchema }),
  /** A piece of the assistant's answer. */
  text: z.object({ delta: z.string() }),
  /** A tool call started, progressed or finished. */
  tool: ToolCallEntrySchema,
  done: DoneEventSchema,
} as const

export type AgentEventName = keyof typeof AgentEventSchemas
export type AgentEvent = {
  [Name in AgentEventName]: { event: Name; data: z.infer<(typeof AgentEventSchemas)[Name]> }
}[AgentEventName]

/** One event in `text/event-stream` framing. */
export function encodeAgentEvent(event: AgentEvent): string {
  return `event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`
}

/** Parses one SSE frame (without its blank-line terminator); null for comments and unknown events. */
export function decodeAgentEvent(frame: string): AgentEvent | null {
  let name = 'message'
  const data: string[] = []
  for (const line of frame.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim()
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart())
  }
  if (!(name in AgentEventSchemas) || data.length === 0) return null
  const schema = AgentEventSchemas[name as AgentEventName]
  let json: unknown
  try {
    json = JSON.parse(data.join('\n'))
  } catch {
    return null
  }
  const parsed = schema.safeParse(json)
  return parsed.success ? ({ event: name, data: parsed.data } as AgentEvent) : null
}

/** Reads an agent event stream to its end, one event at a time. */
export async function* readAgentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<AgentEvent> {
  const decoder = new TextDecoder()
  let buffer = ''
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true })
    let end = buffer.indexOf('\n\n')
    while (end !== -1) {
      const event = decodeAgentEvent(buffer.slice(0, end))
      buffer = buffer.slice(end + 2)
      if (event) yield event
      end = buffer.indexOf('\n\n')
    }
  }
}

/** The JSON body of every error answer. */
export interface ErrorBody {
  error: string
}
