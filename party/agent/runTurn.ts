/**
 * One agent turn, run inside the room: the model (embedded or OpenAI-compatible) streams through
 * the AI SDK's `streamText`; each tool call is validated by its zod schema and applied as one Yjs
 * transaction, so every device sees each shape as soon as its call completes; the answer streams
 * into the room's chat. The turn belongs to the room, not to the request that started it: it keeps
 * going when the asker's connection drops.
 */
import type { TLPageId, TLShapeId } from '@tldraw/tlschema'
import { stepCountIs, streamText, tool, type LanguageModelUsage, type ModelMessage, type ToolSet, type UserContent } from 'ai'
import type * as Y from 'yjs'
import type { AgentEvent, Box, DoneEvent } from '../../shared/agentProtocol'
import { readChat, type TokenUsage, type ToolCallEntry } from '../../shared/chat'
import {
  MAX_AGENT_TEXT_PER_TURN,
  MAX_FAILED_CALLS_IN_A_ROW,
  MAX_SHAPES_PER_TURN,
  MAX_STEPS_PER_TURN,
  MODEL_HISTORY_MESSAGES,
  TURN_TIMEOUT_MS,
} from '../../shared/limits'
import { BoardDraft } from '../board/boardDraft'
import { draftBase } from '../board/commitDraft'
import { center, localBounds } from '../board/geometry'
import { countShapeChanges, type RecordChange } from '../board/recordChange'
import type { AgentPresence } from './agentPresence'
import { describeIndexedBoard } from './boardDescription'
import { watchBoard } from './boardWatch'
import { describeDiagrams } from './diagramSummary'
import type { TurnChat } from './chatLog'
import { describeModelError } from './modelErrors'
import type { ModelChoice } from './modelChoice'
import { joinOutcomes, PROGRESSIVE_TOOLS, ProgressiveCalls } from './progressiveCalls'
import { createToolCallRepair } from './repair/repairToolCall'
import { ToolCallingModel } from './repair/toolCallingModel'
import { systemPrompt } from './systemPrompt'
import { agentTools } from './tools'
import type { ToolContext, ToolOutcome } from './tools/toolTypes'
import { mergeChanges } from './undoPlan'

export interface TurnInput {
  prompt: string
  viewport: Box
  selectedIds: string[]
  pageId: TLPageId
  /** The asker's view as base64 JPEG, already checked (shared/agentProtocol.ts); sent only to vision models. */
  image?: string
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
  /** Hears each commit's changes as it happens, so the turn is undoable even if the room dies mid-turn. */
  journal?(changes: RecordChange[]): void
}

/** What a finished turn changed, for its done event and for undo (one change per record). */
export interface TurnOutcome {
  done: DoneEvent
  changes: RecordChange[]
}

/**
 * The conversation so far as model messages: finished exchanges before this turn, newest last.
 * Only the room writes the chat (the write gate refuses any client write to it, and boards from
 * before the gate are cleaned when they load), so nothing here was typed into the doc by a client.
 */
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
    textBudget: { remaining: MAX_AGENT_TEXT_PER_TURN },
    recordCommit(committed) {
      changes.push(...committed)
      runtime.journal?.(committed)
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

  // From the room's index, kept current as the board changes: no walk over every shape per turn.
  const board = watchBoard(doc)
  const system = systemPrompt(describeIndexedBoard(board.index, input.pageId, { viewport: input.viewport, selectedIds: input.selectedIds }, board.edits.take()) + describeDiagrams(new BoardDraft(board.index.diagramShapes(), input.pageId)))
  const messages: ModelMessage[] = [...history(doc, turnId), { role: 'user', content: userContent(input, runtime.choice.vision) }]
  const model = runtime.choice.info.provider === 'embedded' ? runtime.choice.model : new ToolCallingModel(runtime.choice.model, {
    onModeChange: (mode) => chat.setModel({ ...runtime.choice.info, toolCalls: mode }),
  })
  if (model instanceof ToolCallingModel && model.mode === 'text') chat.setModel({ ...runtime.choice.info, toolCalls: 'text' })

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
  let usage: TokenUsage | undefined
  // Calls the model got wrong (unknown tool, invalid after repair); a valid call that failed as it ran does not count.
  let failedInARow = 0
  const invalidCalls = new Set<string>()
  try {
    presence.publish()
    touch()
    const result = streamText({
      model,
      system,
      messages,
      tools,
      ...runtime.choice.call,
      stopWhen: stepCountIs(MAX_STEPS_PER_TURN),
      abortSignal: controller.signal,
      maxRetries: 1,
      experimental_repairToolCall: createToolCallRepair(agentTools),
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
          if (!valid) invalidCalls.add(part.toolCallId)
          if (valid) setToolCall({ id: part.toolCallId, name: part.toolName, status: 'running', summary: agentTool.describe(part.input) })
          break
        }
        case 'tool-result':
          failedInARow = 0
          break
        case 'tool-error':
          // Refused before it ran (invalid input): what it drew while streaming goes away again.
          progressive.rollback(part.toolCallId)
          if (invalidCalls.has(part.toolCallId) && ++failedInARow >= MAX_FAILED_CALLS_IN_A_ROW) {
            abort(`the model made ${MAX_FAILED_CALLS_IN_A_ROW} failed tool calls in a row (last: ${describeToolError(part.error)})`)
          }
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
        case 'finish':
          usage = reportedUsage(part.totalUsage)
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
  chat.finish(error ? 'error' : 'done', error, usage)
  const merged = mergeChanges(changes)
  const done: DoneEvent = { turnId, status: error ? 'error' : 'ok', ...(error ? { error } : {}), ...countShapeChanges(merged), ...(usage ? { usage } : {}) }
  return { done, changes: merged }
}

/** The program and output of a run_code call, to show in the chat. */
function pickDetail(entry: { code?: string; output?: string } | undefined) {
  return { ...(entry?.code !== undefined ? { code: entry.code } : {}), ...(entry?.output !== undefined ? { output: entry.output } : {}) }
}

/** The prompt, with the asker's view as an image part when the model reads images. */
function userContent(input: TurnInput, vision: boolean): UserContent {
  if (!vision || !input.image) return input.prompt
  return [
    { type: 'text', text: input.prompt },
    { type: 'image', image: input.image, mediaType: 'image/jpeg' },
  ]
}

/** The usage the server reported, or undefined when it reported none. */
function reportedUsage(usage: LanguageModelUsage): TokenUsage | undefined {
  const { inputTokens, outputTokens, totalTokens } = usage
  if (inputTokens === undefined && outputTokens === undefined && totalTokens === undefined) return undefined
  return { ...(inputTokens !== undefined ? { inputTokens } : {}), ...(outputTokens !== undefined ? { outputTokens } : {}), ...(totalTokens !== undefined ? { totalTokens } : {}) }
}

function describeToolError(error: unknown): string {
  // The SDK prefixes what our repair hook threw; the model and the chat need only our sentence.
  const message = (error instanceof Error ? error.message : String(error)).replace(/^Error repairing tool call: /, '')
  return message.length > 300 ? `${message.slice(0, 297)}…` : message
}

function describeAbort(signal: AbortSignal): string {
  const reason = signal.reason instanceof Error ? signal.reason.message : 'stopped'
  return reason === 'stopped' ? 'Stopped before it finished.' : `Stopped: ${reason}.`
}
