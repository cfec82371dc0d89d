/**
 * The boards this browser opened, newest first, kept in localStorage (nothing leaves the device):
 * what the "Boards" list shows (docs/ux.md "Recent boards").
 */
import { z } from 'zod'
import { isValidRoomId } from '../../shared/roomId'
import { MAX_BOARD_NAME_CHARS, RECENT_BOARDS_MAX } from '../../shared/limits'

/** localStorage key of the list. */
export const RECENT_BOARDS_KEY = 'sketchroom:recent-boards'

const RecentBoardSchema = z.object({
  roomId: z.string().refine(isValidRoomId),
  name: z.string().max(MAX_BOARD_NAME_CHARS),
  openedAt: z.number().finite(),
  /** A small PNG of the board as a data URL; absent until the board had something to draw. */
  thumbnail: z.string().startsWith('data:image/').optional(),
})

export type RecentBoard = z.infer<typeof RecentBoardSchema>

/** The stored list, dropping entries that are malformed (another version, a hand edit). Pure. */
export function parseRecentBoards(raw: string | null): RecentBoard[] {
  if (!raw) return []
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(data)) return []
  return data.flatMap((item) => {
    const parsed = RecentBoardSchema.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
}

/**
 * The list with `visit` merged in at the front: fields it leaves out keep their old values, and the
 * list is cut to `max` entries. Pure.
 */
export function withVisit(
  list: readonly RecentBoard[],
  visit: Pick<RecentBoard, 'roomId'> & Partial<RecentBoard>,
  max = RECENT_BOARDS_MAX,
): RecentBoard[] {
  const previous = list.find((board) => board.roomId === visit.roomId)
  const merged: RecentBoard = {
    roomId: visit.roomId,
    name: (visit.name ?? previous?.name ?? '').slice(0, MAX_BOARD_NAME_CHARS),
    openedAt: visit.openedAt ?? previous?.openedAt ?? 0,
    ...((visit.thumbnail ?? previous?.thumbnail) ? { thumbnail: visit.thumbnail ?? previous?.thumbnail } : {}),
  }
  const rest = list.filter((board) => board.roomId !== visit.roomId)
  return [merged, ...rest].sort((a, b) => b.openedAt - a.openedAt).slice(0, max)
}

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the date. Pure. */
export function describeOpenedAt(openedAt: number, now: number): string {
  const minutes = Math.floor((now - openedAt) / 60_000)
  if (minutes < 1) return 'just now'
  if (minutes < 60) return `${minutes} min ago`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} h ago`
  const days = Math.floor(hours / 24)
  if (days === 1) return 'yesterday'
  if (days < 7) return `${days} days ago`
  return new Date(openedAt).toLocaleDateString()
}

/** This browser's list. */
export function loadRecentBoards(storage: Storage = localStorage): RecentBoard[] {
  try {
    return parseRecentBoards(storage.getItem(RECENT_BOARDS_KEY))
  } catch {
    return [] // storage disabled (private mode in some browsers)
  }
}

/** Records a visit (or a new name or thumbnail) of a board in this browser's list. */
export function rememberBoard(visit: Pick<RecentBoard, 'roomId'> & Partial<RecentBoard>, storage: Storage = localStorage): void {
  const next = withVisit(loadRecentBoards(storage), visit)
  try {
    storage.setItem(RECENT_BOARDS_KEY, JSON.stringify(next))
  } catch {
    // Full or disabled: try once more without thumbnails, which are most of the bytes.
    try {
      storage.setItem(RECENT_BOARDS_KEY, JSON.stringify(next.map(({ thumbnail: _thumbnail, ...board }) => board)))
    } catch {
      // nothing more to do: the list is a convenience
    }
  }
}
