/**
 * Yjs encodes every transaction as an update message whenever anything listens for the doc's
 * `update` event, before it knows whether a listener wants it. The provider listens only to send
 * this device's edits to the room and drops the updates that came from the room itself, so on
 * opening a board Yjs re-encoded the whole board it had just decoded: ~40% of applying the first
 * sync of a 10,000-shape board (docs/performance.md "Open").
 */
import type * as Y from 'yjs'

/**
 * Keeps `handler` (the provider's `update` listener) off the doc while a transaction from
 * `origin` (the provider: the room's updates) finishes, so Yjs does not encode it, and on for every
 * other transaction. Yjs checks for `update` listeners right after `afterTransactionCleanup`, so
 * that is where the handler is put on or taken off. Returns a function that stops and leaves the
 * handler on the doc.
 */
export function skipEncodingUpdatesFrom(doc: Y.Doc, origin: unknown, handler: (update: Uint8Array, origin: unknown) => void): () => void {
  let attached = true
  const onCleanup = (transaction: Y.Transaction) => {
    const wanted = transaction.origin !== origin
    if (wanted === attached) return
    if (wanted) doc.on('update', handler)
    else doc.off('update', handler)
    attached = wanted
  }
  doc.on('afterTransactionCleanup', onCleanup)
  return () => {
    doc.off('afterTransactionCleanup', onCleanup)
    if (!attached) doc.on('update', handler)
    attached = true
  }
}
