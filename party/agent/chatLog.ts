/**
 * Writes a turn's chat into the room's doc: the prompt, the assistant's answer as it streams, and
 * the progress of each tool call. Because it lives in the doc, every device sees the answer grow,
 * and a device that joins mid-turn gets everything so far from the ordinary Yjs sync.
 *
 * Streamed text is coalesced for a few milliseconds before it is written, so a fast model makes
 * tens of small doc updates a second rather than one per token.
 */
import * as Y from 'yjs'
import type { ChatMessage, ModelInfo, TokenUsage, ToolCallEntry } from '../../shared/chat'
import { MESSAGE_FIELDS as F } from '../../shared/chat'
import { getChat, origins } from '../../shared/doc'
import { MAX_ASSISTANT_TEXT_CHARS, MAX_CHAT_MESSAGES } from '../../shared/limits'

/** What a message left streaming by a crash says once the room is back. */
export const INTERRUPTED_TEXT = 'This answer was interrupted when the room restarted.'

/** How long streamed text may wait before it is written. */
export const TEXT_FLUSH_MS = 40

function messageMap(message: Omit<ChatMessage, 'text' | 'toolCalls'>, text: string): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(message)) if (value !== undefined) map.set(key, value)
  map.set(F.text, new Y.Text(text))
  map.set(F.toolCalls, new Y.Array<ToolCallEntry>())
  return map
}

export class TurnChat {
  private readonly origin: string
  private assistant!: Y.Map<unknown>
  private pendingText = ''
  private writtenChars = 0
  private flushTimer: ReturnType<typeof setTimeout> | null = null

  constructor(
    private readonly doc: Y.Doc,
    readonly turnId: string,
  ) {
    this.origin = origins.chat(turnId)
  }

  /** Adds the user's prompt and an empty, streaming assistant message in one transaction. */
  start(prompt: { id: string; author: string; text: string }, assistantId: string, model: ModelInfo): void {
    const chat = getChat(this.doc)
    const now = Date.now()
    this.doc.transact(() => {
      const user = messageMap({ id: prompt.id, role: 'user', author: prompt.author, status: 'done', turnId: this.turnId, createdAt: now }, prompt.text)
      this.assistant = messageMap({ id: assistantId, role: 'assistant', author: 'AI', status: 'streaming', turnId: this.turnId, createdAt: now, model }, '')
      chat.push([user, this.assistant])
      if (chat.length > MAX_CHAT_MESSAGES) chat.delete(0, chat.length - MAX_CHAT_MESSAGES)
    }, this.origin)
  }

  /** Adds a finished message from the agent that is not an answer, e.g. after an undo. */
  note(text: string): void {
    const chat = getChat(this.doc)
    this.doc.transact(() => {
      chat.push([messageMap({ id: crypto.randomUUID(), role: 'assistant', author: 'AI', status: 'done', turnId: this.turnId, createdAt: Date.now() }, text)])
      if (chat.length > MAX_CHAT_MESSAGES) chat.delete(0, chat.length - MAX_CHAT_MESSAGES)
    }, this.origin)
  }

  /** Queues a piece of the answer; it reaches the doc within TEXT_FLUSH_MS. */
  appendText(delta: string): void {
    const room = MAX_ASSISTANT_TEXT_CHARS - this.writtenChars - this.pendingText.length
    if (room <= 0) return
    this.pendingText += delta.slice(0, room)
    this.flushTimer ??= setTimeout(() => this.flushText(), TEXT_FLUSH_MS)
  }

  /** Adds or replaces the entry of one tool call. */
  setToolCall(entry: ToolCallEntry): void {
    this.flushText()
    const calls = this.assistant.get(F.toolCalls) as Y.Array<ToolCallEntry>
    const index = calls.toArray().findIndex((call) => call.id === entry.id)
    this.doc.transact(() => {
      if (index === -1) calls.push([entry])
      else {
        calls.delete(index, 1)
        calls.insert(index, [entry])
      }
    }, this.origin)
  }

  /** Replaces the answering model's description (e.g. when it turns out to need text tool calls). */
  setModel(model: ModelInfo): void {
    this.doc.transact(() => this.assistant.set(F.model, model), this.origin)
  }

  /** Ends the assistant's message, with the turn's token usage when the server reported it. */
  finish(status: 'done' | 'error', error?: string, usage?: TokenUsage): void {
    this.flushText()
    this.doc.transact(() => {
      this.assistant.set(F.status, status)
      if (error) this.assistant.set(F.error, error)
      if (usage) this.assistant.set(F.usage, usage)
    }, this.origin)
  }

  private flushText(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer)
    this.flushTimer = null
    if (!this.pendingText) return
    const text = this.assistant.get(F.text) as Y.Text
    const delta = this.pendingText
    this.pendingText = ''
    this.writtenChars += delta.length
    this.doc.transact(() => text.insert(text.length, delta), this.origin)
  }
}

/**
 * Ends every message a crash left "streaming" (the room died mid-answer, so nothing will finish
 * it): status error with INTERRUPTED_TEXT, tool calls still running marked unfinished. One
 * transaction; returns how many messages it ended. Call it when the room starts, before any turn.
 */
export function interruptStreamingMessages(doc: Y.Doc): number {
  const stuck = getChat(doc)
    .toArray()
    .filter((item): item is Y.Map<unknown> => item instanceof Y.Map && item.get(F.status) === 'streaming')
  if (stuck.length === 0) return 0
  doc.transact(() => {
    for (const message of stuck) {
      message.set(F.status, 'error')
      message.set(F.error, INTERRUPTED_TEXT)
      const calls = message.get(F.toolCalls)
      if (!(calls instanceof Y.Array)) continue
      calls.toArray().forEach((call: ToolCallEntry, index) => {
        if (call.status !== 'running') return
        calls.delete(index, 1)
        calls.insert(index, [{ ...call, status: 'error', summary: `${call.summary} (interrupted)` }])
      })
    }
  }, origins.recover)
  return stuck.length
}
