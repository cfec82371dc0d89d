import type { TLPageId } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { getBoardIndex } from '../board/boardIndex'
import { DEFAULT_PAGE_ID } from '../room/seedBoard'

/** The page a turn draws on: the asker's when it exists on the board, else the board's first page. */
export function pageForTurn(doc: Y.Doc, requested: string | undefined): TLPageId {
  // From the room's index: a turn on a 10,000-shape board must not walk it to find a page.
  const index = getBoardIndex(doc)
  const pageIds = index.pageIds()
  if (requested && pageIds.has(requested)) return requested as TLPageId
  const pageIndex = (id: string) => (index.get(id) as { index?: string } | undefined)?.index ?? ''
  const first = [...pageIds].sort((a, b) => (pageIndex(a) < pageIndex(b) ? -1 : 1))[0]
  return (first as TLPageId | undefined) ?? DEFAULT_PAGE_ID
}
