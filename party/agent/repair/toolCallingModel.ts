/**
 * Wraps an OpenAI-compatible model so tool calls work however the model makes them. Calls it writes
 * as text are recognised in its stream and passed on as native calls, so the SDK validates and runs
 * them like any other, and the chat never shows them as raw JSON. A server that refuses tools
 * (Ollama answers 400 "… does not support tools") gets the same request again without native tools,
 * the tools described in the system prompt and earlier calls and results written as text; the model
 * stays in that mode for the rest of the room's life.
 */
import {
  APICallError,
  type LanguageModelV3,
  type LanguageModelV3CallOptions,
  type LanguageModelV3FunctionTool,
  type LanguageModelV3Message,
  type LanguageModelV3StreamPart,
  type LanguageModelV3StreamResult,
  type LanguageModelV3ToolResultOutput,
} from '@ai-sdk/provider'
import { textModeToolInstructions } from '../systemPrompt'
import { TextCallScanner, type KnownTool } from './textToolCalls'

/** How the model's tool calls travel: as native calls, or written in its text. */
export type ToolMode = 'native' | 'text'

/** The mode each model was found to need, remembered across turns (the room caches its model). */
const knownModes = new WeakMap<LanguageModelV3, ToolMode>()

/** True when a server refused a request because it has tools (the model cannot call tools). */
export function refusesTools(error: unknown): boolean {
  if (!APICallError.isInstance(error) || error.statusCode !== 400) return false
  const detail = `${error.responseBody ?? ''} ${error.message}`
  return /(does not|doesn't|do not) support tools|tools? (are |is )?not supported|not support(ed)? (for )?tool|tool (use|calling|choice) is not supported/i.test(detail)
}

const functionTools = (options: LanguageModelV3CallOptions) =>
  (options.tools ?? []).filter((tool): tool is LanguageModelV3FunctionTool => tool.type === 'function')

function knownTools(options: LanguageModelV3CallOptions): KnownTool[] {
  return functionTools(options).map((tool) => {
    const properties = (tool.inputSchema as { properties?: Record<string, unknown> }).properties ?? {}
    return { name: tool.name, parameters: Object.keys(properties) }
  })
}

function outputText(output: LanguageModelV3ToolResultOutput): string {
  switch (output.type) {
    case 'text':
    case 'error-text':
      return output.value
    case 'json':
    case 'error-json':
      return JSON.stringify(output.value)
    case 'execution-denied':
      return `denied${output.reason ? `: ${output.reason}` : ''}`
    default:
      return JSON.stringify(output)
  }
}

/** The prompt for a server without tools: tools in the system prompt, calls and results as text. */
export function textModePrompt(options: LanguageModelV3CallOptions): LanguageModelV3Message[] {
  const instructions = textModeToolInstructions(functionTools(options))
  const prompt: LanguageModelV3Message[] = []
  let instructed = false
  for (const message of options.prompt) {
    if (message.role === 'system') {
      prompt.push({ ...message, content: instructed ? message.content : message.content + instructions })
      instructed = true
    } else if (message.role === 'assistant') {
      const content = message.content.flatMap((part) => {
        if (part.type === 'tool-call') return [{ type: 'text' as const, text: `<tool_call>\n${JSON.stringify({ name: part.toolName, arguments: part.input })}\n</tool_call>` }]
        return part.type === 'text' || part.type === 'file' || part.type === 'reasoning' ? [part] : []
      })
      prompt.push({ ...message, content })
    } else if (message.role === 'tool') {
      const lines = message.content.flatMap((part) => (part.type === 'tool-result' ? [`${part.toolName}: ${outputText(part.output)}`] : []))
      prompt.push({ role: 'user', content: [{ type: 'text', text: `Tool results:\n${lines.join('\n')}` }] })
    } else {
      prompt.push(message)
    }
  }
  if (!instructed) prompt.unshift({ role: 'system', content: instructions.trimStart() })
  return prompt
}

/** Turns text-written calls in a model stream into native call parts. */
export function scanToolCalls(stream: ReadableStream<LanguageModelV3StreamPart>, tools: readonly KnownTool[], newId: () => string): ReadableStream<LanguageModelV3StreamPart> {
  const scanner = new TextCallScanner(tools)
  let textId = 'text'
  let calls = 0
  const emit = (controller: TransformStreamDefaultController<LanguageModelV3StreamPart>, segments: ReturnType<TextCallScanner['push']>) => {
    for (const segment of segments) {
      if (segment.type === 'text') {
        controller.enqueue({ type: 'text-delta', id: textId, delta: segment.text })
        continue
      }
      const id = newId()
      calls++
      controller.enqueue({ type: 'tool-input-start', id, toolName: segment.call.name })
      controller.enqueue({ type: 'tool-input-delta', id, delta: segment.call.input })
      controller.enqueue({ type: 'tool-input-end', id })
      controller.enqueue({ type: 'tool-call', toolCallId: id, toolName: segment.call.name, input: segment.call.input })
    }
  }
  return stream.pipeThrough(
    new TransformStream<LanguageModelV3StreamPart, LanguageModelV3StreamPart>({
      transform(part, controller) {
        if (part.type === 'text-start') textId = part.id
        if (part.type === 'text-delta') return emit(controller, scanner.push(part.delta))
        if (part.type === 'text-end' || part.type === 'finish') emit(controller, scanner.finish())
        if (part.type === 'finish' && calls > 0 && part.finishReason.unified !== 'tool-calls') {
          // The SDK runs calls only after a finish that allows them.
          return controller.enqueue({ ...part, finishReason: { unified: 'tool-calls', raw: part.finishReason.raw } })
        }
        controller.enqueue(part)
      },
    }),
  )
}

export interface ToolCallingModelOptions {
  /** Told once, when the server turns out to refuse tools. */
  onModeChange?(mode: ToolMode): void
}

/** The room's model with text-written calls recognised and a fallback for servers without tools. */
export class ToolCallingModel implements LanguageModelV3 {
  readonly specificationVersion = 'v3'
  private calls = 0

  constructor(
    private readonly inner: LanguageModelV3,
    private readonly options: ToolCallingModelOptions = {},
  ) {}

  get provider(): string {
    return this.inner.provider
  }

  get modelId(): string {
    return this.inner.modelId
  }

  get supportedUrls(): LanguageModelV3['supportedUrls'] {
    return this.inner.supportedUrls
  }

  /** The mode this model is in now. */
  get mode(): ToolMode {
    return knownModes.get(this.inner) ?? 'native'
  }

  doGenerate(options: LanguageModelV3CallOptions): ReturnType<LanguageModelV3['doGenerate']> {
    return this.inner.doGenerate(this.mode === 'text' ? this.textModeOptions(options) : options)
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const tools = knownTools(options)
    if (tools.length === 0) return this.inner.doStream(options)
    if (this.mode === 'native') {
      try {
        return this.scanned(await this.inner.doStream(options), tools)
      } catch (error) {
        if (!refusesTools(error)) throw error
        knownModes.set(this.inner, 'text')
        this.options.onModeChange?.('text')
      }
    }
    return this.scanned(await this.inner.doStream(this.textModeOptions(options)), tools)
  }

  private textModeOptions(options: LanguageModelV3CallOptions): LanguageModelV3CallOptions {
    return { ...options, tools: undefined, toolChoice: undefined, prompt: textModePrompt(options) }
  }

  private scanned(result: LanguageModelV3StreamResult, tools: readonly KnownTool[]): LanguageModelV3StreamResult {
    return { ...result, stream: scanToolCalls(result.stream, tools, () => `text_call_${++this.calls}`) }
  }
}
