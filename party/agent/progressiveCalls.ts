/**
 * Draws the shapes of a `create_shapes` or `create_arrows` call while the model is still writing
 * it. Models stream tool input token by token, and the AI SDK runs a call only once it is complete
 * (for some providers, once the whole step is); drawing item by item is what makes shapes appear
 * one after another on every device. Each item is checked with the tool's own schema and applied
 * through the tool, exactly as a one-item call would be. When the complete call arrives, only the
 * items not drawn yet are applied; if the complete call turns out invalid, what it drew is undone,
 * so an invalid call still changes nothing. A `create_diagram` call is drawn by re-laying out the
 * partial diagram as its nodes arrive (streamedDiagram.ts).
 */
import { MAX_SHAPES_PER_TOOL_CALL } from '../../shared/limits'
import { BoardDraft } from '../board/boardDraft'
import { commitDraft, draftBase } from '../board/commitDraft'
import type { RecordChange } from '../board/recordChange'
import { origins } from '../../shared/doc'
import { plural } from '../../shared/plural'
import { repairToolInput } from './repair/repairToolInput'
import type { CreateDiagramInput } from '../../shared/tools/createDiagram'
import { StreamedDiagram } from './streamedDiagram'
import { StreamedItems } from './streamedItems'
import type { AgentTool, ToolContext, ToolOutcome } from './tools/toolTypes'
import { mergeChanges, planUndo } from './undoPlan'

/** The tools drawn progressively: the array field whose items each draws, and its summary. */
export const PROGRESSIVE_TOOLS: Readonly<Record<string, { field: string; summary(count: number): string }>> = {
  create_shapes: { field: 'shapes', summary: (count) => `Drew ${plural(count, 'shape')}` },
  create_arrows: { field: 'arrows', summary: (count) => `Connected ${plural(count, 'arrow')}` },
  // Drawn by re-layout (streamedDiagram.ts), not item by item; listed for its progress line.
  create_diagram: { field: 'nodes', summary: (count) => `Laid out ${plural(count, 'node')}` },
}

interface StreamedCall {
  tool: AgentTool
  field: string
  items: StreamedItems
  /** Items drawn while streaming, in order. */
  drawn: number
  outcomes: Extract<ToolOutcome, { ok: true }>[]
  changes: RecordChange[]
  /** No more drawing from the stream: an item failed, or the complete call has arrived. */
  closed: boolean
  /** The complete call ran; its changes stand or fall with it, not with the stream. */
  completed: boolean
}

/** What a complete call still needs: the rest of its items, or (diagrams) its final outcome. */
export type CompletedCall = { rest: unknown | null; earlier: Extract<ToolOutcome, { ok: true }>[] } | { done: ToolOutcome }

export class ProgressiveCalls {
  private readonly calls = new Map<string, StreamedCall>()
  private readonly diagrams = new Map<string, StreamedDiagram>()
  private readonly pending: Promise<void>[] = []

  constructor(
    private readonly context: ToolContext,
    private readonly onDrawn: (toolCallId: string, tool: AgentTool, drawn: number) => void,
  ) {}

  /** A tool call started streaming. */
  start(toolCallId: string, tool: AgentTool): void {
    if (tool.name === 'create_diagram') { // before the item-by-item tools: a diagram is re-laid out whole
      this.diagrams.set(toolCallId, new StreamedDiagram(this.context, (nodes) => this.onDrawn(toolCallId, tool, nodes)))
      return
    }
    const field = PROGRESSIVE_TOOLS[tool.name]?.field
    if (field) this.calls.set(toolCallId, { tool, field, items: new StreamedItems(field), drawn: 0, outcomes: [], changes: [], closed: false, completed: false })
  }

  /** More of a call's input arrived: draws the items it completed. */
  delta(toolCallId: string, delta: string): void {
    this.diagrams.get(toolCallId)?.push(delta)
    const call = this.calls.get(toolCallId)
    if (!call || call.closed) return
    for (const item of call.items.push(delta)) {
      if (!this.draw(call, item)) {
        call.closed = true // the complete call will apply (and report on) the rest
        return
      }
      this.onDrawn(toolCallId, call.tool, call.drawn)
    }
  }

