/**
 * Polling with a deadline: the one way tests wait for something that happens elsewhere (another
 * process, another device). Never a fixed sleep.
 */

export interface WaitOptions {
  /** Give up after this long. */
  timeoutMs?: number
  /** Time between checks. */
  intervalMs?: number
  /** Says what was awaited, in the error. */
  message?: string
}

/**
 * Calls `check` until it returns a value other than `undefined`/`false` without throwing, and
 * returns that value. On timeout throws with the last error (or `message`).
 */
export async function waitFor<T>(check: () => T | Promise<T>, options: WaitOptions = {}): Promise<Exclude<T, false | undefined>> {
  const { timeoutMs = 15_000, intervalMs = 50, message } = options
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const value = await check()
      if (value !== undefined && value !== false) return value as Exclude<T, false | undefined>
      lastError = null
    } catch (error) {
      lastError = error
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? lastError.message : lastError === null ? 'the condition stayed false' : String(lastError)
      throw new Error(`${message ?? 'waitFor'}: timed out after ${timeoutMs} ms (${reason})`, { cause: lastError })
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

/** Resolves with the arguments of the next `event` an emitter fires, or rejects after `timeoutMs`. */
export function nextEvent<A extends unknown[]>(
  emitter: { on(event: string, listener: (...args: A) => void): void; off(event: string, listener: (...args: A) => void): void },
  event: string,
  timeoutMs = 15_000,
  accept: (...args: A) => boolean = () => true,
): Promise<A> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(event, listener)
      reject(new Error(`no "${event}" event within ${timeoutMs} ms`))
    }, timeoutMs)
    const listener = (...args: A) => {
      if (!accept(...args)) return
      clearTimeout(timer)
      emitter.off(event, listener)
      resolve(args)
    }
    emitter.on(event, listener)
  })
}
