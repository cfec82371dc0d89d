import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { readChat } from '../../shared/chat'
import { MAX_CHAT_MESSAGES } from '../../shared/limits'
import { TEXT_FLUSH_MS, TurnChat } from './chatLog'

const model = { id: 'sketch-1', provider: 'embedded', offline: true }

describe('TurnChat', () => {
  it('writes the prompt and a streaming answer that grows in coalesced appends', () => {
    vi.useFakeTimers()
    try {
      const doc = new Y.Doc()
      const updates: unknown[] = []
      doc.on('update', (_update: Uint8Array, origin: unknown) => updates.push(origin))
      const chat = new TurnChat(doc, 't1')
      chat.start({ id: 'u1', author: 'Ada', text: 'draw a house' }, 'a1', model)
      for (const word of ['Sure', ', ', 'drawing', ' a house.']) chat.appendText(word)
      expect(readChat(doc)[1]?.text).toBe('')
      vi.advanceTimersByTime(TEXT_FLUSH_MS)
      expect(readChat(doc)[1]).toMatchObject({ text: 'Sure, drawing a house.', status: 'streaming', model })
      chat.setToolCall({ id: 'c1', name: 'create_shapes', status: 'running', summary: 'Drawing' })
      chat.setToolCall({ id: 'c1', name: 'create_shapes', status: 'done', summary: 'Drew 4 shapes' })
      chat.finish('done')
      const [user, assistant] = readChat(doc)
      expect(user).toMatchObject({ role: 'user', author: 'Ada', text: 'draw a house', turnId: 't1' })
      expect(assistant).toMatchObject({ role: 'assistant', status: 'done', toolCalls: [{ id: 'c1', status: 'done', summary: 'Drew 4 shapes' }] })
      // One update for the start, one for the text, one per tool-call change, one for the finish.
      expect(updates).toHaveLength(5)
      expect(new Set(updates)).toEqual(new Set(['chat:t1']))
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps only the newest messages', () => {
    const doc = new Y.Doc()
    for (let i = 0; i < MAX_CHAT_MESSAGES; i++) new TurnChat(doc, `t${i}`).start({ id: `u${i}`, author: 'A', text: `p${i}` }, `a${i}`, model)
    const messages = readChat(doc)
    expect(messages).toHaveLength(MAX_CHAT_MESSAGES)
    expect(messages.at(-1)?.id).toBe(`a${MAX_CHAT_MESSAGES - 1}`)
  })

  it('skips messages a peer wrote that are not messages', () => {
    const doc = new Y.Doc()
    new TurnChat(doc, 't').start({ id: 'u', author: 'A', text: 'hi' }, 'a', model)
    const junk = new Y.Map<unknown>()
    junk.set('role', 'wizard')
    doc.getArray('chat').push([junk])
    expect(readChat(doc)).toHaveLength(2)
  })
})
