/**
 * A board: a header (name, who is here, connection, Boards, Share), the tldraw canvas bound to the
 * room, and the room's chat with the agent: beside the canvas on wide screens, a drawer on a phone.
 * Through a view-only link the canvas is read-only and the chat has no prompt box (docs/permissions.md).
 */
import 'tldraw/tldraw.css'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback, useEffect, useLayoutEffect, useState } from 'react'
import { Tldraw, type Editor, type TLComponents, type TldrawOptions } from 'tldraw'
import type { BoardRoute } from '../../shared/boardRoute'
import { CAMERA_MOVING_TIMEOUT_MS, PHONE_MAX_WIDTH_PX } from '../../shared/limits'
import type { RoomNotice } from '../../shared/roomNotice'
import { BoardNameField } from '../boards/BoardNameField'
import { BoardsButton } from '../boards/BoardsButton'
import { useBoardMemory } from '../boards/useBoardMemory'
import { ChatPanel } from '../chat/ChatPanel'
import { BoardMainMenu } from '../files/BoardMainMenu'
import { boardFileOverrides } from '../files/boardFileActions'
import { FileShortcuts } from '../files/FileShortcuts'
import { FullPageMessage } from '../FullPageMessage'
import { ShareButton } from '../share/ShareButton'
import { useDarkMode } from '../theme/useDarkMode'
import { useMediaQuery } from '../theme/useMediaQuery'
import { ensureDisplayName } from '../user/localUser'
import { ConnectionBadge } from './ConnectionBadge'
import { NameField } from './NameField'
import { PeopleList } from './PeopleList'
import { PresenceToasts } from './PresenceToasts'
import type { RoomConnection } from './roomConnection'
import { usePeople } from './usePeople'
import { useRejoinCamera } from './useRejoinCamera'
import { useRoomConnection } from './useRoomConnection'
import { useYjsStore } from './useYjsStore'

// Served from our own build: tldraw's CDN is unreachable offline and icons would come out blank.
const assetUrls = getAssetUrlsByImport()
const licenseKey: string | undefined = import.meta.env.VITE_TLDRAW_LICENSE_KEY || undefined
const components: TLComponents = { MainMenu: BoardMainMenu }
const options: Partial<TldrawOptions> = { cameraMovingTimeoutMs: CAMERA_MOVING_TIMEOUT_MS }

export default function BoardPage({ route }: { route: BoardRoute }) {
  const [notices, setNotices] = useState<RoomNotice[]>([])
  const onNotice = useCallback((notice: RoomNotice) => setNotices((list) => [...list.slice(-2), notice]), [])
  const connection = useRoomConnection(route, onNotice)
  // Null on a view-only link: nothing there may write to the room or reveal its id.
  const roomId = route.kind === 'board' ? route.roomId : null
  const [editor, setEditor] = useState<Editor | null>(null)
  const phone = useMediaQuery(`(max-width: ${PHONE_MAX_WIDTH_PX}px)`)
  // The chat starts open beside the canvas, closed as a drawer on a phone.
  const [chatOpen, setChatOpen] = useState<boolean | null>(null)
  const chatIsOpen = chatOpen ?? !phone
  useDarkMode()
  useEffect(ensureDisplayName, [])
  useRejoinCamera(editor, route.kind === 'board' ? route.roomId : `view-${route.token}`)
  useBoardMemory(editor, roomId)
  if (!connection) return <FullPageMessage title="Opening the board…" />
  return (
    <div className="flex h-full flex-row bg-slate-100 dark:bg-slate-950">
      <BoardCanvas connection={connection} roomId={roomId} editor={editor} onEditor={setEditor} phone={phone} chatOpen={chatIsOpen} onChatOpenChange={setChatOpen} />
      <ChatPanel roomId={roomId} doc={connection.doc} editor={editor} layout={phone ? 'drawer' : 'side'} open={chatIsOpen} onOpenChange={setChatOpen} />
      {notices.length > 0 && (
        <div role="alert" data-chrome className="fixed bottom-4 left-4 z-[1000] max-w-sm rounded-md bg-rose-700 px-3 py-2 text-sm text-white shadow-lg">
          {notices.at(-1)?.reason}
          <button type="button" className="ml-3 underline" onClick={() => setNotices([])}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  )
}

interface BoardCanvasProps {
  connection: RoomConnection
  /** Null on a view-only link: the canvas is read-only and nothing is shared from it. */
  roomId: string | null
  editor: Editor | null
  onEditor: (editor: Editor) => void
  phone: boolean
  chatOpen: boolean
  onChatOpenChange: (open: boolean) => void
}

function BoardCanvas({ connection, roomId, editor, onEditor, phone, chatOpen, onChatOpenChange }: BoardCanvasProps) {
  const store = useYjsStore(connection)
  const bound = store.status === 'synced-remote'
  // tldraw mounts and starts while the doc syncs, hidden and read-only; the rest of the page gets
  // the editor once the room's records are in its store (docs/performance.md "Open").
  const [mounted, setMounted] = useState<Editor | null>(null)
  const mount = (editor: Editor) => {
    editor.updateInstanceState({ isReadonly: true })
    setMounted(editor)
  }
  // Before the canvas is shown (a layout effect), so nobody meets a visible canvas that refuses input.
  useLayoutEffect(() => {
    if (!mounted || !bound) return
    mounted.updateInstanceState({ isReadonly: roomId === null })
    onEditor(mounted)
  }, [mounted, bound, roomId, onEditor])
  const people = usePeople(connection.provider.awareness)
  return (
    <section className="relative flex min-h-0 min-w-0 flex-1 flex-col" aria-label="Board">
      <header data-chrome className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-2 text-slate-900 sm:gap-3 sm:px-3 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
        <a href="/" className="shrink-0 font-semibold text-indigo-700 dark:text-indigo-300" title="Start a new board" aria-label="Sketchroom: start a new board">
          <span aria-hidden className="sm:hidden">
            ✎
          </span>
          <span className="hidden sm:inline">Sketchroom</span>
        </a>
        <BoardNameField editor={editor} />
        <span className="flex-1" />
        {!phone && <PeopleList people={people} />}
        {!phone && <NameField />}
        <ConnectionBadge connection={connection} />
        <BoardsButton roomId={roomId} />
        {roomId === null ? (
          <span
            className="shrink-0 rounded bg-slate-200 px-2 py-1 text-xs font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100"
            data-testid="view-only-badge"
            title="You can watch this board but not change it"
          >
            View only
          </span>
        ) : (
          <ShareButton roomId={roomId} />
        )}
        {phone && (
          <button
            type="button"
            onClick={() => onChatOpenChange(!chatOpen)}
            aria-expanded={chatOpen}
            aria-controls="chat-panel"
            data-testid="chat-toggle"
            className="shrink-0 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm font-medium text-slate-800 dark:border-slate-600 dark:text-slate-100"
          >
            Chat
          </button>
        )}
      </header>
      <div className="relative min-h-0 flex-1" data-testid="canvas">
        {!bound && <p className="absolute p-6 text-slate-700 dark:text-slate-200">Loading the board…</p>}
        <div className={bound ? 'h-full' : 'invisible h-full'}>
          <Tldraw store={store} assetUrls={assetUrls} licenseKey={licenseKey} onMount={mount} colorScheme="system" components={components} options={options} overrides={boardFileOverrides}>
            {bound && <FileShortcuts />}
          </Tldraw>
        </div>
      </div>
      <PresenceToasts people={people} ready={bound} />
    </section>
  )
}
