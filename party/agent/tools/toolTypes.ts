/** What every agent tool is: a schema from shared/tools, a line for the chat, and one apply function. */
import type { TLPageId } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import type { z } from 'zod'
import type { Box } from '../../../shared/agentProtocol'
import type { ShapeAliases } from '../../board/boardDraft'
import type { DraftTotals, RecordChange } from '../../board/recordChange'

/** What a tool call may use: the room's doc, the turn it belongs to, and the turn's bookkeeping. */
export interface ToolContext {
  doc: Y.Doc
  turnId: string
  /** The page the asker is on; new shapes go there. */
  pageId: TLPageId
  /** What the asker is looking at, in page coordinates. */
  viewport: Box
  /** The model's names for shapes it made this turn. */
  aliases: ShapeAliases
  /** Shapes the turn may still create, update or delete (README "Limits": 2,000 a turn). */
  shapeBudget: { remaining: number }
  /** Characters of text the turn may still add to the board (MAX_AGENT_TEXT_PER_TURN a turn); unbounded when absent. */
  textBudget?: { remaining: number }
  /** Called after each commit, for undo, totals and the agent's cursor. */
  recordCommit(changes: RecordChange[], totals: DraftTotals): void
}

/** What a call answers: a summary for the chat and a result for the model, or an error for both. */
export type ToolOutcome =
  | { ok: true; summary: string; result: unknown; code?: string; output?: string }
  | { ok: false; error: string; code?: string; output?: string }

export interface AgentTool<Schema extends z.ZodType = z.ZodType> {
  readonly name: string
  readonly description: string
  readonly input: Schema
  /** One line for the chat while the call runs ("Creating 3 shapes"). */
  describe(input: z.infer<Schema>): string
  /** Applies a validated call. Throws only on bugs; mistakes of the model come back as `ok: false`. */
  apply(input: z.infer<Schema>, context: ToolContext): ToolOutcome | Promise<ToolOutcome>
}

/** Declares a tool with its input type inferred from its schema. */
export function defineTool<Schema extends z.ZodType>(tool: AgentTool<Schema>): AgentTool<Schema> {
  return tool
}
