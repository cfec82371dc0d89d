/**
 * Builds the browser app (app/board.html) into dist/client, which the room server serves
 * (partykit.json "serve"). In `npm run dev` it serves the app with hot reload and forwards the
 * rooms' WebSocket and HTTP API to the room server.
 */
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { parsePageRoute } from './shared/boardRoute'
import { boardPath, newRoomId } from './shared/roomId'

const ROOM_SERVER = `http://127.0.0.1:${process.env.PORT ?? 1999}`

/** The same page routes as the room server's (party/http/siteRoutes.ts), for the dev server. */
function boardRoutes(): Plugin {
  return {
    name: 'sketchroom-board-routes',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const route = parsePageRoute((request.url ?? '/').split('?')[0] ?? '/')
        if (route.kind === 'new') {
          response.statusCode = 302
          response.setHeader('location', boardPath(newRoomId()))
          response.end()
          return
        }
        if (route.kind === 'board' || route.kind === 'view') request.url = '/app/board.html'
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
    // tldraw alone is ~1.8 MB; it only changes when we upgrade it, so it gets its own long-cached chunk.
    chunkSizeWarningLimit: 2_000,
    rolldownOptions: {
      input: 'app/board.html',
      output: {
        codeSplitting: {
          groups: [
            // Vite's preload helper is tiny and needed by the entry; left alone it lands in a vendor chunk.
            { name: 'runtime', test: /vite[\\/]preload-helper/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'tldraw', test: /node_modules[\\/](tldraw|@tldraw|@tiptap|prosemirror-[^/\\]+|radix-ui|@radix-ui|@floating-ui|linkifyjs|orderedmap|rope-sequence|w3c-keyname|classnames|idb|lz-string)[\\/]/ },
            { name: 'sync', test: /node_modules[\\/](yjs|y-protocols|y-partykit|y-utility|lib0|zod)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/parties': { target: ROOM_SERVER, ws: true },
      // A view link's socket and endpoints (its page itself is served above).
      '^/v/[^/]+/.+': { target: ROOM_SERVER, ws: true },
    },
  },
})
