/**
 * Plays stream parts out over time, so the embedded model streams at a pace people can watch (and
 * the room's turn code meets the same timing it would with a hosted model). An abort stops it at
 * once: pending timers are cleared and the stream errors with an AbortError.
 */
import type { LanguageModelV3StreamPart } from '@ai-sdk/provider'
import type { PacedPart } from './streamParts'

/** The error an aborted stream ends with: named AbortError, carrying the abort's reason. */
export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason
  const message = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'The operation was aborted.'
  const error = new Error(message, { cause: reason })
  error.name = 'AbortError'
  return error
}

/** A stream of `parts`, each after its pause × `delayMs`; 0 plays everything without waiting. */
export function pacedStream(parts: readonly PacedPart[], delayMs: number, signal?: AbortSignal): ReadableStream<LanguageModelV3StreamPart> {
  let index = 0
  let finished = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let wake: (() => void) | undefined
  let onAbort: (() => void) | undefined

  const cleanUp = () => {
    finished = true
    if (timer !== undefined) clearTimeout(timer)
    wake?.()
    if (onAbort) signal?.removeEventListener('abort', onAbort)
  }
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve
      timer = setTimeout(resolve, ms)
    })

  return new ReadableStream<LanguageModelV3StreamPart>({
    start(controller) {
      if (!signal) return
      if (signal.aborted) {
        cleanUp()
        controller.error(abortError(signal))
        return
      }
      onAbort = () => {
        if (finished) return
        cleanUp()
        controller.error(abortError(signal))
      }
      signal.addEventListener('abort', onAbort, { once: true })
    },
    async pull(controller) {
      const next = parts[index++]
      if (finished) return
      if (!next) {
        cleanUp()
        controller.close()
        return
      }
      if (next.pause > 0 && delayMs > 0) await wait(next.pause * delayMs)
      if (finished) return
      controller.enqueue(next.part)
    },
    cancel() {
      cleanUp()
    },
  })
}
