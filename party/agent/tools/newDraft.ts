import { BoardDraft } from '../../board/boardDraft'
import { draftBase } from '../../board/commitDraft'
import type { ToolContext } from './toolTypes'

/** A draft of the board for one tool call, sharing the turn's shape names. */
export function newDraft(context: ToolContext): BoardDraft {
  return new BoardDraft(draftBase(context.doc), context.pageId, context.aliases)
}
