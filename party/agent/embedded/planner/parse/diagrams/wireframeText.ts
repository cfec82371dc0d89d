/**
 * Wireframes: the parts of a screen, each with its wireframe type, from a list ("header, search
 * box, list of results, buy button") or from the screen's name alone ("a login page" → a title,
 * email and password inputs, a log-in button and a forgot-password link).
 */
import type { DiagramNode } from '../../../../../../shared/tools/createDiagram'
import { capitalized, label, splitItems } from './diagramText'

type Part = readonly [type: string, label: string]

/** Screens people ask for by name, top to bottom. */
const SCREENS: readonly { pattern: RegExp; title: string; parts: readonly Part[] }[] = [
  { pattern: /\b(log ?in|sign ?in|login)\b/i, title: 'Login screen', parts: [['header', 'Welcome back'], ['input', 'Email'], ['input', 'Password'], ['checkbox', 'Remember me'], ['button', 'Log in'], ['link', 'Forgot password?']] },
  { pattern: /\b(sign ?up|signup|register|registration|create account)\b/i, title: 'Sign-up screen', parts: [['header', 'Create your account'], ['input', 'Name'], ['input', 'Email'], ['input', 'Password'], ['checkbox', 'I agree to the terms'], ['button', 'Sign up'], ['link', 'Already have an account? Log in']] },
  { pattern: /\b(checkout|payment|cart|basket)\b/i, title: 'Checkout screen', parts: [['header', 'Checkout'], ['list', 'Items in your cart'], ['input', 'Card number'], ['input', 'Expiry and CVC'], ['text', 'Total: $42.00'], ['button', 'Pay now']] },
  { pattern: /\b(search|results)\b/i, title: 'Search screen', parts: [['header', 'Search'], ['input', 'Search…'], ['button', 'Search'], ['list', 'Results'], ['link', 'Next page']] },
  { pattern: /\b(settings|preferences)\b/i, title: 'Settings screen', parts: [['header', 'Settings'], ['checkbox', 'Email notifications'], ['checkbox', 'Dark mode'], ['input', 'Display name'], ['button', 'Save changes']] },
  { pattern: /\b(profile|account)\b/i, title: 'Profile screen', parts: [['header', 'Profile'], ['image', 'Avatar'], ['text', 'Name and bio'], ['button', 'Edit profile'], ['list', 'Recent activity']] },
  { pattern: /\b(dashboard|admin|analytics)\b/i, title: 'Dashboard screen', parts: [['nav', 'Home · Reports · Settings'], ['header', 'Dashboard'], ['card', 'Key numbers'], ['image', 'Chart'], ['list', 'Latest activity']] },
  { pattern: /\b(contact)\b/i, title: 'Contact screen', parts: [['header', 'Contact us'], ['input', 'Name'], ['input', 'Email'], ['input', 'Message'], ['button', 'Send']] },
  { pattern: /\b(to-?do|task list|tasks)\b/i, title: 'To-do app', parts: [['header', 'My tasks'], ['input', 'New task'], ['button', 'Add'], ['list', 'Tasks'], ['footer', '3 items left']] },
  { pattern: /\b(landing|home ?page|homepage|marketing|website)\b/i, title: 'Home page', parts: [['nav', 'Logo · Features · Pricing · Log in'], ['header', 'A headline that says what it does'], ['text', 'One line on why it matters'], ['button', 'Get started'], ['image', 'Product picture'], ['footer', 'About · Contact · Terms']] },
]

/** Words that say which wireframe part an item is; the rest of the item is its label. */
const TYPE_WORDS: readonly (readonly [string, RegExp])[] = [
  ['nav', /\b(nav(?:igation)?(?: ?bar)?|menu(?: ?bar)?|tabs?|tab bar)\b/i],
  ['header', /\b(header|heading|title|headline|top ?bar|app ?bar)\b/i],
  ['footer', /\b(footer|bottom ?bar)\b/i],
  ['button', /\b(button|btn|cta|call to action)\b/i],
  ['checkbox', /\b(check ?box|toggle|switch|radio(?: button)?)\b/i],
  ['input', /\b(input|field|text ?box|search ?box|search bar|box|dropdown|select|text ?area)\b/i],
  ['list', /\b(list|results|feed|items|table|rows)\b/i],
  ['image', /\b(image|img|photo|picture|logo|avatar|hero|banner|chart|map|video)\b/i],
  ['card', /\b(card|panel|tile)\b/i],
  ['link', /\b(link|hyperlink)\b/i],
  ['text', /\b(text|paragraph|description|label|copy|caption)\b/i],
]

/** Words that only name the part's type; the other words are its label ("hero image" → "Hero"). */
const GENERIC_WORDS = /\b(?:image|img|picture|photo|button|btn|field|input|text ?box|box|list|bar|header|heading|title|footer|card|panel|tile|link|check ?box|toggle|switch|text|paragraph|label|dropdown|select|text ?area|nav(?:igation)?|menu)\b/gi

/** One screen part from how it was written: "buy button" → a button labelled "Buy". */
export function wireframePart(item: string): DiagramNode {
  const found = TYPE_WORDS.find(([, pattern]) => pattern.test(item))
  if (!found) return { label: capitalized(item), type: 'text' }
  const [type] = found
  const rest = label(item.replace(GENERIC_WORDS, ' ').replace(/\b(?:a|an|the|of|for|with)\b/gi, ' '))
  const fallback: Record<string, string> = { input: 'Text', button: 'OK', list: 'Items', image: 'Image', header: 'Title', nav: 'Menu', footer: 'Footer', card: 'Card', link: 'Link', checkbox: 'Option', text: 'Text' }
  return { label: capitalized(rest || (/search/i.test(item) ? 'Search' : fallback[type] ?? type)), type }
}

/** The screen a request names ("login page"), with its parts; null when it names none we know. */
export function knownScreen(text: string): { title: string; nodes: DiagramNode[] } | null {
  const screen = SCREENS.find((candidate) => candidate.pattern.test(text))
  return screen ? { title: screen.title, nodes: screen.parts.map(([type, text]) => ({ label: text, type })) } : null
}

/** A screen's parts from a written list, in order. */
export function parseWireframe(body: string): DiagramNode[] {
  return splitItems(body).map(wireframePart)
}
