/**
 * Serves the bare tldraw baseline page (dist/bench-baseline) and, beside it, a board's records as
 * `snapshot.json`, on 127.0.0.1, so the baseline loads the same records from a local file.
 */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
}

export interface StaticServer {
  /** The page's address. */
  readonly pageUrl: string
  stop(): Promise<void>
}

/** Serves `dir` with `snapshot` (JSON text) at /snapshot.json; the page is `page` in `dir`. */
export async function serveBaselinePage(dir: string, page: string, snapshot: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    if (pathname === '/snapshot.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(snapshot)
      return
    }
    const file = path.join(dir, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''))
    if (!file.startsWith(dir)) {
      response.writeHead(403).end()
      return
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end('not found'),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    pageUrl: `http://127.0.0.1:${port}/${page}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
