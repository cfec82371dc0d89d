import type { ChatMessage, TokenUsage, ToolCallEntry } from '../../shared/chat'
import { ChatMarkdown } from './ChatMarkdown'

/** "1,234 tokens (1,000 in · 234 out)": what a turn cost, as the model server reported it. */
export function formatUsage(usage: TokenUsage): string {
  const total = usage.totalTokens ?? (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0)
  const parts = [usage.inputTokens !== undefined ? `${usage.inputTokens.toLocaleString('en')} in` : '', usage.outputTokens !== undefined ? `${usage.outputTokens.toLocaleString('en')} out` : ''].filter(Boolean)
  return `${total.toLocaleString('en')} tokens${parts.length > 0 ? ` (${parts.join(' · ')})` : ''}`
}

const STATUS_ICON: Record<ToolCallEntry['status'], { icon: string; label: string; color: string }> = {
  running: { icon: '◌', label: 'running', color: 'text-indigo-700 animate-pulse dark:text-indigo-300' },
  done: { icon: '✓', label: 'done', color: 'text-emerald-700 dark:text-emerald-400' },
  error: { icon: '✕', label: 'failed', color: 'text-rose-700 dark:text-rose-400' },
}

function ToolCallView({ call }: { call: ToolCallEntry }) {
  const status = STATUS_ICON[call.status]
  return (
    <li className="text-xs text-slate-700 dark:text-slate-300" data-testid="tool-call" data-status={call.status} data-tool={call.name}>
      <span className={`mr-1 font-bold ${status.color}`} aria-hidden>
        {status.icon}
      </span>
      <span className="sr-only">{status.label}: </span>
      <span className="font-mono text-slate-600 dark:text-slate-400">{call.name}</span> {call.summary}
      {(call.code !== undefined || call.output !== undefined) && (
        <details className="mt-1 rounded bg-slate-900 p-2 text-slate-100">
          <summary className="cursor-pointer text-slate-200">Program{call.output ? ' and output' : ''}</summary>
          {call.code !== undefined && <pre className="mt-1 max-h-60 overflow-auto whitespace-pre-wrap text-[11px]">{call.code}</pre>}
          {call.output ? <pre className="mt-1 max-h-40 overflow-auto whitespace-pre-wrap border-t border-slate-700 pt-1 text-[11px] text-amber-200">{call.output}</pre> : null}
        </details>
      )}
    </li>
  )
}

export function ChatMessageView({ message }: { message: ChatMessage }) {
  const mine = message.role === 'user'
  return (
    <li className={`flex flex-col gap-1 ${mine ? 'items-end' : 'items-start'}`} data-testid="chat-message" data-role={message.role} data-status={message.status}>
      <span className="text-[11px] text-slate-600 dark:text-slate-300">{message.author}</span>
      {(message.text || message.status === 'streaming') && (
        <div
          className={`max-w-full rounded-lg px-3 py-2 text-sm break-words ${mine ? 'whitespace-pre-wrap bg-indigo-600 text-white' : 'bg-white text-slate-900 shadow-sm dark:bg-slate-800 dark:text-slate-100'}`}
          data-testid="chat-text"
        >
          {mine ? message.text : <ChatMarkdown text={message.text} />}
          {message.status === 'streaming' && (
            <span className="ml-0.5 inline-block animate-pulse" aria-hidden>
              ▍
            </span>
          )}
        </div>
      )}
      {message.toolCalls.length > 0 && (
        <ul className="flex w-full flex-col gap-0.5 pl-1" aria-label="What the AI did">
          {message.toolCalls.map((call) => (
            <ToolCallView key={call.id} call={call} />
          ))}
        </ul>
      )}
      {(message.usage || message.model?.toolCalls === 'text') && (
        <p className="text-[11px] text-slate-600 dark:text-slate-300" data-testid="turn-meta" title="Token usage reported by the model server; tool calls as text when the server has no native tools">
          {[message.model?.toolCalls === 'text' ? 'tool calls as text' : '', message.usage ? formatUsage(message.usage) : ''].filter(Boolean).join(' · ')}
        </p>
      )}
      {message.error && (
        <p className="text-xs text-rose-700 dark:text-rose-400" role="status">
          {message.error}
        </p>
      )}
    </li>
  )
}
