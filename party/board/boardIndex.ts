/**
 * What the board's rules need to know about the whole board without walking it on every write:
 * each shape's children, each record's text size and the board's total, and how many pages there
 * are. Kept current by the records' change events, so a check costs what the write touches, not
 * what the board holds (10,000 shapes). Turns read its pages too.
 */
import type { TLRecord } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { getRecords, type RecordsKV } from '../../shared/doc'
import { recordTextChars } from '../../shared/recordRules'

type Change = { action: 'add'; newValue: TLRecord } | { action: 'update'; oldValue: TLRecord; newValue: TLRecord } | { action: 'delete'; oldValue: TLRecord }

export class BoardIndex {
  private readonly children = new Map<string, Set<string>>()
  private readonly textChars = new Map<string, number>()
  private total = 0
  private readonly pages = new Set<string>()

  constructor(private readonly records: RecordsKV) {
    for (const { val } of records.map.values()) this.add(val)
    records.on('change', (changes: Map<string, Change>) => {
      for (const change of changes.values()) {
        if (change.action !== 'add') this.remove(change.oldValue)
        if (change.action !== 'delete') this.add(change.newValue)
      }
    })
  }

  /** Ids of the shapes directly inside `parentId` (a page or a shape). */
  childIds(parentId: string): ReadonlySet<string> {
    return this.children.get(parentId) ?? EMPTY
  }

  /** Characters of text the record `id` holds (see recordTextChars). */
  textOf(id: string): number {
    return this.textChars.get(id) ?? 0
  }

  get totalText(): number {
    return this.total
  }

  get pageCount(): number {
    return this.pages.size
  }

  /** The board's page ids, in no particular order. */
  pageIds(): ReadonlySet<string> {
    return this.pages
  }

  get recordCount(): number {
    return this.records.map.size
  }

  get(id: string): TLRecord | undefined {
    return this.records.get(id)
  }

  private add(record: TLRecord): void {
    if (record.typeName === 'page') this.pages.add(record.id)
    if (record.typeName === 'shape') {
      let set = this.children.get(record.parentId)
      if (!set) this.children.set(record.parentId, (set = new Set()))
      set.add(record.id)
    }
    const chars = recordTextChars(record)
    if (chars > 0) this.textChars.set(record.id, chars)
    this.total += chars
  }

  private remove(record: TLRecord): void {
    if (record.typeName === 'page') this.pages.delete(record.id)
    if (record.typeName === 'shape') {
      const set = this.children.get(record.parentId)
      set?.delete(record.id)
      if (set?.size === 0) this.children.delete(record.parentId)
    }
    this.total -= this.textChars.get(record.id) ?? 0
    this.textChars.delete(record.id)
  }
}

const EMPTY: ReadonlySet<string> = new Set()
const indexes = new WeakMap<Y.Doc, BoardIndex>()

/** The board's index; one per doc, created on first use. */
export function getBoardIndex(doc: Y.Doc): BoardIndex {
  let index = indexes.get(doc)
  if (!index) indexes.set(doc, (index = new BoardIndex(getRecords(doc))))
  return index
}
