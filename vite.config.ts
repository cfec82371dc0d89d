/**
 * Builds the browser app (app/board.html) into dist/client, which the room server serves
 * (partykit.json "serve"). In `npm run dev` it serves the app with hot reload and forwards the
 * rooms' WebSocket and HTTP API to the room server.
 */
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { boardPath, isValidRoomId, newRoomId } from './shared/roomId'

const ROOM_SERVER = `http://127.0.0.1:${process.env.PORT ?? 1999}`

/** The same page routes as the room server's (party/http/siteRoutes.ts), for the dev server. */
function boardRoutes(): Plugin {
  return {
    name: 'sketchroom-board-routes',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = (request.url ?? '/').split('?')[0] ?? '/'
        if (pathname === '/' || pathname === '/new') {
          response.statusCode = 302
          response.setHeader('location', boardPath(newRoomId()))
          response.end()
          return
        }
        const board = /^\/r\/([^/]*)\/?$/.exec(pathname)
        if (board && isValidRoomId(decodeURIComponent(board[1] ?? ''))) request.url = '/app/board.html'
        next()
      })
    },
  }
}

export default defineConfig({
  plugins: [react(), tailwindcss(), boardRoutes()],
  publicDir: 'public',
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2_500,
    rollupOptions: { input: 'app/board.html' },
  },
  server: {
    proxy: {
      '/parties': { target: ROOM_SERVER, ws: true },
    },
  },
})
