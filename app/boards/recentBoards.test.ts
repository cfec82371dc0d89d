import { describe, expect, it } from 'vitest'
import { describeOpenedAt, parseRecentBoards, withVisit, type RecentBoard } from './recentBoards'

const board = (roomId: string, openedAt: number, name = ''): RecentBoard => ({ roomId, name, openedAt })

describe('withVisit', () => {
  it('puts the visited board first and keeps one entry per board', () => {
    const list = [board('b', 2), board('a', 1)]
    expect(withVisit(list, { roomId: 'a', openedAt: 3 }).map((entry) => entry.roomId)).toEqual(['a', 'b'])
    expect(withVisit(list, { roomId: 'c', openedAt: 4 })).toHaveLength(3)
  })

  it('keeps the name and thumbnail a visit does not mention', () => {
    const list = [{ ...board('a', 1, 'Roadmap'), thumbnail: 'data:image/png;base64,AAA' }]
    expect(withVisit(list, { roomId: 'a', openedAt: 5 })[0]).toEqual({ roomId: 'a', name: 'Roadmap', openedAt: 5, thumbnail: 'data:image/png;base64,AAA' })
    expect(withVisit(list, { roomId: 'a', name: 'Plan' })[0]).toMatchObject({ name: 'Plan', openedAt: 1 })
  })

  it('drops the oldest boards beyond the maximum', () => {
    const list = [board('c', 3), board('b', 2), board('a', 1)]
    expect(withVisit(list, { roomId: 'd', openedAt: 4 }, 3).map((entry) => entry.roomId)).toEqual(['d', 'c', 'b'])
  })
})

describe('parseRecentBoards', () => {
  it('keeps valid entries and drops malformed ones', () => {
    const raw = JSON.stringify([board('good', 1, 'ok'), { roomId: 'bad id!', name: '', openedAt: 1 }, { roomId: 'x' }, 'junk'])
    expect(parseRecentBoards(raw)).toEqual([board('good', 1, 'ok')])
  })

  it('reads nothing from missing or broken storage', () => {
    expect(parseRecentBoards(null)).toEqual([])
    expect(parseRecentBoards('{not json')).toEqual([])
    expect(parseRecentBoards('{"a":1}')).toEqual([])
  })

  it('refuses a thumbnail that is not an image data URL', () => {
    expect(parseRecentBoards(JSON.stringify([{ ...board('a', 1), thumbnail: 'javascript:alert(1)' }]))).toEqual([])
  })
})

describe('describeOpenedAt', () => {
  const now = Date.UTC(2026, 11, 2, 12)
  it('says how long ago in words', () => {
    expect(describeOpenedAt(now - 10_000, now)).toBe('just now')
    expect(describeOpenedAt(now - 5 * 60_000, now)).toBe('5 min ago')
    expect(describeOpenedAt(now - 3 * 3_600_000, now)).toBe('3 h ago')
    expect(describeOpenedAt(now - 30 * 3_600_000, now)).toBe('yesterday')
    expect(describeOpenedAt(now - 4 * 86_400_000, now)).toBe('4 days ago')
  })
})
