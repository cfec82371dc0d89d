/**
 * Decides when a run must stop: past its wall-clock deadline, past its operation budget (the stop
 * that still works where a deployed Worker freezes the clock during synchronous code), or once a
 * limit was broken elsewhere (the shape count, the host's stack). The first reason sticks, so a
 * program that catches the error it was given is still stopped at QuickJS's next interrupt check.
 */
import type { SandboxError } from './sandboxTypes'

export interface GuardLimits {
  timeLimitMs: number
  maxInterruptChecks: number
}

export class RunGuard {
  /** Times QuickJS polled the interrupt handler (every 10,000 branches or calls). */
  interruptChecks = 0
  /** Budget units charged for board calls and console output, on the same scale as checks. */
  charged = 0
  private stop: SandboxError | null = null
  private deadline = Number.POSITIVE_INFINITY

  constructor(
    private readonly limits: GuardLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts the clock; the instance's own start-up is not the program's time. */
  start(): void {
    this.deadline = this.now() + this.limits.timeLimitMs
  }

  /** QuickJS's interrupt handler: true interrupts the program (uncatchably). */
  readonly shouldInterrupt = (): boolean => {
    this.interruptChecks++
    return this.stopped()
  }

  charge(units: number): void {
    this.charged += units
  }

  /** True once the run must end, checking the clock and the budget. */
  stopped(): boolean {
    if (this.stop) return true
    if (this.interruptChecks + this.charged > this.limits.maxInterruptChecks) {
      this.fail({ name: 'TimeLimitError', message: `the program did more work than fits in ${this.limits.timeLimitMs} ms` })
    } else if (this.now() > this.deadline) {
      this.fail({ name: 'TimeLimitError', message: `the program ran longer than ${this.limits.timeLimitMs} ms` })
    }
    return this.stop !== null
  }

  /** Ends the run with `error` unless it already has a reason. */
  fail(error: SandboxError): void {
    this.stop ??= error
  }

  get reason(): SandboxError | null {
    return this.stop
  }
}
