/**
 * What every board starts with: tldraw's document record and one page, written by the room so a
 * board has them before any device or the agent arrives (a turn started over HTTP on a brand-new
 * room must have a page to draw on).
 */
import { DocumentRecordType, PageRecordType, type TLPageId, type TLRecord } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import type * as Y from 'yjs'
import { getMeta, getRecords, origins, writeRecords } from '../../shared/doc'
import { tldrawSchema } from '../../shared/tldrawRecords'

/** The page a new board opens on, and the one the agent draws on when the asker's page is unknown. */
export const DEFAULT_PAGE_ID = 'page:page' as TLPageId

export function seedRecords(): TLRecord[] {
  return [
    DocumentRecordType.create({ id: DocumentRecordType.createId('document') }),
    PageRecordType.create({ id: DEFAULT_PAGE_ID, name: 'Page 1', index: 'a1' as IndexKey }),
  ]
}

/** Adds the starting records a board lacks, and the schema version, in one transaction. */
export function seedBoard(doc: Y.Doc): void {
  const records = getRecords(doc)
  const missing = seedRecords().filter((record) => {
    if (record.typeName === 'page') return ![...records.map.values()].some((entry) => entry.val.typeName === 'page')
    return !records.has(record.id)
  })
  const meta = getMeta(doc)
  if (missing.length === 0 && meta.has('schema')) return
  doc.transact(() => {
    writeRecords(records, missing)
    meta.set('schema', tldrawSchema.serialize())
  }, origins.seed)
}
