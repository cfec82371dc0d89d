/** The HTML the site worker answers with: the built app's page, and short pages that explain an error. */

/** Where the built app's HTML lives (vite.config.ts builds app/board.html). */
export const BOARD_HTML_PATH = '/app/board.html'

export type AssetFetcher = { fetch(path: string): Promise<Response | null> }

/** A small page saying what went wrong and offering a new board. `message` is trusted HTML. */
export function htmlPage(status: number, title: string, message: string, headers: Record<string, string> = {}): Response {
  const body = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title} · Sketchroom</title>
<body style="font:16px system-ui;margin:15vh auto;max-width:32rem;padding:0 1rem"><h1>${title}</h1><p>${message}</p><p><a href="/">Start a new board</a></p></body>`
  return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } })
}

/** The app's page, which reads its route (board or view link) from the address. */
export async function boardPage(assets: AssetFetcher, headers: Record<string, string> = {}): Promise<Response> {
  const html = await assets.fetch(BOARD_HTML_PATH)
  if (!html) return htmlPage(503, 'The app is not built', 'Run <code>npm start</code>, which builds the app before serving it.')
  return new Response(html.body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...headers } })
}
