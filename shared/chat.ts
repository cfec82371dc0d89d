/**
 * The chat of a room as every device reads it from the doc (see shared/doc.ts for where it lives).
 * Messages are parsed, not trusted: a peer can write anything into a Y.Doc, and one bad message
 * must not take the chat panel down.
 */
import type * as Y from 'yjs'
import { z } from 'zod'
import { getChat } from './doc'

/** Which model answers in a room; `offline` marks the embedded sketch model. */
export const ModelInfoSchema = z.object({
  id: z.string(),
  provider: z.string(),
  offline: z.boolean(),
  /** How its tool calls travel: `text` when its server refuses native tools (docs/models.md). */
  toolCalls: z.enum(['native', 'text']).optional(),
  /** True when the model is sent an image of the asker's view with each prompt. */
  vision: z.boolean().optional(),
})
export type ModelInfo = z.infer<typeof ModelInfoSchema>

/** Progress of one tool call, shown under the assistant's message. */
export const ToolCallEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['running', 'done', 'error']),
  summary: z.string(),
  /** For run_code: the program, what it printed, and how many shapes it made. */
  code: z.string().optional(),
  output: z.string().optional(),
})
export type ToolCallEntry = z.infer<typeof ToolCallEntrySchema>

/** Tokens a turn used, as the model server reported them (docs/models.md "Cost"). */
export const TokenUsageSchema = z.object({
  inputTokens: z.number().optional(),
  outputTokens: z.number().optional(),
  totalTokens: z.number().optional(),
})
export type TokenUsage = z.infer<typeof TokenUsageSchema>

export const ChatMessageSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  author: z.string(),
  text: z.string(),
  status: z.enum(['streaming', 'done', 'error']),
  toolCalls: z.array(ToolCallEntrySchema),
  turnId: z.string(),
  createdAt: z.number(),
  error: z.string().optional(),
  model: ModelInfoSchema.optional(),
  /** The turn's token usage, on its answer, when the server reported it. */
  usage: TokenUsageSchema.optional(),
})
export type ChatMessage = z.infer<typeof ChatMessageSchema>

/** The fields of a message's Y.Map, named once for writer and readers. */
export const MESSAGE_FIELDS = {
  id: 'id',
  role: 'role',
  author: 'author',
  text: 'text',
  status: 'status',
  toolCalls: 'toolCalls',
  turnId: 'turnId',
  createdAt: 'createdAt',
  error: 'error',
  model: 'model',
  usage: 'usage',
} as const

/** One message as plain data, or null when a peer wrote something that is not a message. */
export function readChatMessage(message: unknown): ChatMessage | null {
  if (typeof message !== 'object' || message === null || !('toJSON' in message)) return null
  const parsed = ChatMessageSchema.safeParse((message as Y.Map<unknown>).toJSON())
  return parsed.success ? parsed.data : null
}

/** Every readable message of the room, oldest first. */
export function readChat(doc: Y.Doc): ChatMessage[] {
  const messages: ChatMessage[] = []
  for (const item of getChat(doc)) {
    const message = readChatMessage(item)
    if (message) messages.push(message)
  }
  return messages
}
