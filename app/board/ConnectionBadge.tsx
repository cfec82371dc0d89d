import { useValue } from 'tldraw'
import type { ConnectionStatus, RoomConnection } from './roomConnection'

const LABELS: Record<ConnectionStatus, { text: string; dot: string; title: string }> = {
  connecting: { text: 'Connecting…', dot: 'bg-amber-400', title: 'Opening the board' },
  synced: { text: 'Synced', dot: 'bg-emerald-500', title: 'Every change is shared with the room' },
  reconnecting: { text: 'Reconnecting…', dot: 'bg-amber-400 animate-pulse', title: 'Keep drawing: your changes merge when the connection returns' },
  offline: { text: 'Offline', dot: 'bg-slate-400', title: 'Keep drawing: your changes merge when you are back online' },
}

/** The connection status: a coloured dot, with its word beside it where there is room (always read out). */
export function ConnectionBadge({ connection }: { connection: RoomConnection }) {
  const status = useValue('status', () => connection.status.get(), [connection])
  const label = LABELS[status]
  return (
    <span
      role="status"
      className="flex shrink-0 items-center gap-1.5 text-xs text-slate-700 dark:text-slate-200"
      title={label.title}
      data-testid="connection-status"
      data-status={status}
    >
      <span className={`h-2.5 w-2.5 rounded-full ${label.dot}`} aria-hidden />
      <span className="sr-only sm:not-sr-only">{label.text}</span>
    </span>
  )
}
