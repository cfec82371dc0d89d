/**
 * Test helper: one agent turn with the embedded model through the AI SDK's own `streamText`, on a
 * real board (the tools' harness: a seeded Y.Doc and the real tools, run_code's sandbox included).
 * Tests check what a person would see: the streamed text, the steps, and the shapes on the board.
 */
import { stepCountIs, streamText, tool, type ModelMessage, type ToolSet } from 'ai'
import { DEFAULT_VIEWPORT, type Box } from '../../../../shared/agentProtocol'
import { MAX_STEPS_PER_TURN } from '../../../../shared/limits'
import { BoardDraft } from '../../../board/boardDraft'
import { draftBase } from '../../../board/commitDraft'
import { arrowEnds, summarizeShape, type ShapeSummary } from '../../../board/shapeSummary'
import { DEFAULT_PAGE_ID } from '../../../room/seedBoard'
import { describeBoard } from '../../boardDescription'
import { describeDiagrams } from '../../diagramSummary'
import { systemPrompt } from '../../systemPrompt'
import { agentTools } from '../../tools'
import { createToolHarness, type ToolHarness } from '../../tools/toolHarness'
import { createEmbeddedModel } from '../embeddedSketchModel'
import { expect } from 'vitest'

export interface TurnCall {
  toolName: string
  input: unknown
}

export interface TurnRun {
  /** The whole answer: every step's text, as the chat shows it. */
  text: string
  /** Every text delta, in order (to see that the text streamed). */
  deltas: string[]
  steps: number
  finishReason: string
  calls: TurnCall[]
  toolErrors: string[]
  /** Shapes (arrows excluded) each tool call created, one list per call that created any. */
  groups: ShapeSummary[][]
  /** Stream part types, in order. */
  partTypes: string[]
}

export interface TurnOptions {
  viewport?: Box
  selectedIds?: string[]
  /** Earlier chat turns, oldest first. */
  history?: ModelMessage[]
  /** Names of the tools offered (all by default). */
  tools?: readonly string[]
  abortSignal?: AbortSignal
  chunkDelayMs?: number
  /** Tools that fail with this message instead of running (to test how the model copes). */
  failing?: Record<string, string>
}

/** The board as the model's description summarises it: every shape with page bounds and arrow ends. */
export function boardShapes(harness: ToolHarness): ShapeSummary[] {
  const draft = new BoardDraft(draftBase(harness.doc), DEFAULT_PAGE_ID)
  const ends = arrowEnds(draft)
  return [...draft.shapes()].map((shape) => ({ ...summarizeShape(draft, shape), ...ends.get(shape.id) }))
}

/** A fresh board in `viewport`, optionally with shapes already on it (drawn by an earlier turn). */
export async function boardWith(shapes: unknown[] = [], viewport: Box = DEFAULT_VIEWPORT): Promise<ToolHarness> {
  const harness = createToolHarness({ viewport, turnId: 'turn-before' })
  if (shapes.length > 0) {
    const outcome = await harness.call('create_shapes', { shapes })
    if (!outcome.ok) throw new Error(`could not seed the board: ${outcome.error}`)
  }
  return harness
}

/** Runs one turn of the embedded model on `harness` for `request`. */
export async function runEmbeddedTurn(harness: ToolHarness, request: string, options: TurnOptions = {}): Promise<TurnRun> {
  const viewport = options.viewport ?? harness.context.viewport
  const draft = new BoardDraft(draftBase(harness.doc), DEFAULT_PAGE_ID)
  const system = systemPrompt(describeBoard(draft, { viewport, selectedIds: options.selectedIds ?? [] }) + describeDiagrams(draft))
  const groups: ShapeSummary[][] = []
  const calls: TurnCall[] = []
  const tools: ToolSet = {}
  // The SDK runs a step's calls concurrently; one at a time here, so each call's new shapes are its own.
  let queue: Promise<unknown> = Promise.resolve()
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work)
    queue = next.catch(() => undefined)
    return next
  }
  for (const agentTool of agentTools) {
    if (options.tools && !options.tools.includes(agentTool.name)) continue
    tools[agentTool.name] = tool({
      description: agentTool.description,
      inputSchema: agentTool.input,
      execute: (input: unknown) => exclusive(async () => {
        calls.push({ toolName: agentTool.name, input })
        const failure = options.failing?.[agentTool.name]
        if (failure) throw new Error(failure)
        const before = new Set(boardShapes(harness).map((shape) => shape.id))
        const outcome = await harness.call(agentTool.name, input)
        if (!outcome.ok) throw new Error(outcome.error)
        const made = boardShapes(harness).filter((shape) => !before.has(shape.id) && shape.type !== 'arrow')
        if (made.length > 0) groups.push(made)
        return outcome.result
      }),
    })
  }
  const result = streamText({
    model: createEmbeddedModel({ chunkDelayMs: options.chunkDelayMs ?? 0 }),
    system,
    messages: [...(options.history ?? []), { role: 'user', content: request }],
    tools,
    stopWhen: stepCountIs(MAX_STEPS_PER_TURN),
    ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
  })
  const deltas: string[] = []
  const toolErrors: string[] = []
  const partTypes: string[] = []
  for await (const part of result.fullStream) {
    partTypes.push(part.type)
    if (part.type === 'text-delta') deltas.push(part.text)
    if (part.type === 'tool-error') toolErrors.push(String(part.error instanceof Error ? part.error.message : part.error))
    if (part.type === 'error') throw part.error
  }
  return {
    text: deltas.join(''),
    deltas,
    steps: (await result.steps).length,
    finishReason: await result.finishReason,
    calls,
    toolErrors,
    groups,
    partTypes,
  }
}

/**
 * Runs `request` on a fresh board holding `existing` shapes, checks the turn ended normally (and,
 * unless `allowToolErrors`, that no call failed), and returns the shapes from before and the ones
 * it added.
 */
export async function turnOnBoard(
  request: string,
  { existing = [], viewport, allowToolErrors = false, ...options }: TurnOptions & { existing?: unknown[]; allowToolErrors?: boolean } = {},
): Promise<{ board: ToolHarness; run: TurnRun; before: ShapeSummary[]; added: ShapeSummary[] }> {
  const board = await boardWith(existing, viewport)
  const before = boardShapes(board)
  const run = await runEmbeddedTurn(board, request, options)
  expect(run.finishReason).toBe('stop')
  if (!allowToolErrors) expect(run.toolErrors).toEqual([])
  const added = boardShapes(board).filter((shape) => !before.some((old) => old.id === shape.id))
  return { board, run, before, added }
}
