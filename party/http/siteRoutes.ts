/**
 * The pages outside any room: `/` makes a new board, `/r/<roomId>` opens one. Static assets are
 * served by PartyKit before these routes run.
 */
import { parsePageRoute } from '../../shared/boardRoute'
import { boardPath, newRoomId } from '../../shared/roomId'
import { errorResponse } from './responses'

/** Where the built app's HTML lives (vite.config.ts builds app/board.html). */
export const BOARD_HTML_PATH = '/app/board.html'

type AssetFetcher = { fetch(path: string): Promise<Response | null> }

function htmlPage(status: number, title: string, message: string): Response {
  const body = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title} · Sketchroom</title>
<body style="font:16px system-ui;margin:15vh auto;max-width:32rem;padding:0 1rem"><h1>${title}</h1><p>${message}</p><p><a href="/">Start a new board</a></p></body>`
  return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } })
}

export async function routeSiteRequest(request: Request, assets: AssetFetcher): Promise<Response> {
  const { pathname } = new URL(request.url)
  const route = parsePageRoute(pathname)
  if (route.kind === 'new') {
    return new Response(null, { status: 302, headers: { location: boardPath(newRoomId()), 'cache-control': 'no-store' } })
  }
  if (route.kind === 'invalid-board') {
    return htmlPage(400, 'This is not a board link', 'Board links look like <code>/r/</code> followed by up to 64 letters, digits, "_" or "-". Check the link you were sent.')
  }
  if (route.kind === 'board') {
    const html = await assets.fetch(BOARD_HTML_PATH)
    if (!html) return htmlPage(503, 'The app is not built', 'Run <code>npm start</code>, which builds the app before serving it.')
    return new Response(html.body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' } })
  }
  if (pathname.startsWith('/parties/')) {
    return errorResponse(404, 'No such room endpoint. Room URLs look like /parties/main/<roomId>/records.')
  }
  return htmlPage(404, 'Not found', 'There is nothing at this address.')
}

