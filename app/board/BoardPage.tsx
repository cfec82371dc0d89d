/**
 * A board: the tldraw canvas bound to the room, a bar with who is here, your name, the connection
 * status and the share buttons, and the room's chat with the agent beside it. Through a view-only
 * link the canvas is read-only and the chat has no prompt box (docs/permissions.md).
 */
import 'tldraw/tldraw.css'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback, useEffect, useState } from 'react'
import { Tldraw, type Editor } from 'tldraw'
import type { BoardRoute } from '../../shared/boardRoute'
import type { RoomNotice } from '../../shared/roomNotice'
import { ChatPanel } from '../chat/ChatPanel'
import { FullPageMessage } from '../FullPageMessage'
import { ensureDisplayName } from '../user/localUser'
import { ConnectionBadge } from './ConnectionBadge'
import { NameField } from './NameField'
import { PeopleList } from './PeopleList'
import type { RoomConnection } from './roomConnection'
import { ShareButton } from './ShareButton'
import { usePeople } from './usePeople'
import { useRoomConnection } from './useRoomConnection'
import { useYjsStore } from './useYjsStore'
import { ViewLinkButton } from './ViewLinkButton'

// Served from our own build: tldraw's CDN is unreachable offline and icons would come out blank.
const assetUrls = getAssetUrlsByImport()
const licenseKey: string | undefined = import.meta.env.VITE_TLDRAW_LICENSE_KEY || undefined

export default function BoardPage({ route }: { route: BoardRoute }) {
  const [notices, setNotices] = useState<RoomNotice[]>([])
  const onNotice = useCallback((notice: RoomNotice) => setNotices((list) => [...list.slice(-2), notice]), [])
  const connection = useRoomConnection(route, onNotice)
  const roomId = route.kind === 'board' ? route.roomId : null
  const [editor, setEditor] = useState<Editor | null>(null)
  useEffect(ensureDisplayName, [])
  if (!connection) return <FullPageMessage title="Opening the board…" />
  return (
    <div className="flex h-full flex-col bg-slate-100 md:flex-row">
      <BoardCanvas connection={connection} roomId={roomId} onEditor={setEditor} />
      <ChatPanel roomId={roomId} doc={connection.doc} editor={editor} />
      {notices.length > 0 && (
        <div role="alert" className="fixed bottom-4 left-4 z-[1000] max-w-sm rounded-md bg-rose-600 px-3 py-2 text-sm text-white shadow-lg">
          {notices.at(-1)?.reason}
          <button type="button" className="ml-3 underline" onClick={() => setNotices([])}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  )
}

/** `roomId` is null on a view-only link: the canvas is read-only and nothing is shared from it. */
function BoardCanvas({ connection, roomId, onEditor }: { connection: RoomConnection; roomId: string | null; onEditor: (editor: Editor) => void }) {
  const store = useYjsStore(connection)
  const mount = (editor: Editor) => {
    if (roomId === null) editor.updateInstanceState({ isReadonly: true })
    onEditor(editor)
  }
  const people = usePeople(connection.provider.awareness)
  return (
    <section className="relative flex min-h-0 min-w-0 flex-1 flex-col">
      <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-3">
        <a href="/" className="font-semibold text-indigo-700" title="Start a new board">
          Sketchroom
        </a>
        <span className="flex-1" />
        <PeopleList people={people} />
        <NameField />
        <ConnectionBadge connection={connection} />
        {roomId === null ? (
          <span className="rounded bg-slate-200 px-2 py-1 text-xs font-semibold text-slate-700" data-testid="view-only-badge" title="You can watch this board but not change it">
            View only
          </span>
        ) : (
          <>
            <ViewLinkButton roomId={roomId} />
            <ShareButton />
          </>
        )}
      </header>
      <div className="relative min-h-0 flex-1" data-testid="canvas">
        {store.status === 'loading' ? (
          <p className="p-6 text-slate-500">Loading the board…</p>
        ) : (
          <Tldraw store={store} assetUrls={assetUrls} licenseKey={licenseKey} onMount={mount} />
        )}
      </div>
    </section>
  )
}
