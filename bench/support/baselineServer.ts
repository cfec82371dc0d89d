/**
 * Starts and stops the baseline Yjs server (bench/baseline/yWebsocketServer.ts) as a child process,
 * and reads its memory, so each benchmark can run the same load against it and against our room.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { processRssBytes, PROJECT_ROOT } from '../../scripts/roomServer'

export interface BaselineServer {
  /** 127.0.0.1:<port> */
  readonly host: string
  rssBytes(): number
  stop(): Promise<void>
}

const SCRIPT = path.join(PROJECT_ROOT, 'bench', 'baseline', 'yWebsocketServer.ts')

export async function startBaselineServer(timeoutMs = 30_000): Promise<BaselineServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  })
  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the baseline server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening (\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the baseline server exited with ${code}:\n${output}`))
    })
  })
  return {
    host: `127.0.0.1:${port}`,
    rssBytes: () => (child.pid === undefined ? 0 : processRssBytes(child.pid)),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill('SIGTERM')
      await exited
    },
  }
}
