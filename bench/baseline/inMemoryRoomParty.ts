/**
 * Our room with its storage in memory: the same BoardRoom, but no write reaches the Durable
 * Object's storage, so no message waits for one. Run beside our room in the same `partykit dev`
 * (bench/baseline/partykit.json), it prices the durability guarantee (README "Durability": the
 * room relays an edit only once it is stored) apart from the rest of the room's work. Clients
 * reach it at /parties/inmemory/<room>. Never deployed: it loses every board on restart.
 */
import type * as Party from 'partykit/server'
import BoardRoom from '../../party/server'
import type { KeyValueStorage } from '../../party/storage/docStorage'
import { MemoryStorage } from '../../party/storage/memoryStorage'

export default class InMemoryRoom extends BoardRoom {
  private readonly memory = new MemoryStorage()

  protected override storage(): KeyValueStorage {
    return this.memory
  }
}

InMemoryRoom satisfies Party.Worker
