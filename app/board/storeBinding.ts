/**
 * Mirrors a tldraw store into the room's Y.Doc and back: the one path by which people edit the
 * board. Only document-scope records travel (tldraw's session state such as camera and selection
 * stays on the device); changes from the doc enter the store through `mergeRemoteChanges`, so they
 * are not mirrored back and do not land on this device's undo stack.
 *
 * A big board loads in steps (docs/performance.md "Open"): the shapes nearest the view first, so
 * the board paints and answers at once, and the rest in chunks between frames.
 */
import type { TLRecord, TLStore } from 'tldraw'
import type * as Y from 'yjs'
import { getRecords, writeRecords, type RecordsKV } from '../../shared/doc'
import { FIRST_PAINT_SHAPES } from '../../shared/limits'
import { checkRecord, checkRecordKind } from '../../shared/tldrawRecords'
import { DeferredLoad } from './deferredLoad'
import { loadOrder, type ViewFocus } from './loadOrder'

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
  /** Where the person will look first; a big board loads nearest it first. Default: the first page's origin. */
  focus?: ViewFocus
  /** Runs `task` once the next frame has painted; returns a cancel. Default: after the next paint, once the page is idle (deferredLoad.ts). */
  afterPaint?(task: () => void): () => void
  /** Called once every record of the doc is in the store. */
  onLoaded?(): void
}

/** A planned change to the store: records to put (of the right kind, not yet validated) and ids to remove. */
export interface StorePlan {
  put: TLRecord[]
  remove: TLRecord['id'][]
}

/** What to put into and remove from a store so it matches the doc's changes. Pure. */
export function planStoreChanges(changes: Iterable<[string, RecordChange]>, onInvalid: (error: string) => void = () => {}): StorePlan {
  const put: TLRecord[] = []
  const remove: TLRecord['id'][] = []
  for (const [key, change] of changes) {
    if (change.action === 'delete') {
      remove.push(key as TLRecord['id'])
      continue
    }
    // tldraw's store validates every record it is put; checking fields here too would do it twice.
    const check = checkRecordKind(key, change.newValue)
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
  const apply = (plan: StorePlan) => applyToStore(store, plan, onInvalid)

  const initial = planStoreChanges(
    Array.from(records.map, ([key, entry]) => [key, { action: 'add', newValue: entry.val }] as [string, RecordChange]),
    onInvalid,
  )
  const stale = store
    .allRecords()
    .filter((record) => store.scopedTypes.document.has(record.typeName) && !records.has(record.id))
    .map((record) => record.id)
  const order = loadOrder(initial.put, options.focus ?? { pageId: null, x: 0, y: 0 })
  const later = order.shapes.length > FIRST_PAINT_SHAPES ? [...order.shapes.slice(FIRST_PAINT_SHAPES), ...order.bindings] : []
  const first = later.length > 0 ? [...order.head, ...order.shapes.slice(0, FIRST_PAINT_SHAPES)] : [...order.head, ...order.shapes, ...order.bindings]
  apply({ put: first, remove: stale })

  const deferred = new DeferredLoad({
    ids: later.map((record) => record.id),
    loaded: first.length,
    store,
    read: (id) => currentRecord(records, id, onInvalid),
    apply: (put) => apply({ put, remove: [] }),
    ...(options.afterPaint ? { afterPaint: options.afterPaint } : {}),
    ...(options.onLoaded ? { onLoaded: options.onLoaded } : {}),
  })

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
    const plan = planStoreChanges(changes, onInvalid)
    // While the board loads, a record still waiting (or waiting on one) is read from the doc in its turn.
    apply({ put: plan.put.filter((record) => !deferred.claims(record)), remove: plan.remove })
  }
  records.on('change', onDocChange)

  return () => {
    deferred.cancel()
    stopListening()
    records.off('change', onDocChange)
  }
}

/** The doc's current version of record `id`, if it is still there and of the right kind. */
function currentRecord(records: RecordsKV, id: string, onInvalid: (error: string) => void): TLRecord | null {
  const entry = records.map.get(id)
  if (!entry) return null
  const check = checkRecordKind(id, entry.val)
  if (check.ok) return check.record
  onInvalid(check.error)
  return null
}

/**
 * Puts and removes records as remote changes. tldraw validates what it is put and refuses the
 * whole batch on the first bad record; only then is each checked, so the valid ones still land.
 */
function applyToStore(store: TLStore, { put, remove }: StorePlan, onInvalid: (error: string) => void): void {
  if (put.length === 0 && remove.length === 0) return
  const merge = (records: TLRecord[]) =>
    store.mergeRemoteChanges(() => {
      const present = remove.filter((id) => store.has(id))
      if (present.length > 0) store.remove(present)
      if (records.length > 0) store.put(records)
    })
  try {
    merge(put)
  } catch {
    const valid: TLRecord[] = []
    for (const record of put) {
      const check = checkRecord(record.id, record)
      if (check.ok) valid.push(check.record)
      else onInvalid(check.error)
    }
    merge(valid)
  }
}
