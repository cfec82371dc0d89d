/**
 * The benchmarks' second baseline: y-partykit's own server (its `onConnect`, no persistence), run
 * as a second party in the same `partykit dev` as our room (bench/baseline/partykit.json), so both
 * pay the same workerd. Clients reach it at /parties/ypartykit/<room>.
 */
import type * as Party from 'partykit/server'
import { onConnect } from 'y-partykit'

export default class YPartykitBaseline implements Party.Server {
  constructor(readonly room: Party.Room) {}

  onConnect(connection: Party.Connection): Promise<void> {
    return onConnect(connection, this.room)
  }
}

YPartykitBaseline satisfies Party.Worker
