/**
 * The room's chat with the agent: everyone's prompts and the agent's answers as they stream, its
 * tool calls, which model answers (marked offline for the embedded one), stop and "Undo AI turn".
 */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { getUserPreferences, useValue, type Editor } from 'tldraw'
import type * as Y from 'yjs'
import { MAX_PROMPT_CHARS } from '../../shared/limits'
import { askAgent, stopAgent, undoAgentTurn } from './agentRequests'
import { ChatMessageView } from './ChatMessageView'
import { useChat, useModelInfo } from './useChat'

/** `roomId` is null on a view-only link: the chat is shown live, with no prompt box, stop or undo. */
export function ChatPanel({ roomId, doc, editor }: { roomId: string | null; doc: Y.Doc; editor: Editor | null }) {
  const messages = useChat(doc)
  const model = useModelInfo(doc)
  const name = useValue('name', () => getUserPreferences().name ?? '', [])
  const [prompt, setPrompt] = useState('')
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null)
  const [sending, setSending] = useState(false)
  const [open, setOpen] = useState(true)
  const list = useRef<HTMLOListElement>(null)
  const busy = messages.some((message) => message.status === 'streaming')

  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight })
  }, [messages])

  const send = async (event: FormEvent) => {
    event.preventDefault()
    const text = prompt.trim()
    // Until the canvas is up there is no viewport to draw into; the send button waits for it too.
    if (!text || sending || !editor || roomId === null) return
    setSending(true)
    setNotice(null)
    const bounds = editor.getViewportPageBounds()
    const started = askAgent(roomId, {
      prompt: text,
      author: name || undefined,
      viewport: { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h },
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

  return (
    <aside
      className={`flex min-h-0 flex-col border-slate-200 bg-slate-50 md:h-full md:border-l ${open ? 'h-[45%] w-full border-t md:w-96' : 'h-10 w-full md:w-10'}`}
      aria-label="Chat with the AI"
      data-testid="chat-panel"
    >
      <header className="flex h-10 shrink-0 items-center gap-2 border-b border-slate-200 px-3">
        <button type="button" className="text-slate-500" onClick={() => setOpen(!open)} aria-label={open ? 'Hide chat' : 'Show chat'}>
          {open ? '⟩' : '⟨'}
        </button>
        {open && (
          <>
            <h2 className="text-sm font-semibold text-slate-700">AI chat</h2>
            {model && (
              <span className="truncate text-xs text-slate-500" data-testid="model-name" title={`${model.provider} · ${model.id}`}>
                {model.id}
              </span>
            )}
            {model?.offline && (
              <span className="rounded bg-amber-100 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-amber-800" data-testid="offline-badge" title="The embedded sketch model runs in the room with no network and no API key">
                offline
              </span>
            )}
            <span className="flex-1" />
            {roomId !== null && (
              <button
                type="button"
                onClick={() => void act('undo')}
                disabled={busy}
                className="rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-white disabled:opacity-40"
              >
                Undo AI turn
              </button>
            )}
          </>
        )}
      </header>
      {open && (
        <>
          <ol ref={list} className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto p-3" data-testid="chat-messages">
            {messages.length === 0 && (
              <li className="text-sm text-slate-500">Ask the AI to draw: “a flowchart: Idea -&gt; Prototype -&gt; Launch”, “three red circles in a row”, “a house with a tree”.</li>
            )}
            {messages.map((message) => (
              <ChatMessageView key={message.id} message={message} />
            ))}
          </ol>
          {notice && (
            <p className={`px-3 pb-1 text-xs ${notice.error ? 'text-rose-600' : 'text-emerald-700'}`} role="status" data-testid="chat-notice">
              {notice.text}
            </p>
          )}
          {roomId !== null && (
            <form onSubmit={send} className="flex shrink-0 gap-2 border-t border-slate-200 p-2">
              <textarea
                value={prompt}
                onChange={(event) => setPrompt(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.shiftKey) void send(event)
                }}
                maxLength={MAX_PROMPT_CHARS}
                rows={2}
                placeholder={editor ? 'Ask the AI to draw…' : 'Loading the board…'}
                aria-label="Message the AI"
                data-testid="chat-input"
                className="min-w-0 flex-1 resize-none rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:border-indigo-400 focus:outline-none"
              />
              {busy ? (
                <button type="button" onClick={() => void act('stop')} className="rounded-md bg-rose-600 px-3 text-sm font-medium text-white" data-testid="chat-stop">
                  Stop
                </button>
              ) : (
                <button type="submit" disabled={sending || !editor || !prompt.trim()} className="rounded-md bg-indigo-600 px-3 text-sm font-medium text-white disabled:opacity-40" data-testid="chat-send">
                  Send
                </button>
              )}
            </form>
          )}
        </>
      )}
    </aside>
  )
}
