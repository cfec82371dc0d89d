/**
 * Answers that are words, not drawings: greetings, "what can you draw?", thanks, and requests the
 * sketch model does not understand. Those get a helpful list of what it can do, and a drawing
 * request it cannot draw still leaves a labelled note on the board, so the asker sees something.
 */
import { arrangeDrawings } from '../../layout/arrangeDrawings'
import { placeBlock } from '../../layout/placement'
import { drawingPlan, answerOnly } from '../drawingPlan'
import { cleanLabel, drawingObjectOriginal, startsWithDrawVerb, stripLeadIns } from '../parse/text'
import type { Intent, PlanContext, Plan } from '../planTypes'

/** What the embedded model can do, in the words of its answers. */
export const CAPABILITIES = [
  'shapes with counts, colours, sizes and places ("three red circles in a row", "a big blue star in the top left")',
  'scenes: a house, a tree, a smiley, a sun, flowers, clouds, a snowman, a car, a rocket, a boat ("a house with a garden")',
  'diagrams, laid out for you: flowcharts ("flowchart: Idea -> Prototype -> Launch"), org charts ("an org chart: CEO at top, CTO and CFO below"), mind maps, timelines ("a timeline of Q1, Q2, Q3, Q4"), sequence diagrams, venn diagrams, 2×2 matrices, kanban boards, tables, cycles, pyramids, funnels and wireframes ("wireframe of a login page")',
  'sticky notes from a list ("sticky notes: milk, eggs, bread"), text ("write \'Hello\' in big letters") and frames ("a frame called Ideas")',
  'patterns made by a small program: grids ("a 6 by 4 grid of squares"), spirals, bar charts ("a bar chart of 3, 7, 5, 9"), a clock face, rows of many shapes',
  'changes to the board: recolour ("make the circles blue"), delete ("delete all the sticky notes", "clear the board"), arrange ("align the boxes", "stack the notes vertically"), rename ("rename Idea to Concept"), move, resize and connect shapes',
]

const capabilityList = () => CAPABILITIES.map((line) => `• ${line}`).join('\n')

const GREETING = /^(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening)|greetings)\b[\s!.,]*(there|sketch(y|room)?|bot|ai)?[\s!.]*$/
const THANKS = /^(thanks|thank you|thx|ty|cheers|great|nice|cool|awesome|perfect|lovely|good job|well done|ok|okay)\b/
const HELP = /^(help|\?|what can you (do|draw|make)|what do you (do|draw)|how do (i|you) (use|work)|what are you|who are you|capabilities|commands|examples?)\b/

export const helpIntent: Intent = ({ request }) => {
  const text = stripLeadIns(request)
  if (!text) return answerOnly(`What shall I draw? I can do:\n${capabilityList()}`)
  if (GREETING.test(request.trim().toLowerCase()) || GREETING.test(text)) {
    return answerOnly(`Hello! I'm Sketchroom's offline sketch model. Tell me what to draw, for example "a house with a tree". I can do:\n${capabilityList()}`)
  }
  if (HELP.test(text)) return answerOnly(`I'm the offline sketch model: I draw from simple instructions. I can do:\n${capabilityList()}`)
  if (/^(undo|revert|go back|take (that|it) back)\b/.test(text)) {
    return answerOnly('To take back my last turn, press “Undo AI turn” in the chat panel: it reverts everything that turn drew or changed, on every device.')
  }
  if (THANKS.test(text) && text.split(/\s+/).length <= 5) return answerOnly('You’re welcome! Tell me what to draw next.')
  return null
}

/** The last resort: say what is possible, and for a drawing request leave its words on a note. */
export function unknownRequest(context: PlanContext): Plan {
  const list = capabilityList()
  if (!startsWithDrawVerb(context.request) || !context.tools.has('create_shapes')) {
    return answerOnly(`Sorry, I didn't understand that. I'm the offline sketch model, so I only know simple instructions. I can do:\n${list}`)
  }
  const what = cleanLabel(drawingObjectOriginal(context.request)).slice(0, 200) || context.request.slice(0, 200)
  const block = arrangeDrawings([{ label: 'a note', shapes: [{ type: 'note', x: 0, y: 0, text: what, color: 'light-violet' }], w: 200, h: 200 }], 'row')
  const placed = placeBlock(block, context.board)
  return drawingPlan({
    intro: `I don't know how to draw “${what}” yet (I'm the offline sketch model), so I'm putting it on a note for now.`,
    drawings: placed.block.drawings,
    summary: `Here's what I can draw:\n${list}`,
  })
}