  /** Draws one item as a one-item call; false when that cannot be done now. */
  private draw(call: StreamedCall, item: unknown): boolean {
    if (call.drawn >= MAX_SHAPES_PER_TOOL_CALL) return false
    // Repaired as the complete call will be, so a sloppy model's shapes still appear as they stream.
    const parsed = call.tool.input.safeParse(repairToolInput(call.tool.input, { [call.field]: [item] }).value)
    if (!parsed.success) return false
    const outcome = call.tool.apply(parsed.data, this.recordingContext(call))
    // The drawing tools apply synchronously; a promise here would be a tool this must not stream.
    if (outcome instanceof Promise || !outcome.ok) return false
    call.drawn++
    call.outcomes.push(outcome)
    return true
  }

  /**
   * The complete call arrived (the SDK is executing it): the part of its input still to apply, and
   * the outcomes of the items drawn already. Null when the call was not streamed progressively.
   */
  async complete(toolCallId: string, input: unknown): Promise<CompletedCall | null> {
    const diagram = this.diagrams.get(toolCallId)
    if (diagram) {
      this.diagrams.delete(toolCallId)
      return { done: await diagram.complete(input as CreateDiagramInput) }
    }
    const call = this.calls.get(toolCallId)
    if (!call) return null
    call.closed = true
    call.completed = true
    if (call.drawn === 0) return null
    const items = (input as Record<string, unknown[]>)[call.field] ?? []
    const rest = items.slice(call.drawn)
    return { rest: rest.length > 0 ? { ...(input as object), [call.field]: rest } : null, earlier: call.outcomes }
  }

  /** The complete call was refused (its input is invalid): removes what it drew while streaming. */
  rollback(toolCallId: string): void {
    const diagram = this.diagrams.get(toolCallId)
    if (diagram) {
      this.diagrams.delete(toolCallId)
      this.pending.push(diagram.rollback())
      return
    }
    const call = this.calls.get(toolCallId)
    if (!call || call.completed) return
    call.closed = true
    this.calls.delete(toolCallId)
    if (call.changes.length === 0) return
    const draft = new BoardDraft(draftBase(this.context.doc), this.context.pageId)
    planUndo(draft, mergeChanges(call.changes))
    const commit = commitDraft(this.context.doc, draft, origins.agent(this.context.turnId))
    if (commit.ok) this.context.recordCommit(commit.changes, commit.totals)
  }

  /** Resolves when every diagram layout and rollback in flight has landed (before the turn ends). */
  async settle(): Promise<void> {
    await Promise.all([...this.pending, ...[...this.diagrams.values()].map((diagram) => diagram.settled())])
  }

  /** The turn's context, also remembering what this call changed (for a rollback). */
  private recordingContext(call: StreamedCall): ToolContext {
    return {
      ...this.context,
      recordCommit: (changes, totals) => {
        call.changes.push(...changes)
        this.context.recordCommit(changes, totals)
      },
    }
  }
}

/** One outcome for a call drawn in parts: its result lists joined, and a summary of the whole. */
export function joinOutcomes(toolName: string, outcomes: Extract<ToolOutcome, { ok: true }>[]): Extract<ToolOutcome, { ok: true }> {
  const result: Record<string, unknown[]> = {}
  for (const outcome of outcomes) {
    for (const [key, value] of Object.entries((outcome.result ?? {}) as Record<string, unknown>)) {
      result[key] = [...(result[key] ?? []), ...(Array.isArray(value) ? value : [value])]
    }
  }
  const summary = PROGRESSIVE_TOOLS[toolName]?.summary(result.created?.length ?? 0) ?? outcomes.at(-1)?.summary ?? ''
  return { ok: true, summary, result }
}
