/** A sliding-window budget of events (turns a minute in a room): no more than `limit` in any `windowMs`. */
export class SlidingWindowLimit {
  private readonly times: number[] = []

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds until one more event fits at `now`, or null when it fits now. */
  retryAfterSeconds(now: number): number | null {
    while (this.times.length > 0 && now - (this.times[0] ?? now) > this.windowMs) this.times.shift()
    if (this.times.length < this.limit) return null
    return Math.ceil((this.windowMs - (now - (this.times[0] ?? now))) / 1000)
  }

  /** Counts an event at `now`. */
  record(now: number): void {
    this.times.push(now)
  }
}
