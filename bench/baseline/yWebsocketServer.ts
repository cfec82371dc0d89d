/**
 * The benchmarks' baseline: a plain Yjs WebSocket server (`@y/websocket-server`'s
 * `setupWSConnection` on a Node `ws` server), the reference relay with no persistence, checks or
 * agent. Run as its own process so it has a core to itself like workerd does; prints
 * `listening <port>` once it accepts connections. Loopback only.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setupWSConnection } from '@y/websocket-server/utils'
import { WebSocketServer } from 'ws'

const requestedPort = Number(process.argv[2] ?? 0)
const sockets = new WebSocketServer({ noServer: true })
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' }).end('baseline')
})
sockets.on('connection', setupWSConnection)
server.on('upgrade', (request, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (connection) => sockets.emit('connection', connection, request))
})
server.listen(requestedPort, '127.0.0.1', () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`)
})
process.on('SIGTERM', () => process.exit(0))
