/** Commits a tool call's draft within the turn's shape and text budgets, and records it for undo. */
import { origins } from '../../../shared/doc'
import { MAX_SHAPES_PER_TURN } from '../../../shared/limits'
import type { BoardDraft } from '../../board/boardDraft'
import { commitDraft } from '../../board/commitDraft'
import type { ToolContext } from './toolTypes'

export type DraftCommit = { ok: true; created: number; updated: number; deleted: number } | { ok: false; error: string }

export function commitToolDraft(context: ToolContext, draft: BoardDraft, kind: 'agent' | 'sandbox' = 'agent'): DraftCommit {
  const totals = draft.totals()
  const touched = totals.shapesCreated + totals.shapesUpdated + totals.shapesDeleted
  if (touched > context.shapeBudget.remaining) {
    return {
      ok: false,
      error: `this would change ${touched} shapes but the turn may change only ${context.shapeBudget.remaining} more (at most ${MAX_SHAPES_PER_TURN} a turn); nothing was changed`,
    }
  }
  const origin = kind === 'agent' ? origins.agent(context.turnId) : origins.sandbox(context.turnId)
  const result = commitDraft(context.doc, draft, origin, { textBudget: context.textBudget ?? { remaining: Number.POSITIVE_INFINITY } })
  if (!result.ok) return result
  context.shapeBudget.remaining -= touched
  context.recordCommit(result.changes, result.totals)
  return { ok: true, created: totals.shapesCreated, updated: totals.shapesUpdated, deleted: totals.shapesDeleted }
}
