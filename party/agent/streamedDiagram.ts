/**
 * Draws a create_diagram call while the model writes it: as nodes and edges arrive, the partial
 * diagram is laid out again (at most every DIAGRAM_STREAM_RELAYOUT_MS, one layout at a time, each
 * written as one transaction), so its nodes appear one after another and the layout settles as it
 * grows. The complete call then lays out the whole structure in place; if it is invalid or fails,
 * everything drawn while streaming is undone.
 */
import { origins } from '../../shared/doc'
import { DIAGRAM_STREAM_RELAYOUT_MS } from '../../shared/limits'
import { createDiagramTool, type CreateDiagramInput } from '../../shared/tools/createDiagram'
import { BoardDraft } from '../board/boardDraft'
import { commitDraft, draftBase } from '../board/commitDraft'
import type { RecordChange } from '../board/recordChange'
import { PartialJson } from './partialJson'
import type { AppliedDiagram } from '../diagram/applyDiagram'
import { diagramOutcome, stageDiagram } from './tools/createDiagram'
import { newDraft } from './tools/newDraft'
import { commitToolDraft } from './tools/commitToolDraft'
import type { ToolContext, ToolOutcome } from './tools/toolTypes'
import { mergeChanges, planUndo } from './undoPlan'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class StreamedDiagram {
  private readonly json = new PartialJson()
  /** The diagram drawn so far, once the first layout landed. */
  private diagramId: string | null = null
  private drawnNodes = 0
  private drawnEdges = 0
  private readonly changes: RecordChange[] = []
  private running: Promise<void> = Promise.resolve()
  private busy = false
  private dirty = false
  private closed = false
  private lastLayout = 0
  /** The input of the last partial layout, and what it drew. */
  private last: { json: string; applied: AppliedDiagram } | null = null

  constructor(
    private readonly context: ToolContext,
    /** Called after each partial layout with the number of nodes drawn. */
    private readonly onDrawn: (nodes: number) => void,
  ) {}

  /** More of the call's input arrived. */
  push(delta: string): void {
    if (this.closed || !this.json.push(delta)) return
    if (this.busy) this.dirty = true
    else this.schedule()
  }

  private schedule(): void {
    this.busy = true
    this.running = (async () => {
      const wait = this.lastLayout + DIAGRAM_STREAM_RELAYOUT_MS - Date.now()
      if (wait > 0 && this.diagramId) await sleep(wait) // the first nodes show at once
      if (!this.closed) await this.drawPartial()
      this.busy = false
      if (this.dirty && !this.closed) {
        this.dirty = false
        this.schedule()
      }
    })()
  }

  private async drawPartial(): Promise<void> {
    const parsed = createDiagramTool.input.safeParse(this.json.value())
    if (!parsed.success || parsed.data.diagram) return // an edit of an existing diagram is applied whole, not streamed
    const input = parsed.data
    if (input.nodes.length === this.drawnNodes && (input.edges?.length ?? 0) === this.drawnEdges) return
    this.lastLayout = Date.now()
    const draft = newDraft(this.context)
    try {
      const applied = await stageDiagram(draft, input, this.context, this.diagramId ?? undefined)
      // The draft read the board before the layout ran; commitDraft writes only what it staged.
      const commit = commitDraft(this.context.doc, draft, origins.agent(this.context.turnId))
      if (!commit.ok) return
      this.changes.push(...commit.changes)
      this.context.recordCommit(commit.changes, commit.totals)
      this.diagramId = applied.diagram
      this.last = { json: JSON.stringify(input), applied }
      this.drawnNodes = input.nodes.length
      this.drawnEdges = input.edges?.length ?? 0
      this.onDrawn(Object.keys(applied.nodes).length)
    } catch {
      // A partial structure that cannot be laid out yet: the next piece, or the complete call, will.
    }
  }

  /** The complete call: lays out its whole structure where the streamed one is; undoes the streamed drawing if it fails. */
  async complete(input: CreateDiagramInput): Promise<ToolOutcome> {
    this.closed = true
    await this.running
    if (input.diagram || this.diagramId === null) {
      this.undo()
      return this.applyWhole(input, input.diagram)
    }
    if (this.last?.json === JSON.stringify(input)) return this.keepStreamed(input, this.last.applied)
    const outcome = await this.applyWhole(input, this.diagramId)
    if (!outcome.ok) this.undo()
    return outcome
  }

  /** The last partial layout already drew the whole call: it stands, charged to the turn's budget. */
  private keepStreamed(input: CreateDiagramInput, applied: AppliedDiagram): ToolOutcome {
    const shapes = new Set(mergeChanges(this.changes).flatMap((change) => (change.after?.typeName === 'shape' ? [change.id] : []))).size
    if (shapes > this.context.shapeBudget.remaining) {
      this.undo()
      return { ok: false, error: `this diagram has ${shapes} shapes but the turn may change only ${this.context.shapeBudget.remaining} more; nothing was changed` }
    }
    this.context.shapeBudget.remaining -= shapes
    return diagramOutcome(input, applied)
  }

  private async applyWhole(input: CreateDiagramInput, diagramId: string | undefined): Promise<ToolOutcome> {
    const draft = newDraft(this.context)
    let applied
    try {
      applied = await stageDiagram(draft, { ...input, ...(diagramId ? { diagram: diagramId } : {}) }, this.context, diagramId)
    } catch (error) {
      if (error instanceof Error && error.name === 'ToolInputError') return { ok: false, error: `${error.message}; nothing was changed` }
      throw error
    }
    const commit = commitToolDraft(this.context, draft)
    if (!commit.ok) return commit
    return diagramOutcome(input, applied)
  }

  /** The call was refused: removes what it drew while streaming, once any layout in flight is done. */
  rollback(): Promise<void> {
    this.closed = true
    this.running = this.running.then(() => this.undo())
    return this.running
  }

  /** Resolves when no layout is in flight. */
  settled(): Promise<void> {
    return this.running
  }

  private undo(): void {
    if (this.changes.length === 0) return
    const draft = new BoardDraft(draftBase(this.context.doc), this.context.pageId)
    planUndo(draft, mergeChanges(this.changes.splice(0)))
    const commit = commitDraft(this.context.doc, draft, origins.agent(this.context.turnId))
    if (commit.ok) this.context.recordCommit(commit.changes, commit.totals)
    this.diagramId = null
  }
}
