/**
 * Summarises a V8 CPU profile (Chromium's CDP `Profiler.stop` result) as self and total time per
 * function, so a profile of opening or panning a board can be read in a terminal.
 */

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}

interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}

/** The part of a CDP `Profiler.Profile` this reads. */
export interface CpuProfile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
  startTime: number
  endTime: number
}

export interface FunctionTime {
  name: string
  selfMs: number
  totalMs: number
}

const frameName = (frame: CallFrame): string => {
  const file = frame.url.split('/').pop() || '(native)'
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
}

/** Self and total milliseconds per function, most total first. Pure. */
export function summarizeProfile(profile: CpuProfile): FunctionTime[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const selfByNode = new Map<number, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  // A sample's time is the gap to the next sample (CDP gives the gap before each).
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? 0) / 1000
    selfByNode.set(samples[i]!, (selfByNode.get(samples[i]!) ?? 0) + ms)
  }
  const times = new Map<string, FunctionTime>()
  const entry = (name: string) => {
    let time = times.get(name)
    if (!time) times.set(name, (time = { name, selfMs: 0, totalMs: 0 }))
    return time
  }
  for (const [id, ms] of selfByNode) {
    const node = byId.get(id)
    if (!node) continue
    entry(frameName(node.callFrame)).selfMs += ms
    // Total: once per distinct function on the stack, so recursion is not counted twice.
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = frameName(byId.get(at)!.callFrame)
      if (seen.has(name)) continue
      seen.add(name)
      entry(name).totalMs += ms
    }
  }
  return [...times.values()].sort((a, b) => b.totalMs - a.totalMs)
}

/** The summary as text: the `limit` functions with most total time and most self time. */
export function formatProfile(times: FunctionTime[], limit = 40): string {
  const line = (time: FunctionTime) => `${time.totalMs.toFixed(0).padStart(7)} ${time.selfMs.toFixed(0).padStart(7)}  ${time.name}`
  const bySelf = [...times].sort((a, b) => b.selfMs - a.selfMs)
  return [
    '  total    self  (ms) — by total',
    ...times.slice(0, limit).map(line),
    '',
    '  total    self  (ms) — by self',
    ...bySelf.slice(0, limit).map(line),
  ].join('\n')
}
