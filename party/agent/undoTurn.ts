import type * as Y from 'yjs'
import { origins } from '../../shared/doc'
import { plural } from '../../shared/plural'
import { BoardDraft } from '../board/boardDraft'
import { commitDraft, draftBase } from '../board/commitDraft'
import { DEFAULT_PAGE_ID } from '../room/seedBoard'
import { TurnChat } from './chatLog'
import type { TurnJournal } from './turnJournal'
import { planUndo } from './undoPlan'

export type UndoOutcome =
  | { kind: 'nothing' }
  | { kind: 'failed'; turnId: string; error: string }
  | { kind: 'undone'; turnId: string; reverted: number; kept: number }

/**
 * Reverts the newest AI turn not yet undone, in one transaction, keeping what people edited since,
 * and says so in the chat. If any change fails to apply, nothing is written.
 */
export async function undoLatestTurn(doc: Y.Doc, journal: TurnJournal): Promise<UndoOutcome> {
  const entry = await journal.takeLatest()
  if (!entry) return { kind: 'nothing' }
  const draft = new BoardDraft(draftBase(doc), DEFAULT_PAGE_ID)
  const plan = planUndo(draft, entry.changes)
  const commit = commitDraft(doc, draft, origins.undo(entry.turnId))
  if (!commit.ok) return { kind: 'failed', turnId: entry.turnId, error: commit.error }
  const kept = plan.kept > 0 ? ` ${plural(plan.kept, 'change')} edited since ${plan.kept === 1 ? 'was' : 'were'} kept.` : ''
  new TurnChat(doc, entry.turnId).note(`Undid an AI turn: ${plural(plan.reverted, 'change')} reverted.${kept}`)
  return { kind: 'undone', turnId: entry.turnId, reverted: plan.reverted, kept: plan.kept }
}
