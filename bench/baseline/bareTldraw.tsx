/**
 * The benchmark's baseline for opening a big board: tldraw alone, loading the same records from a
 * local snapshot file (`snapshot.json` beside the page) into one store, with no room, no Yjs and
 * none of our UI. What this page costs is what tldraw itself costs (docs/performance.md).
 */
import 'tldraw/tldraw.css'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { createRoot } from 'react-dom/client'
import { createTLSchema, createTLStore, Tldraw, type TLRecord } from 'tldraw'

const assetUrls = getAssetUrlsByImport()

async function main(): Promise<void> {
  const response = await fetch('./snapshot.json')
  const { records } = (await response.json()) as { records: TLRecord[] }
  const store = createTLStore({
    snapshot: { store: Object.fromEntries(records.map((record) => [record.id, record])), schema: createTLSchema().serialize() },
  })
  const root = document.getElementById('root')
  if (!root) throw new Error('bareTldraw.html has no #root element')
  createRoot(root).render(<Tldraw store={store} assetUrls={assetUrls} />)
}

void main()
