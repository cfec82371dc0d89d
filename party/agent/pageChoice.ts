import type { TLPageId } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { allRecords } from '../../shared/doc'
import { DEFAULT_PAGE_ID } from '../room/seedBoard'

/** The page a turn draws on: the asker's when it exists on the board, else the board's first page. */
export function pageForTurn(doc: Y.Doc, requested: string | undefined): TLPageId {
  const pages = allRecords(doc)
    .filter((record) => record.typeName === 'page')
    .sort((a, b) => ((a as { index: string }).index < (b as { index: string }).index ? -1 : 1))
  if (requested && pages.some((page) => page.id === requested)) return requested as TLPageId
  return (pages[0]?.id as TLPageId | undefined) ?? DEFAULT_PAGE_ID
}
