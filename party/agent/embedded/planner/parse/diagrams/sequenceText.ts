/**
 * Sequence diagrams from sentences: "browser calls server, server queries database" → participants
 * browser, server, database and two messages in order, labelled "calls" and "queries". Also
 * "user sends the form to the server", "Browser -> Server: GET /login" and "A to B: hello".
 * Participants are short names (the sentence's subject and object), never whole sentences.
 */
import type { DiagramEdge } from '../../../../../../shared/tools/createDiagram'
import { ARROW, label } from './diagramText'

export interface SequenceText {
  participants: string[]
  messages: DiagramEdge[]
}

const ARTICLE = /^(?:the|a|an|our|my|its|their)$/i
const CLAUSES = /\s*(?:[;\n]|,\s*(?:and\s+)?(?:then\s+)?|\s+(?:and\s+)?then\s+|\.\s+)\s*/i
/** "… to the server" at the end of a clause names the receiver. */
const RECEIVER = /\s+(?:back\s+)?(?:to|from|into|at|on|with)\s+(?:the\s+|a\s+|an\s+)?([\w-]+(?:\s+(?:service|server|api|app|db))?)\s*$/i
const MAX_MESSAGES = 60

const words = (text: string) => text.split(/\s+/).filter((word) => word && !ARTICLE.test(word))

function messageOf(clause: string, known: readonly string[]): DiagramEdge | null {
  const text = clause.trim().replace(/^(?:first|next|finally|after that|then)[,\s]+/i, '')
  const arrow = text.split(ARROW)
  if (arrow.length === 2 && arrow[0] && arrow[1]) {
    const [to, ...msg] = arrow[1].split(':')
    return { from: label(arrow[0]), to: label(to ?? ''), ...(msg.length > 0 ? { label: label(msg.join(':')) } : {}) }
  }
  const toForm = /^(.+?)\s+to\s+(.+?)\s*:\s*(.+)$/i.exec(text)
  if (toForm?.[1] && toForm[2] && toForm[3]) return { from: label(toForm[1]), to: label(toForm[2]), label: label(toForm[3]) }
  const all = words(text)
  // Two-word participants already known ("auth service") are read as one.
  const twoWord = known.find((name) => name.includes(' ') && text.toLowerCase().startsWith(name.toLowerCase()))
  const subject = twoWord ?? all[0]
  if (!subject) return null
  const rest = words(text.slice(text.toLowerCase().indexOf(subject.toLowerCase()) + subject.length))
  if (rest.length < 2) return null
  const receiver = RECEIVER.exec(rest.join(' '))
  if (receiver?.[1]) {
    const verb = rest.join(' ').slice(0, receiver.index)
    return { from: label(subject), to: label(receiver[1]), label: label(verb) }
  }
  const [verb, ...after] = rest
  const knownAt = after.findIndex((word) => known.some((name) => name.toLowerCase() === word.toLowerCase()))
  const objectAt = knownAt >= 0 ? knownAt : 0
  const object = after[objectAt]
  if (!verb || !object) return null
  const extra = [...after.slice(0, objectAt), ...after.slice(objectAt + 1)].join(' ')
  return { from: label(subject), to: label(object), label: label(extra ? `${verb} ${extra}` : verb) }
}

/** Subjects of the clauses, to recognise them when they come back as objects. */
function subjects(clauses: readonly string[]): string[] {
  return clauses.map((clause) => words(clause)[0] ?? '').filter(Boolean)
}

/** Participants and messages of a sequence written as sentences; null when fewer than one message reads. */
export function parseSequence(body: string): SequenceText | null {
  const clauses = body.split(CLAUSES).map((clause) => clause.trim()).filter(Boolean).slice(0, MAX_MESSAGES)
  const known = subjects(clauses)
  const messages: DiagramEdge[] = []
  const participants: string[] = []
  const participant = (name: string) => {
    const found = participants.find((one) => one.toLowerCase() === name.toLowerCase())
    if (found) return found
    participants.push(name)
    return name
  }
  for (const clause of clauses) {
    const message = messageOf(clause, [...known, ...participants])
    if (!message?.from || !message.to) continue
    messages.push({ ...message, from: participant(message.from), to: participant(message.to) })
  }
  return messages.length > 0 ? { participants, messages } : null
}
