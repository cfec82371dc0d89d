/**
 * The room's chat with the agent: everyone's prompts and the agent's answers as they stream, its
 * tool calls, which model answers (marked offline for the embedded one), stop and "Undo AI turn".
 * Beside the canvas on wide screens; a drawer over it on a phone (docs/ux.md "Phone", "Chat").
 */
import { useEffect, useRef, useState } from 'react'
import { getUserPreferences, useValue, type Editor } from 'tldraw'
import type * as Y from 'yjs'
import { visibleViewport } from '../board/visibleViewport'
import { askAgent, stopAgent, undoAgentTurn } from './agentRequests'
import { ChatComposer } from './ChatComposer'
import { ChatMessageView } from './ChatMessageView'
import { SuggestedPrompts } from './SuggestedPrompts'
import { useChat, useModelInfo } from './useChat'

export type ChatLayout = 'side' | 'drawer'

export interface ChatPanelProps {
  /** Null on a view-only link: the chat is shown live, with no prompt box, stop or undo. */
  roomId: string | null
  doc: Y.Doc
  editor: Editor | null
  layout: ChatLayout
  open: boolean
  onOpenChange: (open: boolean) => void
}

export function ChatPanel({ roomId, doc, editor, layout, open, onOpenChange }: ChatPanelProps) {
  const messages = useChat(doc)
  const model = useModelInfo(doc)
  const name = useValue('name', () => getUserPreferences().name ?? '', [])
  const emptyBoard = useValue('empty board', () => (editor ? editor.getCurrentPageShapeIds().size === 0 : false), [editor])
  const [prompt, setPrompt] = useState('')
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null)
  const [sending, setSending] = useState(false)
  const list = useRef<HTMLOListElement>(null)
  const busy = messages.some((message) => message.status === 'streaming')

  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight })
  }, [messages, open])

  const send = async (text: string) => {
    // Until the canvas is up there is no viewport to draw into; the send button waits for it too.
    if (!text || sending || !editor || roomId === null) return
    setSending(true)
    setNotice(null)
    const started = askAgent(roomId, {
      prompt: text,
      author: name || undefined,
      viewport: visibleViewport(editor),
      selectedIds: editor.getSelectedShapeIds(),
      pageId: editor.getCurrentPageId(),
    }, model?.vision ? editor : null)
    setPrompt('')
    const result = await started
    setSending(false)
    if (!result.ok) {
      setPrompt(text) // keep what they typed so nothing is lost
      setNotice({ text: result.error, error: true })
    }
  }

  const act = async (action: 'stop' | 'undo') => {
    if (roomId === null) return
    const result = action === 'stop' ? await stopAgent(roomId) : await undoAgentTurn(roomId)
    if (!result.ok) setNotice({ text: result.error, error: true })
    else if (action === 'undo') setNotice({ text: 'Undid the last AI turn.', error: false })
  }

  if (!open && layout === 'drawer') return null
  const frame =
    layout === 'drawer'
      ? 'fixed inset-x-0 bottom-0 z-[400] h-[70%] rounded-t-xl border-t shadow-2xl'
      : `h-full border-l ${open ? 'w-96' : 'w-11'}`
  return (
    <aside
      id="chat-panel"
      className={`flex min-h-0 shrink-0 flex-col border-slate-200 bg-slate-50 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 ${frame}`}
      aria-label="Chat with the AI"
      data-testid="chat-panel"
      data-layout={layout}
      data-chrome
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        if (busy && roomId !== null) void act('stop')
        else if (layout === 'drawer') onOpenChange(false)
        else return
        event.preventDefault()
      }}
    >
      <header className="flex h-11 shrink-0 items-center gap-2 border-b border-slate-200 px-2 dark:border-slate-700">
        <button
          type="button"
          className="rounded px-2 py-1 text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-700"
          onClick={() => onOpenChange(!open)}
          aria-label={open ? 'Hide chat' : 'Show chat'}
          aria-expanded={open}
          aria-controls="chat-panel"
          data-testid="chat-collapse"
        >
          <span aria-hidden>{layout === 'drawer' ? '⌄' : open ? '⟩' : '⟨'}</span>
        </button>
        {open && (
          <>
            <h2 className="text-sm font-semibold">AI chat</h2>
            {model && (
              <span className="truncate text-xs text-slate-600 dark:text-slate-300" data-testid="model-name" title={`${model.provider} · ${model.id}`}>
                {model.id}
              </span>
            )}
            {model?.offline && (
              <span
                className="rounded bg-amber-100 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-amber-900 dark:bg-amber-900 dark:text-amber-100"
                data-testid="offline-badge"
                title="The embedded sketch model runs in the room with no network and no API key"
              >
                offline
              </span>
            )}
            <span className="flex-1" />
            {roomId !== null && (
              <button
                type="button"
                onClick={() => void act('undo')}
                disabled={busy}
                className="shrink-0 rounded border border-slate-400 px-2 py-0.5 text-xs text-slate-800 hover:bg-white disabled:opacity-40 dark:border-slate-500 dark:text-slate-100 dark:hover:bg-slate-800"
              >
                Undo AI turn
              </button>
            )}
          </>
        )}
      </header>
      {open && (
        <>
          <ol ref={list} className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto p-3" data-testid="chat-messages" aria-label="Messages">
            {messages.length === 0 && emptyBoard && roomId !== null && <SuggestedPrompts disabled={!editor || sending} onPick={(text) => void send(text)} />}
            {messages.length === 0 && (!emptyBoard || roomId === null) && (
              <li className="text-sm text-slate-700 dark:text-slate-200">{roomId === null ? 'The AI\u2019s answers appear here as they are written.' : 'Ask the AI to draw, or to change what is on the board.'}</li>
            )}
            {messages.map((message) => (
              <ChatMessageView key={message.id} message={message} />
            ))}
          </ol>
          {notice && (
            <p className={`px-3 pb-1 text-xs ${notice.error ? 'text-rose-700 dark:text-rose-400' : 'text-emerald-700 dark:text-emerald-400'}`} role="status" data-testid="chat-notice">
              {notice.text}
            </p>
          )}
          {roomId !== null && (
            <ChatComposer
              prompt={prompt}
              onPromptChange={setPrompt}
              onSend={() => void send(prompt.trim())}
              onStop={() => void act('stop')}
              busy={busy}
              canSend={!sending && !!editor && !!prompt.trim()}
              ready={!!editor}
            />
          )}
        </>
      )}
    </aside>
  )
}
