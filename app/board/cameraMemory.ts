/**
 * Where this device last looked at each board, kept in localStorage, so coming back to a board
 * shows the same place (docs/ux.md "Rejoin anywhere"). tldraw's camera is session state and never
 * travels to the room.
 */
import { z } from 'zod'

const StoredCameraSchema = z.object({
  pageId: z.string().startsWith('page:'),
  x: z.number().finite(),
  y: z.number().finite(),
  z: z.number().finite().positive(),
})

export type StoredCamera = z.infer<typeof StoredCameraSchema>

/** localStorage key of a board's camera on this device. */
export function cameraKey(roomId: string): string {
  return `sketchroom:camera:${roomId}`
}

/** The stored camera, or null when there is none or it is malformed. Pure. */
export function parseStoredCamera(raw: string | null): StoredCamera | null {
  if (!raw) return null
  try {
    const parsed = StoredCameraSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function loadCamera(roomId: string): StoredCamera | null {
  try {
    return parseStoredCamera(localStorage.getItem(cameraKey(roomId)))
  } catch {
    return null
  }
}

export function saveCamera(roomId: string, camera: StoredCamera): void {
  try {
    localStorage.setItem(cameraKey(roomId), JSON.stringify(camera))
  } catch {
    // storage full or disabled: the board then opens fitted to its content, which is fine
  }
}
