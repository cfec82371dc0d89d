import type * as Y from 'yjs'

/** Placeholder until the agent lands: the room's chat lives in `doc`. */
export function ChatPanel(_props: { roomId: string; doc: Y.Doc }) {
  return null
}
