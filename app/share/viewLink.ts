/**
 * Asks the room for a view-only link (docs/permissions.md): `POST /parties/main/<roomId>/view-link`
 * answers `{"path": "/v/<token>"}`.
 */
import { z } from 'zod'
import { roomEndpoints } from '../../shared/endpoints'

const ViewLinkSchema = z.object({ path: z.string().startsWith('/v/') })
const ErrorSchema = z.object({ error: z.string() })

export type ViewLinkResult = { ok: true; url: string } | { ok: false; error: string }

/** The full view-only URL for a room, or an error that says what to do. */
export async function fetchViewLink(roomId: string, origin = window.location.origin): Promise<ViewLinkResult> {
  let response: Response
  try {
    response = await fetch(roomEndpoints(roomId).viewLink, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
  } catch {
    return { ok: false, error: 'Could not reach the room. Check your connection, then open Share again.' }
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = ErrorSchema.safeParse(body)
    if (error.success) return { ok: false, error: error.data.error }
    return { ok: false, error: response.status === 404 ? 'This server cannot make view-only links yet. Share the board link instead.' : `The room answered ${response.status}. Try again in a moment.` }
  }
  const parsed = ViewLinkSchema.safeParse(body)
  return parsed.success ? { ok: true, url: new URL(parsed.data.path, origin).href } : { ok: false, error: 'The room sent a view link Sketchroom does not understand. Reload the page and try again.' }
}
