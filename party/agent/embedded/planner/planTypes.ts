/**
 * What the sketch model decides before it says a word: a plan of steps, each some streamed text and
 * tool calls, and the sentence that closes the turn. A plan is plain data computed from the request
 * and the board, so the same prompt always gives the same plan and each step of a turn can be
 * recomputed from the conversation alone, as a hosted model would re-read it.
 */
import { MAX_SHAPES_PER_TOOL_CALL, MAX_STEPS_PER_TURN } from '../../../../shared/limits'
import type { ArrangeShapesInput } from '../../../../shared/tools/arrangeShapes'
import type { LayoutShapesInput } from '../../../../shared/tools/layoutShapes'
import type { CreateArrowsInput } from '../../../../shared/tools/createArrows'
import type { CreateDiagramInput } from '../../../../shared/tools/createDiagram'
import type { CreateShapesInput, ShapeSpec } from '../../../../shared/tools/createShapes'
import type { DeleteShapesInput } from '../../../../shared/tools/deleteShapes'
import type { RunCodeInput } from '../../../../shared/tools/runCode'
import type { ThinkInput } from '../../../../shared/tools/think'
import type { UpdateShapesInput } from '../../../../shared/tools/updateShapes'
import type { ParsedBoard } from '../../boardDescription'
import type { BoardDiagram } from './parse/diagrams/diagramEdit'

export type { ShapeSpec }

/** One tool call the model will make, typed by the tool's own schema. */
export type PlannedCall =
  | { toolName: 'think'; input: ThinkInput }
  | { toolName: 'create_shapes'; input: CreateShapesInput }
  | { toolName: 'create_arrows'; input: CreateArrowsInput }
  | { toolName: 'create_diagram'; input: CreateDiagramInput }
  | { toolName: 'update_shapes'; input: UpdateShapesInput }
  | { toolName: 'delete_shapes'; input: DeleteShapesInput }
  | { toolName: 'arrange_shapes'; input: ArrangeShapesInput }
  | { toolName: 'layout_shapes'; input: LayoutShapesInput }
  | { toolName: 'run_code'; input: RunCodeInput }

export type ToolName = PlannedCall['toolName']

/** One model step: text said first, then tool calls, all answered before the next step. */
export interface PlanStep {
  text?: string
  calls: PlannedCall[]
  /**
   * An easy fix tried once in place of this step when one of its calls fails, e.g. drawing a
   * program's shapes directly when the program did not run.
   */
  retry?: { text: string; calls: PlannedCall[] }
}

export interface Plan {
  /** Steps with tool calls, in order. Empty for an answer in words only. */
  steps: PlanStep[]
  /** The closing words once every step worked (or the whole answer when there are no steps). */
  summary: string
}

/** What a plan is made from. */
export interface PlanContext {
  /** The request as the asker wrote it. */
  request: string
  /** The board at the start of the turn (an empty board in a default viewport when unknown). */
  board: ParsedBoard
  /** Tools this call of the model may use. */
  tools: ReadonlySet<string>
  /** Earlier requests in the chat, oldest first, for "make them blue". */
  earlierRequests: readonly string[]
  /** Diagrams on the board with their structure (the description's `<diagrams>` block). */
  diagrams: readonly BoardDiagram[]
}

/** A recogniser of one kind of request: a plan, or null when the request is not its kind. */
export type Intent = (context: PlanContext) => Plan | null

/** Most steps a plan may take: the turn's limit less the closing step, one retry and a spare. */
export const MAX_PLAN_STEPS = MAX_STEPS_PER_TURN - 4

/** Most shapes in one create_shapes call. */
export const MAX_SHAPES_PER_CALL = MAX_SHAPES_PER_TOOL_CALL
