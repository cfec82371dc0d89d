/**
 * One agent turn, run inside the room: the model (embedded or OpenAI-compatible) streams through
 * the AI SDK's `streamText`; each tool call is validated by its zod schema and applied as one Yjs
 * transaction, so every device sees each shape as soon as its call completes; the answer streams
 * into the room's chat. The turn belongs to the room, not to the request that started it: it keeps
 * going when the asker's connection drops.
 */
import type { TLPageId, TLShapeId } from '@tldraw/tlschema'
import { stepCountIs, streamText, tool, type ModelMessage, type ToolSet } from 'ai'
import type * as Y from 'yjs'
import type { AgentEvent, Box, DoneEvent } from '../../shared/agentProtocol'
import { readChat, type ToolCallEntry } from '../../shared/chat'
import { MAX_SHAPES_PER_TURN, MAX_STEPS_PER_TURN, MODEL_HISTORY_MESSAGES, TURN_TIMEOUT_MS } from '../../shared/limits'
import { BoardDraft } from '../board/boardDraft'
import { draftBase } from '../board/commitDraft'
import { center, localBounds } from '../board/geometry'
import { countShapeChanges, type RecordChange } from '../board/recordChange'
import type { AgentPresence } from './agentPresence'
import { describeBoard } from './boardDescription'
import { describeDiagrams } from './diagramSummary'
import type { TurnChat } from './chatLog'
import { describeModelError } from './modelErrors'
import type { ModelChoice } from './modelChoice'
import { joinOutcomes, PROGRESSIVE_TOOLS, ProgressiveCalls } from './progressiveCalls'
import { systemPrompt } from './systemPrompt'
import { agentTools } from './tools'
import type { ToolContext, ToolOutcome } from './tools/toolTypes'
import { mergeChanges } from './undoPlan'

export interface TurnInput {
  prompt: string
  viewport: Box
  selectedIds: string[]
  pageId: TLPageId
}

export interface TurnRuntime {
  doc: Y.Doc
  turnId: string
  choice: ModelChoice
  chat: TurnChat
  presence: AgentPresence
  /** Stops the turn (the stop button, or the room shutting down). */
  abortSignal: AbortSignal
  /** How long the model may stay silent before the turn gives up. */
  idleTimeoutMs: number
  /** Receives every event of the turn (the HTTP stream of whoever started it). */
  emit(event: AgentEvent): void
}

/** What a finished turn changed, for its done event and for undo (one change per record). */
export interface TurnOutcome {
  done: DoneEvent
  changes: RecordChange[]
}

/** The conversation so far as model messages: finished exchanges before this turn, newest last. */
function history(doc: Y.Doc, turnId: string): ModelMessage[] {
  const earlier = readChat(doc).filter((message) => message.turnId !== turnId && message.text.trim())
  return earlier.slice(-MODEL_HISTORY_MESSAGES).map((message) => ({ role: message.role, content: message.text }))
}

