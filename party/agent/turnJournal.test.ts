import type { TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { UNDOABLE_TURNS } from '../../shared/limits'
import type { RecordChange } from '../board/recordChange'
import { MemoryStorage } from '../storage/memoryStorage'
import { TurnJournal } from './turnJournal'

const change = (id: string, size = 10): RecordChange => ({
  id,
  before: null,
  after: { id, typeName: 'shape', meta: { padding: 'x'.repeat(size) } } as unknown as TLRecord,
})

describe('TurnJournal', () => {
  it('hands back turns newest first, and none when empty', async () => {
    const journal = new TurnJournal(new MemoryStorage())
    await journal.record('t1', [change('a')])
    await journal.record('t2', [change('b')])
    expect(await journal.takeLatest()).toEqual({ turnId: 't2', changes: [change('b')] })
    expect((await journal.takeLatest())?.turnId).toBe('t1')
    expect(await journal.takeLatest()).toBeNull()
  })

  it('survives a restart of the room (a new journal over the same storage)', async () => {
    const storage = new MemoryStorage()
    await new TurnJournal(storage).record('t1', [change('a')])
    expect((await new TurnJournal(storage).takeLatest())?.turnId).toBe('t1')
  })

  it(`keeps the newest ${UNDOABLE_TURNS} turns and deletes the rest`, async () => {
    const storage = new MemoryStorage()
    const journal = new TurnJournal(storage)
    for (let i = 0; i < UNDOABLE_TURNS + 5; i++) await journal.record(`t${i}`, [change(`s${i}`)])
    const kept: string[] = []
    for (let entry = await journal.takeLatest(); entry; entry = await journal.takeLatest()) kept.push(entry.turnId)
    expect(kept).toHaveLength(UNDOABLE_TURNS)
    expect(kept.at(-1)).toBe('t5')
    expect(storage.keys('journal:').filter((key) => key !== 'journal:index')).toEqual([])
  })

  it('stores a turn larger than one storage value in chunks', async () => {
    const storage = new MemoryStorage()
    const journal = new TurnJournal(storage)
    const big = Array.from({ length: 40 }, (_, i) => change(`s${i}`, 10_000))
    await journal.record('big', big)
    expect(storage.keys('journal:0').length).toBeGreaterThan(2)
    expect((await journal.takeLatest())?.changes).toEqual(big)
  })

  it('folds a turn recorded in parts (one per commit) into one change per record', async () => {
    const storage = new MemoryStorage()
    const journal = new TurnJournal(storage)
    await journal.record('t1', [change('old')])
    const first = change('a')
    const moved = { id: 'a', before: first.after, after: { ...first.after!, meta: { moved: true } } as TLRecord }
    await journal.record('t2', [first])
    await journal.record('t2', [moved, change('b')])
    // A restart between parts loses nothing: a new journal over the same storage reads them all.
    expect(await new TurnJournal(storage).takeLatest()).toEqual({ turnId: 't2', changes: [{ id: 'a', before: null, after: moved.after }, change('b')] })
    expect((await journal.takeLatest())?.turnId).toBe('t1')
  })
})
