/**
 * What a diagram holds when the request gives only a topic ("a mind map about coffee", "a flow
 * chart of login"): a few sensible items, written the way a person would type them so the same
 * parsers read them. A topic nobody listed gets a generic start the asker can edit.
 */
import type { DiagramIntentKind } from './diagramKind'

type Template = readonly [pattern: RegExp, body: string]

const TEMPLATES: Partial<Record<DiagramIntentKind, readonly Template[]>> = {
  flowchart: [
    [/\b(log ?in|sign ?in|login|auth)/i, 'Start -> Enter email and password -> Valid?; Valid? -yes-> Dashboard; Valid? -no-> Show error; Show error -> Enter email and password'],
    [/\b(sign ?up|signup|regist|onboard)/i, 'Start -> Fill in the form -> Verify email -> Email verified?; Email verified? -yes-> Welcome tour -> End; Email verified? -no-> Resend email'],
    [/\b(checkout|order|purchase|buy|payment)/i, 'Start -> Add to cart -> Checkout -> Paid?; Paid? -yes-> Ship order -> End; Paid? -no-> Send reminder'],
    [/\b(bug|issue|incident|support|ticket)/i, 'Report -> Triage -> Reproducible?; Reproducible? -yes-> Fix -> Review -> Release; Reproducible? -no-> Ask for details'],
    [/\b(deploy|release|ci|build)/i, 'Commit -> Build -> Tests pass?; Tests pass? -yes-> Deploy -> Monitor; Tests pass? -no-> Fix'],
    [/\b(hir|recruit|interview)/i, 'Apply -> Screen -> Interview -> Good fit?; Good fit? -yes-> Offer; Good fit? -no-> Reject'],
  ],
  mindMap: [
    [/\bcoffee\b/i, 'Beans (Arabica, Robusta); Brewing (Espresso, Pour over, French press); Drinks (Latte, Cappuccino); Cafés'],
    [/\b(trip|travel|holiday|vacation)\b/i, 'Flights; Hotel; Food; Sights; Budget'],
    [/\b(launch|product|marketing)\b/i, 'Audience; Message; Channels (Blog, Social, Ads); Timeline; Metrics'],
    [/\b(project|plan)\b/i, 'Goals; Team; Tasks; Risks; Timeline'],
    [/\b(health|fitness|wellbeing)\b/i, 'Sleep; Food; Exercise; Mind'],
  ],
  orgChart: [[/(?:)/, 'CEO at top; CTO, CFO and COO under the CEO; Engineering and Design under the CTO; Finance under the CFO; Operations under the COO']],
  tree: [
    [/\bfamily\b/i, 'Grandparents at top; Mum and Uncle under Grandparents; Me and Sister under Mum'],
    [/\bdecision\b/i, 'Decide?; Option A under Decide?; Option B under Decide?'],
    [/\banimals?\b/i, 'Animals: Mammals, Birds, Fish; Mammals: Dogs, Cats; Birds: Eagles, Parrots'],
  ],
  timeline: [
    [/\b(startup|company|business)\b/i, '2019 founded, 2020 first customer, 2021 seed round, 2023 series A'],
    [/\b(day|morning)\b/i, '7:00 wake up, 9:00 work, 12:30 lunch, 18:00 gym, 22:00 sleep'],
    [/\b(year|quarter|roadmap|plan|project)\b/i, 'Q1 plan, Q2 build, Q3 launch, Q4 grow'],
  ],
  sequence: [
    [/\b(log ?in|sign ?in|login|auth)/i, 'user enters credentials to browser, browser posts login to server, server queries database, database returns user to server, server sends session to browser'],
    [/\b(pay|checkout|order)/i, 'customer submits order to shop, shop charges card at payment provider, payment provider confirms to shop, shop sends receipt to customer'],
  ],
  cycle: [
    [/\bwater\b/i, 'Evaporation, Condensation, Precipitation, Collection'],
    [/\b(pdca|deming|improvement)\b/i, 'Plan, Do, Check, Act'],
    [/\b(software|development|sdlc|product)\b/i, 'Plan, Design, Build, Test, Release, Learn'],
    [/\b(customer|sales)\b/i, 'Reach, Acquire, Convert, Retain, Advocate'],
    [/\b(life|frog|butterfly)\b/i, 'Egg, Larva, Pupa, Adult'],
  ],
  pyramid: [
    [/\b(maslow|needs)\b/i, 'Self-actualisation, Esteem, Belonging, Safety, Physiological needs'],
    [/\b(test|testing)\b/i, 'UI tests, Integration tests, Unit tests'],
    [/\bfood\b/i, 'Sweets, Protein, Dairy, Vegetables, Grains'],
  ],
  funnel: [
    [/\b(sign ?up|signup|onboard)/i, 'Visit, Sign up, Activate, Subscribe'],
    [/\b(hir|recruit)/i, 'Applicants, Screened, Interviewed, Offered, Hired'],
    [/(?:)/, 'Awareness, Interest, Consideration, Intent, Purchase'],
  ],
  kanban: [[/(?:)/, 'To do, Doing, Done']],
  graph: [
    [/\b(friend|people|social|team|family|person|colleague)/i, 'Alice - Bob, Bob - Carol, Carol - Alice, Carol - Dave, Dave - Eve, Eve - Alice'],
    [/(?:)/, 'Node A - Node B, Node B - Node C, Node C - Node A, Node C - Node D, Node D - Node E'],
  ],
}

/** Generic starts, for topics no template knows. */
const GENERIC: Partial<Record<DiagramIntentKind, (topic: string) => string>> = {
  flowchart: (topic) => `Start -> ${topic} -> Done?; Done? -yes-> End; Done? -no-> ${topic}`,
  mindMap: () => 'Why; What; Who; How; When',
  tree: (topic) => `${topic}: Part 1, Part 2, Part 3`,
  timeline: () => 'Q1, Q2, Q3, Q4',
  sequence: () => 'client sends request to server, server queries database, database returns rows to server, server responds to client',
  cycle: () => 'Plan, Do, Check, Act',
  pyramid: () => 'Top, Middle, Base',
  venn: () => 'A, B',
}

/** True when a template knows the topic (not just the generic start). */
export function knowsTopic(kind: DiagramIntentKind, request: string): boolean {
  return TEMPLATES[kind]?.some(([pattern]) => pattern.source !== '(?:)' && pattern.test(request)) ?? false
}

/** The items a request naming only a topic gets, written as a list; null when the kind has no default. */
export function defaultBody(kind: DiagramIntentKind, topic: string, request: string): string | null {
  const found = TEMPLATES[kind]?.find(([pattern]) => pattern.test(request))
  if (found) return found[1]
  return GENERIC[kind]?.(topic || 'Step') ?? null
}
