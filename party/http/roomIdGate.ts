/** Refuses requests for malformed room ids before a Durable Object is created for them. */
import { isValidRoomId } from '../../shared/roomId'
import { errorResponse } from './responses'

export function rejectInvalidRoomId(roomId: string): Response | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(roomId)
  } catch {
    decoded = roomId
  }
  if (isValidRoomId(decoded) && decoded === roomId) return null
  return errorResponse(400, 'Invalid room id: use 1-64 letters, digits, "_" or "-".')
}
