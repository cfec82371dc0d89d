/**
 * Durable Object storage in memory, for tests of the code that persists boards: the semantics that
 * matter here (sorted keys, prefix/start/end listing, multi-key puts), plus a switch that makes
 * writes fail like a full disk.
 */
import type { KeyValueStorage } from './docStorage'

export class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, unknown>()
  failWrites = false

  async get<T>(key: string) {
    return this.data.get(key) as T | undefined
  }

  async put<T>(entries: Record<string, T>) {
    if (this.failWrites) throw new Error('disk full')
    for (const [key, value] of Object.entries(entries)) this.data.set(key, value)
  }

  async delete(keys: string[]) {
    let count = 0
    for (const key of keys) if (this.data.delete(key)) count++
    return count
  }

  async list<T>({ prefix, start, end }: { prefix: string; start?: string; end?: string }) {
    const keys = [...this.data.keys()].filter((k) => k.startsWith(prefix) && (!start || k >= start) && (!end || k < end)).sort()
    return new Map(keys.map((k) => [k, this.data.get(k) as T]))
  }

  /** The stored keys that start with `prefix`. */
  keys(prefix: string): string[] {
    return [...this.data.keys()].filter((key) => key.startsWith(prefix))
  }
}
