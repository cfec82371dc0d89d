/**
 * `npx tsx bench/profile/relayCost.ts [--peers=50] [--edits=2000] [--shapes=50]`: the CPU cost of one client
 * update on the room's path, in Node, against the bare minimum a relay does (apply the update,
 * encode it once, hand it to every peer), so the room's own share of the propagation latency can
 * be read without workerd's noise. With `--profile` it prints where our room's time goes. The
 * edits move the first 50 of `--shapes` shapes: a bigger board shows what grows with its size.
 */
import { Session } from 'node:inspector/promises'
import { formatProfile, summarizeProfile, type CpuProfile } from './cpuProfile'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { geoShape } from '../../e2e/support/records'
import { getRecords, writeRecords } from '../../shared/doc'
import { BoardDocument } from '../../party/room/boardDocument'
import { MemoryStorage } from '../../party/storage/memoryStorage'
import type { SyncConnection } from '../../party/sync/roomSync'
import { aliasQuickJSWasm } from '../support/wasmAlias'

const arg = (name: string, fallback: number) => Number(process.argv.find((value) => value.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const peers = arg('peers', 50)
const edits = arg('edits', 2_000)
const boardShapes = arg('shapes', 50)

/** A writer's updates: `edits` moves of 50 of the board's shapes, each its own update message as the provider sends it. */
function writerMessages(): { seed: Uint8Array[]; moves: Uint8Array[] } {
  const doc = new Y.Doc()
  const records = getRecords(doc)
  const shapes = Array.from({ length: Math.max(50, boardShapes) }, (_, i) => geoShape({ x: (i % 100) * 120, y: Math.floor(i / 100) * 120 }))
  const messages: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    syncProtocol.writeUpdate(encoder, update)
    messages.push(encoding.toUint8Array(encoder))
  })
  // Seeded in pastes of 500, as a big board arrives (one message may not pass the room's limit).
  for (let start = 0; start < shapes.length; start += 500) doc.transact(() => writeRecords(records, shapes.slice(start, start + 500)))
  const seeded = messages.length
  for (let i = 0; i < edits; i++) {
    const shape = shapes[i % 50]!
    doc.transact(() => writeRecords(records, [{ ...shape, x: shape.x + i, meta: { seq: i } }]))
  }
  return { seed: messages.slice(0, seeded), moves: messages.slice(seeded) }
}

const connection = (id: string, sink: { bytes: number }): SyncConnection => ({
  id,
  send: (message) => void (sink.bytes += typeof message === 'string' ? message.length : message.length),
  close: () => {},
})

function time(label: string, { seed, moves }: { seed: Uint8Array[]; moves: Uint8Array[] }, deliver: (message: Uint8Array) => void): void {
  for (const message of seed) deliver(message) // not timed
  const started = process.cpuUsage()
  const wall = performance.now()
  for (const message of moves) deliver(message)
  const cpu = process.cpuUsage(started)
  const perUpdate = (cpu.user + cpu.system) / moves.length
  console.log(`${label.padEnd(34)} ${perUpdate.toFixed(1).padStart(7)} µs CPU per update  (${((performance.now() - wall) / moves.length * 1000).toFixed(1)} µs wall)`)
}

const messages = writerMessages()
const sink = { bytes: 0 }

const storage = new MemoryStorage()
const board = await BoardDocument.load(storage)
// As BoardRoom builds it: the agent host keeps its board index current from every change.
aliasQuickJSWasm()
const { AgentHost } = await import('../../party/agent/agentHost')
const agent = new AgentHost({ doc: board.doc, awareness: board.sync.awareness, storage, env: {} })
const writer = connection('writer', sink)
board.connect(writer)
for (let i = 0; i < peers; i++) board.connect(connection(`peer-${i}`, sink))
const session = process.argv.includes('--profile') ? new Session() : null
if (session) {
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
}
time(`our room, ${peers} peers`, messages, (message) => board.sync.receive(writer, message))
if (agent.isRunning) throw new Error('no turn was asked for')
if (session) {
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile }
  console.log(formatProfile(summarizeProfile(profile), 40))
}

// The floor: decode, apply, encode once, send to every peer but the writer.
const bare = new Y.Doc()
const sends = Array.from({ length: peers }, (_, i) => connection(`bare-${i}`, sink))
bare.on('update', (update: Uint8Array) => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  syncProtocol.writeUpdate(encoder, update)
  const message = encoding.toUint8Array(encoder)
  for (const peer of sends) peer.send(message)
})
// A sync message is [type 0][sync type 2][varuint length][update].
time(`bare relay, ${peers} peers`, messages, (message) => Y.applyUpdate(bare, message.subarray(2 + varUintLength(message.subarray(2))), 'writer'))

/** Bytes of the varuint length prefix at the start of `bytes`. */
function varUintLength(bytes: Uint8Array): number {
  let length = 0
  while (bytes[length]! & 0x80) length++
  return length + 1
}
