/**
 * Venn diagrams: "cats and dogs", "cats vs dogs", "cats, dogs and birds", with items per set
 * ("cats (purr, independent)") and in the overlap ("both: pets, furry"). At most three sets; with
 * no items for the overlap it is labelled "Both" (two sets) or "All three".
 */
import type { DiagramNode } from '../../../../../../shared/tools/createDiagram'
import { capitalized, label, splitItems } from './diagramText'

const OVERLAP = /^(?:both|overlap|shared|common|in common|all(?: three)?|middle|intersection)$/i
export const MAX_VENN_SETS = 3

/** The sets and region items of a venn diagram; null when fewer than two sets are named. */
export function parseVenn(body: string): DiagramNode[] | null {
  const text = body.replace(/\s+(?:vs\.?|versus)\s+/gi, ', ')
  const sets: string[] = []
  const items: DiagramNode[] = []
  const groups: string[] = []
  const masked = text.replace(/\(([^()]*)\)/g, (_, inner: string) => `(#${groups.push(inner) - 1})`)
  const statements = masked.split(/\s*[;\n]\s*/).filter(Boolean)
  const entries = statements.flatMap((statement) => {
    const colon = /^([^:]+):\s*(.*)$/.exec(statement)
    return colon?.[1] ? [{ name: label(colon[1]), members: colon[2] ?? '' }] : splitItems(statement).map((name) => ({ name, members: '' }))
  })
  for (const entry of entries) {
    const inner = /^(.*?)\s*\(#(\d+)\)$/.exec(entry.name)
    const name = label(inner?.[1] ?? entry.name)
    const members = splitItems([entry.members, inner ? (groups[Number(inner[2])] ?? '') : ''].filter(Boolean).join(', '))
    if (OVERLAP.test(name)) {
      items.push(...members.map((member) => ({ label: member, parent: [] as string[] })))
      continue
    }
    if (sets.length >= MAX_VENN_SETS || !name) continue
    sets.push(capitalized(name))
    items.push(...members.map((member) => ({ label: member, parent: capitalized(name) })))
  }
  if (sets.length < 2) return null
  const overlapItems = items.filter((item) => Array.isArray(item.parent))
  const overlap = overlapItems.length > 0 ? overlapItems.map((item) => item.label) : [sets.length === 2 ? 'Both' : 'All three']
  return [
    ...sets.map((set) => ({ label: set })),
    ...items.filter((item) => !Array.isArray(item.parent)),
    ...overlap.map((member) => ({ label: member, parent: sets })),
  ]
}
