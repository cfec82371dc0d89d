/**
 * A local OpenAI-compatible chat-completions server for tests and benchmarks: it answers
 * `POST /v1/chat/completions` with scripted streams (text, tool calls, malformed tool calls, calls
 * written as text), HTTP errors (e.g. Ollama's 400 for a model without tools) or a connection that
 * hangs, so the real `@ai-sdk/openai` provider in the room can be exercised without a model. Every
 * request is kept, so tests can check what the model was sent (tools, images, settings). Loopback only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ScriptedToolCall {
  name: string
  /** The arguments as the model would send them: usually JSON, possibly malformed on purpose. */
  arguments: string
}

/** One answer to one request. */
export type ScriptedReply =
  /** `usage` replaces the reported token usage; null reports none. */
  | { kind: 'stream'; text?: string; toolCalls?: ScriptedToolCall[]; usage?: ScriptedUsage | null; charsPerChunk?: number }
  | { kind: 'status'; status: number; body?: string }
  /** Sends headers and a first chunk, then nothing, forever. */
  | { kind: 'hang' }

/** Token usage as an OpenAI-compatible server reports it. */
export interface ScriptedUsage {
  prompt_tokens: number
  completion_tokens: number
  total_tokens: number
}

/** What the model was sent: its messages, so a script can answer by step. */
export interface ChatRequest {
  model: string
  messages: { role: string; content?: unknown; tool_calls?: unknown }[]
  tools?: { function: { name: string } }[]
  temperature?: number
  max_tokens?: number
  authorization: string | undefined
}

/** The answer of Ollama to tools for a model that has none (HTTP 400). */
export const NO_TOOLS_REPLY: ScriptedReply = {
  kind: 'status',
  status: 400,
  body: JSON.stringify({ error: { message: 'registry.ollama.ai/library/tiny:1b does not support tools', type: 'api_error', param: null, code: null } }),
}

/** The user message's parts of a request (a string content is one text part). */
export function userParts(request: ChatRequest): { type: string; text?: string; image_url?: { url: string } }[] {
  const content = request.messages.findLast((message) => message.role === 'user')?.content
  return typeof content === 'string' ? [{ type: 'text', text: content }] : Array.isArray(content) ? (content as { type: string }[]) : []
}

export interface ScriptedModelServerOptions {
  /** Chooses the reply to each request. */
  script: (request: ChatRequest, index: number) => ScriptedReply
  /** Streaming pace: characters per chunk and delay between chunks. */
  charsPerChunk?: number
  chunkDelayMs?: number
}

export interface ScriptedModelServer {
  /** Base URL to give the room as OPENAI_BASE_URL. */
  baseUrl: string
  requests: ChatRequest[]
  close(): Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function startScriptedModelServer(options: ScriptedModelServerOptions): Promise<ScriptedModelServer> {
  const requests: ChatRequest[] = []
  const hanging = new Set<ServerResponse>()
  const server: Server = createServer((request, response) => {
    void handle(request, response).catch(() => response.destroy())
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}')
      return
    }
    let raw = ''
    for await (const chunk of request) raw += String(chunk)
    const body = JSON.parse(raw) as Omit<ChatRequest, 'authorization'>
    const chatRequest: ChatRequest = { ...body, authorization: request.headers.authorization }
    requests.push(chatRequest)
    const reply = options.script(chatRequest, requests.length - 1)
    if (reply.kind === 'status') {
      response.writeHead(reply.status, { 'content-type': 'application/json' })
      response.end(reply.body ?? JSON.stringify({ error: { message: `scripted ${reply.status}`, type: 'server_error' } }))
      return
    }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
    const id = `chatcmpl-${requests.length}`
    const send = (delta: object, finishReason: string | null = null) =>
      response.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model: body.model, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`)
    send({ role: 'assistant', content: '' })
    if (reply.kind === 'hang') {
      hanging.add(response)
      return
    }
    const size = reply.charsPerChunk ?? options.charsPerChunk ?? 12
    const delay = options.chunkDelayMs ?? 0
    for (let i = 0; i < (reply.text ?? '').length; i += size) {
      send({ content: reply.text!.slice(i, i + size) })
      if (delay) await sleep(delay)
    }
    for (const [index, call] of (reply.toolCalls ?? []).entries()) {
      send({ tool_calls: [{ index, id: `call_${requests.length}_${index}`, type: 'function', function: { name: call.name, arguments: '' } }] })
      for (let i = 0; i < call.arguments.length; i += size) {
        send({ tool_calls: [{ index, function: { arguments: call.arguments.slice(i, i + size) } }] })
        if (delay) await sleep(delay)
      }
    }
    send({}, reply.toolCalls?.length ? 'tool_calls' : 'stop')
    const usage = reply.usage === undefined ? { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } : reply.usage
    if (usage) response.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model: body.model, choices: [], usage })}\n\n`)
    response.end('data: [DONE]\n\n')
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: async () => {
      for (const response of hanging) response.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** True when the request carries tool results: the model is being asked to continue after its calls. */
export function isFollowUp(request: ChatRequest): boolean {
  return request.messages.at(-1)?.role === 'tool'
}
