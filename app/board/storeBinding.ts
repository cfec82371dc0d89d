/**
 * Mirrors a tldraw store into the room's Y.Doc and back: the one path by which people edit the
 * board. Only document-scope records travel (tldraw's session state such as camera and selection
 * stays on the device); changes from the doc enter the store through `mergeRemoteChanges`, so they
 * are not mirrored back and do not land on this device's undo stack.
 */
import type { TLRecord, TLStore } from 'tldraw'
import type * as Y from 'yjs'
import { getRecords, writeRecords } from '../../shared/doc'
import { checkRecord } from '../../shared/tldrawRecords'

/** Origin of this device's writes to the doc, so the doc → store direction can skip them. */
export const LOCAL_ORIGIN = 'device:store'

type RecordChange =
  | { action: 'add'; newValue: unknown }
  | { action: 'update'; oldValue: unknown; newValue: unknown }
  | { action: 'delete'; oldValue: unknown }

export interface StoreBindingOptions {
  /** Hears about records from the doc that fail tldraw's schema and were skipped. */
  onInvalidRecord?(error: string): void
  /** A view-only link: the doc flows into the store, nothing flows back (the room would refuse it). */
  readOnly?: boolean
}

/** What to put into and remove from a store so it matches the doc's changes. Pure. */
export function planStoreChanges(
  changes: Iterable<[string, RecordChange]>,
  onInvalid: (error: string) => void = () => {},
): { put: TLRecord[]; remove: TLRecord['id'][] } {
  const put: TLRecord[] = []
  const remove: TLRecord['id'][] = []
  for (const [key, change] of changes) {
    if (change.action === 'delete') {
      remove.push(key as TLRecord['id'])
      continue
    }
    const check = checkRecord(key, change.newValue)
    if (check.ok) put.push(check.record)
    else onInvalid(check.error)
  }
  return { put, remove }
}

/**
 * Loads the doc's records into the store (replacing its document records) and keeps both in step
 * until the returned function is called.
 */
export function bindStoreToDoc(store: TLStore, doc: Y.Doc, options: StoreBindingOptions = {}): () => void {
  const records = getRecords(doc)
  const onInvalid = options.onInvalidRecord ?? ((error: string) => console.warn(`skipped a record: ${error}`))

  const initial = planStoreChanges(
    Array.from(records.map, ([key, entry]) => [key, { action: 'add', newValue: entry.val }] as [string, RecordChange]),
    onInvalid,
  )
  const stale = store
    .allRecords()
    .filter((record) => store.scopedTypes.document.has(record.typeName) && !records.has(record.id))
    .map((record) => record.id)
  applyToStore(store, { put: initial.put, remove: stale })

  const stopListening = options.readOnly
    ? () => {}
    : store.listen(
        ({ changes }) => {
          const put = [...Object.values(changes.added), ...Object.values(changes.updated).map(([, record]) => record)]
          doc.transact(() => writeRecords(records, put, Object.keys(changes.removed)), LOCAL_ORIGIN)
        },
        { source: 'user', scope: 'document' },
      )

  const onDocChange = (changes: Map<string, RecordChange>, transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_ORIGIN) return
    applyToStore(store, planStoreChanges(changes, onInvalid))
  }
  records.on('change', onDocChange)

  return () => {
    stopListening()
    records.off('change', onDocChange)
  }
}

function applyToStore(store: TLStore, { put, remove }: { put: TLRecord[]; remove: TLRecord['id'][] }): void {
  if (put.length === 0 && remove.length === 0) return
  store.mergeRemoteChanges(() => {
    const present = remove.filter((id) => store.has(id))
    if (present.length > 0) store.remove(present)
    if (put.length > 0) store.put(put)
  })
}
