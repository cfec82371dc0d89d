/**
 * Text frames the room sends beside the binary Yjs protocol (y-partykit's provider ignores text
 * frames, so these never disturb sync). They tell a device that something it sent was refused.
 */
import { z } from 'zod'

export const RoomNoticeSchema = z.object({
  type: z.literal('rejected'),
  /** What was refused and what to do about it, for a person. */
  reason: z.string(),
})
export type RoomNotice = z.infer<typeof RoomNoticeSchema>

export function parseRoomNotice(text: string): RoomNotice | null {
  try {
    const parsed = RoomNoticeSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