export async function runTurn(input: TurnInput, runtime: TurnRuntime): Promise<TurnOutcome> {
  const { doc, turnId, chat, presence, emit } = runtime
  const changes: RecordChange[] = []
  const calls = new Map<string, ToolCallEntry>()

  const setToolCall = (entry: ToolCallEntry) => {
    const previous = calls.get(entry.id)
    // A call reported finished stays finished, whatever order the stream reports it in.
    if (previous && previous.status !== 'running' && entry.status === 'running') return
    calls.set(entry.id, entry)
    chat.setToolCall(entry)
    emit({ event: 'tool', data: entry })
  }

  const context: ToolContext = {
    doc,
    turnId,
    pageId: input.pageId,
    viewport: input.viewport,
    aliases: new Map(),
    shapeBudget: { remaining: MAX_SHAPES_PER_TURN },
    recordCommit(committed) {
      changes.push(...committed)
      const shapes = committed.flatMap((change) => (change.after?.typeName === 'shape' ? [change.after] : []))
      const last = shapes.at(-1)
      if (last) {
        const draft = new BoardDraft(draftBase(doc), input.pageId)
        const bounds = draft.pageBounds(last.id) ?? localBounds(last)
        presence.update({ point: center(bounds), selected: shapes.map((shape) => shape.id as TLShapeId) })
      }
    },
  }

  const progressive = new ProgressiveCalls(context, (id, drawingTool, drawn) => {
    const summary = `${PROGRESSIVE_TOOLS[drawingTool.name]?.summary(drawn) ?? 'Drawing'} so far…`
    presence.update({ activity: summary })
    setToolCall({ id, name: drawingTool.name, status: 'running', summary })
  })

  const tools: ToolSet = {}
  for (const agentTool of agentTools) {
    tools[agentTool.name] = tool({
      description: agentTool.description,
      inputSchema: agentTool.input,
      execute: async (toolInput: unknown, { toolCallId }) => {
        const summary = agentTool.describe(toolInput)
        presence.update({ activity: summary })
        setToolCall({ id: toolCallId, name: agentTool.name, status: 'running', summary })
        // Items drawn while the call streamed are not drawn again: only the rest is applied.
        const streamed = await progressive.complete(toolCallId, toolInput)
        let outcome: ToolOutcome
        if (streamed && 'done' in streamed) outcome = streamed.done
        else if (streamed) {
          const rest = streamed.rest === null ? null : await agentTool.apply(streamed.rest, context)
          outcome = rest && !rest.ok ? { ...rest, error: `after drawing ${streamed.earlier.length}: ${rest.error}` } : joinOutcomes(agentTool.name, rest ? [...streamed.earlier, rest] : streamed.earlier)
        } else {
          outcome = await agentTool.apply(toolInput, context)
        }
        const detail = pickDetail(outcome)
        if (!outcome.ok) {
          setToolCall({ id: toolCallId, name: agentTool.name, status: 'error', summary: outcome.error, ...detail })
          // Thrown, the error goes back to the model as this call's result, so it can correct itself.
          throw new Error(outcome.error)
        }
        setToolCall({ id: toolCallId, name: agentTool.name, status: 'done', summary: outcome.summary, ...detail })
        return outcome.result
      },
    })
  }

  const draft = new BoardDraft(draftBase(doc), input.pageId)
  const system = systemPrompt(describeBoard(draft, { viewport: input.viewport, selectedIds: input.selectedIds }) + describeDiagrams(draft))
  const messages: ModelMessage[] = [...history(doc, turnId), { role: 'user', content: input.prompt }]

  const controller = new AbortController()
  const abort = (reason: string) => controller.abort(new Error(reason))
  runtime.abortSignal.addEventListener('abort', () => abort('stopped'), { once: true })
  const turnTimer = setTimeout(() => abort(`the turn took longer than ${TURN_TIMEOUT_MS / 1000} s`), TURN_TIMEOUT_MS)
  let idleTimer: ReturnType<typeof setTimeout> | null = null
  const touch = () => {
    if (idleTimer) clearTimeout(idleTimer)
    idleTimer = setTimeout(() => abort(`the model sent nothing for ${Math.round(runtime.idleTimeoutMs / 1000)} s`), runtime.idleTimeoutMs)
  }

  let error: string | undefined
  try {
    presence.publish()
    touch()
    const result = streamText({
      model: runtime.choice.model,
      system,
      messages,
      tools,
      stopWhen: stepCountIs(MAX_STEPS_PER_TURN),
      abortSignal: controller.signal,
      maxRetries: 1,
    })
    for await (const part of result.fullStream) {
      touch()
      switch (part.type) {
        case 'text-delta':
          chat.appendText(part.text)
          emit({ event: 'text', data: { delta: part.text } })
          break
        case 'tool-input-start': {
          setToolCall({ id: part.id, name: part.toolName, status: 'running', summary: 'Preparing…' })
          const agentTool = agentTools.find((candidate) => candidate.name === part.toolName)
          if (agentTool) progressive.start(part.id, agentTool)
          break
        }
        case 'tool-input-delta':
          progressive.delta(part.id, part.delta)
          break
        case 'tool-call': {
          const agentTool = agentTools.find((candidate) => candidate.name === part.toolName)
          const valid = agentTool && !('invalid' in part && part.invalid)
          if (valid) setToolCall({ id: part.toolCallId, name: part.toolName, status: 'running', summary: agentTool.describe(part.input) })
          break
        }
        case 'tool-error':
          // Refused before it ran (invalid input): what it drew while streaming goes away again.
          progressive.rollback(part.toolCallId)
          setToolCall({
            id: part.toolCallId,
            name: part.toolName,
            status: 'error',
            summary: calls.get(part.toolCallId)?.status === 'error' ? (calls.get(part.toolCallId)?.summary ?? '') : describeToolError(part.error),
            ...pickDetail(calls.get(part.toolCallId)),
          })
          break
        case 'error':
          error = describeModelError(part.error, runtime.choice.info)
          break
        case 'abort':
          error = describeAbort(controller.signal)
          break
      }
    }
  } catch (thrown) {
    error = controller.signal.aborted ? describeAbort(controller.signal) : describeModelError(thrown, runtime.choice.info)
  } finally {
    clearTimeout(turnTimer)
    if (idleTimer) clearTimeout(idleTimer)
    await progressive.settle() // a diagram layout still in flight lands before the turn's changes are counted
  }

  // Calls still marked running when the stream ended never finished.
  for (const entry of calls.values()) {
    if (entry.status === 'running') setToolCall({ ...entry, status: 'error', summary: `${entry.summary} (not finished)` })
  }
  chat.finish(error ? 'error' : 'done', error)
  const merged = mergeChanges(changes)
  const done: DoneEvent = { turnId, status: error ? 'error' : 'ok', ...(error ? { error } : {}), ...countShapeChanges(merged) }
  return { done, changes: merged }
}

/** The program and output of a run_code call, to show in the chat. */
function pickDetail(entry: { code?: string; output?: string } | undefined) {
  return { ...(entry?.code !== undefined ? { code: entry.code } : {}), ...(entry?.output !== undefined ? { output: entry.output } : {}) }
}

function describeToolError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.length > 300 ? `${message.slice(0, 297)}…` : message
}

function describeAbort(signal: AbortSignal): string {
  const reason = signal.reason instanceof Error ? signal.reason.message : 'stopped'
  return reason === 'stopped' ? 'Stopped before it finished.' : `Stopped: ${reason}.`
}
