import { MAX_PROMPT_CHARS } from '../../shared/limits'

/** The prompt box: Enter sends, Shift+Enter breaks the line; Send becomes Stop while a turn runs (Esc stops it too, see ChatPanel). */
export function ChatComposer({
  prompt,
  onPromptChange,
  onSend,
  onStop,
  busy,
  canSend,
  ready,
}: {
  prompt: string
  onPromptChange: (prompt: string) => void
  onSend: () => void
  onStop: () => void
  busy: boolean
  canSend: boolean
  ready: boolean
}) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        onSend()
      }}
      className="flex shrink-0 gap-2 border-t border-slate-200 p-2 dark:border-slate-700"
    >
      <textarea
        value={prompt}
        onChange={(event) => onPromptChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault()
            onSend()
          }
        }}
        maxLength={MAX_PROMPT_CHARS}
        rows={2}
        placeholder={ready ? 'Ask the AI to draw… (Enter sends, Shift+Enter new line)' : 'Loading the board…'}
        aria-label="Message the AI"
        aria-keyshortcuts="Enter Shift+Enter Escape"
        data-testid="chat-input"
        className="min-w-0 flex-1 resize-none rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-600 focus:border-indigo-500 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-300"
      />
      {busy ? (
        <button type="button" onClick={onStop} className="rounded-md bg-rose-700 px-3 text-sm font-medium text-white hover:bg-rose-600" data-testid="chat-stop" title="Stop the AI (Esc)">
          Stop
        </button>
      ) : (
        <button type="submit" disabled={!canSend} className="rounded-md bg-indigo-600 px-3 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-40" data-testid="chat-send">
          Send
        </button>
      )}
    </form>
  )
}
