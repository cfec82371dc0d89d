/**
 * The contract between the sandbox runner and what it runs against: the `board` capability a
 * program sees (implemented by a host, e.g. over a board draft) and what a run answers.
 */
import type { Box } from '../../shared/agentProtocol'
import type { ShapeSummary } from '../board/shapeSummary'

/**
 * What `board` does, on the host side. Every argument is parsed JSON straight from the program, so
 * each method validates it and throws `BoardInputError` with a short message when it is wrong.
 */
export interface SandboxHost {
  /** The asker's view in page pixels. */
  readonly viewport: Box
  listShapes(): ShapeSummary[]
  /** Returns the new shape's id. */
  createShape(spec: unknown): string
  updateShape(id: unknown, changes: unknown): void
  deleteShape(id: unknown): void
  /** Returns the new arrow's id. */
  connect(from: unknown, to: unknown, options: unknown): string
  /** Shapes created, updated or deleted so far (each shape counted once). */
  shapesChanged(): number
}

/** A mistake in what a program passed to `board`; the message is thrown inside the sandbox. */
export class BoardInputError extends Error {
  override name = 'BoardInputError'
}

/** Why a run failed, short enough for the model to read: never a host stack. */
export interface SandboxError {
  name: string
  message: string
}

export interface SandboxStats {
  /** Wall time of the program itself (not the instance's start-up). */
  runMs: number
  /** Making the fresh WebAssembly instance, runtime and context. */
  startMs: number
  interruptChecks: number
  boardCalls: number
  /** False when QuickJS could not free the run (a leaked value, or an instance dropped after a host stack overflow). */
  disposed: boolean
}

export type SandboxResult =
  | { ok: true; result: unknown; output: string; stats: SandboxStats }
  | { ok: false; error: SandboxError; output: string; stats: SandboxStats }
