/**
 * What the sketch model reads from its prompt, like a hosted model would: the request (the last
 * user message), the board (the last `<board>` block of the system prompt), earlier requests, and
 * the steps it already took in this turn with the tools' answers. Nothing is remembered between
 * calls; every step is worked out again from the conversation.
 */
import type { LanguageModelV3Prompt } from '@ai-sdk/provider'
import { parseBoardDescription, type ParsedBoard } from '../../boardDescription'
import { parseDiagramSummary, type DescribedDiagram } from '../../diagramSummary'
import { readToolAnswer, type ToolAnswer } from './toolResults'

/** Messages read from the end of a prompt; older ones cannot matter to this turn. */
const MAX_MESSAGES = 400
/** Parts read per message. */
const MAX_PARTS = 400

export interface SeenCall {
  toolCallId: string
  toolName: string
  input: unknown
}

/** One step the model already took in this turn: its text, its calls and their answers. */
export interface SeenStep {
  text: string
  calls: SeenCall[]
  answers: Map<string, ToolAnswer & { toolName: string }>
}

export interface Conversation {
  /** The current request (empty when the prompt has no user message). */
  request: string
  board: ParsedBoard | null
  /** Diagrams the board description lists, with their structure. */
  diagrams: DescribedDiagram[]
  /** Earlier user messages, oldest first. */
  earlierRequests: string[]
  /** This turn's steps so far, oldest first. */
  steps: SeenStep[]
  /** Characters in the prompt, for the usage estimate. */
  promptChars: number
}

type Message = LanguageModelV3Prompt[number]

function userText(message: Message): string {
  if (message.role !== 'user') return ''
  return message.content
    .slice(0, MAX_PARTS)
    .map((part) => (part.type === 'text' ? part.text : ''))
    .join('\n')
    .trim()
}

export function readPrompt(prompt: LanguageModelV3Prompt): Conversation {
  const messages = prompt.slice(-MAX_MESSAGES)
  let promptChars = 0
  const systemTexts: string[] = []
  let lastUser = -1
  messages.forEach((message, index) => {
    if (message.role === 'system') {
      systemTexts.push(message.content)
      promptChars += message.content.length
    } else {
      promptChars += JSON.stringify(message.content).length
      if (message.role === 'user') lastUser = index
    }
  })
  const earlierRequests = messages.slice(0, Math.max(0, lastUser)).map(userText).filter(Boolean)
  const steps: SeenStep[] = []
  for (const message of messages.slice(lastUser + 1)) {
    if (message.role === 'assistant') {
      const step: SeenStep = { text: '', calls: [], answers: new Map() }
      for (const part of message.content.slice(0, MAX_PARTS)) {
        if (part.type === 'text') step.text += part.text
        else if (part.type === 'tool-call') step.calls.push({ toolCallId: part.toolCallId, toolName: part.toolName, input: part.input })
        else if (part.type === 'tool-result') step.answers.set(part.toolCallId, { ...readToolAnswer(part.output), toolName: part.toolName })
      }
      steps.push(step)
    } else if (message.role === 'tool') {
      const step = steps.at(-1)
      if (!step) continue
      for (const part of message.content.slice(0, MAX_PARTS)) {
        if (part.type === 'tool-result') step.answers.set(part.toolCallId, { ...readToolAnswer(part.output), toolName: part.toolName })
      }
    }
  }
  const lastUserMessage = lastUser >= 0 ? messages[lastUser] : undefined
  return {
    request: lastUserMessage ? userText(lastUserMessage) : '',
    board: parseBoardDescription(systemTexts.join('\n')),
    diagrams: parseDiagramSummary(systemTexts.join('\n')),
    earlierRequests,
    steps,
    promptChars,
  }
}
