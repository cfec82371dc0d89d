import type { ChatMessage, TokenUsage, ToolCallEntry } from '../../shared/chat'

/** "1,234 tokens (1,000 in · 234 out)": what a turn cost, as the model server reported it. */
export function formatUsage(usage: TokenUsage): string {
  const total = usage.totalTokens ?? (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0)
  const parts = [usage.inputTokens !== undefined ? `${usage.inputTokens.toLocaleString('en')} in` : '', usage.outputTokens !== undefined ? `${usage.outputTokens.toLocaleString('en')} out` : ''].filter(Boolean)
  return `${total.toLocaleString('en')} tokens${parts.length > 0 ? ` (${parts.join(' · ')})` : ''}`
}

const STATUS_ICON: Record<ToolCallEntry['status'], string> = { running: '◌', done: '✓', error: '✕' }
const STATUS_COLOR: Record<ToolCallEntry['status'], string> = {
  running: 'text-indigo-500 animate-pulse',
  done: 'text-emerald-600',
  error: 'text-rose-600',
}

function ToolCallView({ call }: { call: ToolCallEntry }) {
  return (
    <li className="text-xs text-slate-600" data-testid="tool-call" data-status={call.status} data-tool={call.name}>
      <span className={`mr-1 font-bold ${STATUS_COLOR[call.status]}`}>{STATUS_ICON[call.status]}</span>
      <span className="font-mono text-slate-400">{call.name}</span> {call.summary}
      {(call.code !== undefined || call.output !== undefined) && (
        <details className="mt-1 rounded bg-slate-900 p-2 text-slate-100">
          <summary className="cursor-pointer text-slate-300">Program{call.output ? ' and output' : ''}</summary>
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
    <li
      className={`flex flex-col gap-1 ${mine ? 'items-end' : 'items-start'}`}
      data-testid="chat-message"
      data-role={message.role}
      data-status={message.status}
    >
      <span className="text-[11px] text-slate-400">{message.author}</span>
      {(message.text || message.status === 'streaming') && (
        <p
          className={`max-w-full whitespace-pre-wrap rounded-lg px-3 py-2 text-sm ${mine ? 'bg-indigo-600 text-white' : 'bg-white text-slate-800 shadow-sm'}`}
          data-testid="chat-text"
        >
          {message.text}
          {message.status === 'streaming' && <span className="ml-0.5 inline-block animate-pulse">▍</span>}
        </p>
      )}
      {message.toolCalls.length > 0 && (
        <ul className="flex w-full flex-col gap-0.5 pl-1">
          {message.toolCalls.map((call) => (
            <ToolCallView key={call.id} call={call} />
          ))}
        </ul>
      )}
      {(message.usage || message.model?.toolCalls === 'text') && (
        <p className="text-[10px] text-slate-500" data-testid="turn-meta" title="Token usage reported by the model server; tool calls as text when the server has no native tools">
          {[message.model?.toolCalls === 'text' ? 'tool calls as text' : '', message.usage ? formatUsage(message.usage) : ''].filter(Boolean).join(' · ')}
        </p>
      )}
      {message.error && (
        <p className="text-xs text-rose-600" role="status">
          {message.error}
        </p>
      )}
    </li>
  )
}
