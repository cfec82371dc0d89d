import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { ModelInfoSchema, readChat, type ChatMessage, type ModelInfo } from '../../shared/chat'
import { getChat, getMeta } from '../../shared/doc'

/** The room's chat as it is in the doc, re-read on every change (streamed text included). */
export function useChat(doc: Y.Doc): ChatMessage[] {
  const [messages, setMessages] = useState<ChatMessage[]>(() => readChat(doc))
  useEffect(() => {
    const chat = getChat(doc)
    let frame: number | null = null
    // Streaming text changes the chat many times a second; re-render at most once a frame.
    const update = () => {
      frame ??= requestAnimationFrame(() => {
        frame = null
        setMessages(readChat(doc))
      })
    }
    chat.observeDeep(update)
    update()
    return () => {
      chat.unobserveDeep(update)
      if (frame !== null) cancelAnimationFrame(frame)
    }
  }, [doc])
  return messages
}

/** Which model answers in this room, as the room announced it. */
export function useModelInfo(doc: Y.Doc): ModelInfo | null {
  const [info, setInfo] = useState<ModelInfo | null>(() => readModelInfo(doc))
  useEffect(() => {
    const meta = getMeta(doc)
    const update = () => setInfo(readModelInfo(doc))
    meta.observe(update)
    update()
    return () => meta.unobserve(update)
  }, [doc])
  return info
}

function readModelInfo(doc: Y.Doc): ModelInfo | null {
  const parsed = ModelInfoSchema.safeParse(getMeta(doc).get('agent'))
  return parsed.success ? parsed.data : null
}
