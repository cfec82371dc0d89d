/** For tests: a real board (a seeded Y.Doc) with a draft and the sandbox's `board` host over it. */
import * as Y from 'yjs'
import type { Box } from '../../shared/agentProtocol'
import { allRecords } from '../../shared/doc'
import { BoardDraft } from '../board/boardDraft'
import { draftBase } from '../board/commitDraft'
import { DEFAULT_PAGE_ID, seedBoard } from '../room/seedBoard'
import { newDraftHost } from './draftHost'

export const TEST_VIEWPORT: Box = { x: 0, y: 0, w: 1200, h: 800 }

/** A fresh board with a draft over it and a `board` host over the draft. */
export function newTestBoard(viewport: Box = TEST_VIEWPORT) {
  const doc = new Y.Doc()
  seedBoard(doc)
  const draft = new BoardDraft(draftBase(doc), DEFAULT_PAGE_ID)
  return { doc, draft, host: newDraftHost(draft, viewport) }
}

/** The board's records, sorted by id, for before/after comparisons. */
export function recordsOf(doc: Y.Doc): unknown[] {
  return allRecords(doc).sort((a, b) => a.id.localeCompare(b.id))
}
