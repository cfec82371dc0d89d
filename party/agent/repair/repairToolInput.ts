/**
 * Repairs what a model sent for a tool before its zod schema judges it. Small and local models get
 * the shape right but the spelling wrong: numbers and booleans as strings, one object where a list
 * is expected, "grey"/"gray" or "circle" for tldraw's values, "width" for "w", nulls for omitted
 * fields, a JSON document inside a string. The pass is driven by the schema itself, so every tool,
 * present and future, gets the same repairs, and it never invents a value: what it cannot map is
 * left for the schema to refuse, with a message the model can act on (see describeToolIssues).
 */
import type { z } from 'zod'
import { matchStyleValue } from '../../../shared/tools/styleSynonyms'

/** The input after repair, and one line per repair made (for logs and tests). */
export interface RepairResult {
  value: unknown
  repairs: string[]
}

/** Field names models use for ours; applied only when the schema has the target and not the alias. */
const KEY_SYNONYMS: Readonly<Record<string, string>> = {
  width: 'w', height: 'h', colour: 'color', label: 'text', title: 'text', content: 'text', shape: 'geo', kind: 'geo',
  left: 'x', top: 'y', source: 'from', target: 'to', start: 'from', end: 'to', program: 'code', script: 'code',
}

// zod 4's definition objects, read through the `def` every schema carries.
interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  options?: z.ZodType[]
  discriminator?: string
  entries?: Record<string, string | number>
  values?: unknown[]
  in?: z.ZodType
  getter?: () => z.ZodType
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Repairs `value` against `schema`; returns a new value and never mutates the input. */
export function repairToolInput(schema: z.ZodType, value: unknown): RepairResult {
  const repairs: string[] = []
  const repaired = repair(schema, value, '', repairs)
  return { value: repaired, repairs }
}

function repair(schema: z.ZodType, value: unknown, path: string, repairs: string[]): unknown {
  const def = defOf(schema)
  const note = (what: string) => repairs.push(`${path || 'input'}: ${what}`)
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? repair(def.innerType, value, path, repairs) : value
    case 'pipe':
      return def.in ? repair(def.in, value, path, repairs) : value
    case 'lazy':
      return def.getter ? repair(def.getter(), value, path, repairs) : value
    case 'number': {
      if (typeof value !== 'string') return value
      const match = /^\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s*(?:px)?\s*$/i.exec(value)
      if (!match?.[1]) return value
      note(`number from "${value}"`)
      return Number(match[1])
    }
    case 'boolean': {
      const text = typeof value === 'string' ? value.trim().toLowerCase() : value
      if (text === 'true' || text === 'yes' || text === 1) return note(`boolean from ${JSON.stringify(value)}`), true
      if (text === 'false' || text === 'no' || text === 0) return note(`boolean from ${JSON.stringify(value)}`), false
      return value
    }
    case 'string':
      if (typeof value === 'number' && Number.isFinite(value)) return note('string from a number'), String(value)
      return value
    case 'enum': {
      if (typeof value !== 'string') return value
      const allowed = Object.values(def.entries ?? {}).filter((entry): entry is string => typeof entry === 'string')
      const match = matchStyleValue(value, allowed)
      if (match && match !== value) note(`"${value}" read as "${match}"`)
      return match ?? value
    }
    case 'literal': {
      if (typeof value !== 'string') return value
      const match = (def.values ?? []).find((literal) => typeof literal === 'string' && literal.toLowerCase() === value.trim().toLowerCase())
      if (match !== undefined && match !== value) note(`"${value}" read as "${String(match)}"`)
      return match ?? value
    }
    case 'array': {
      let items = parsedJson(value, Array.isArray) ?? value
      if (items !== value) note('list from a JSON string')
      if (!Array.isArray(items)) {
        if (items === undefined || items === null) return value
        note('one item made a list')
        items = [items]
      }
      const element = def.element
      return element ? (items as unknown[]).map((item, index) => repair(element, item, `${path}.${index}`, repairs)) : items
    }
    case 'object':
      return repairObject(def.shape ?? {}, value, path, repairs, note)
    case 'union':
      return repairUnion(def, value, path, repairs)
    default:
      return value
  }
}

function repairObject(shape: Record<string, z.ZodType>, value: unknown, path: string, repairs: string[], note: (what: string) => void): unknown {
  const object = parsedJson(value, isRecord) ?? value
  if (object !== value) note('object from a JSON string')
  if (!isRecord(object)) return value
  const result: Record<string, unknown> = {}
  for (const [rawKey, field] of Object.entries(object)) {
    let key = rawKey
    if (!(key in shape)) {
      const lower = key.toLowerCase()
      const alias = lower in shape ? lower : KEY_SYNONYMS[lower]
      if (!alias || !(alias in shape) || alias in object) {
        note(`unknown field "${rawKey}" dropped`)
        continue
      }
      note(`field "${rawKey}" read as "${alias}"`)
      key = alias
    }
    const fieldSchema = shape[key]
    if (field === null && fieldSchema && acceptsUndefined(fieldSchema) && !fieldSchema.safeParse(null).success) {
      note(`null "${key}" omitted`)
      continue
    }
    result[key] = fieldSchema ? repair(fieldSchema, field, path ? `${path}.${key}` : key, repairs) : field
  }
  return result
}

function repairUnion(def: Def, value: unknown, path: string, repairs: string[]): unknown {
  const options = def.options ?? []
  if (def.discriminator && isRecord(value)) {
    const tag = def.discriminator
    for (const option of options) {
      const tagSchema = defOf(option).shape?.[tag]
      if (!tagSchema) continue
      const fixedTag = repair(tagSchema, value[tag], `${path}.${tag}`, [])
      if (tagSchema.safeParse(fixedTag).success) return repair(option, value, path, repairs)
    }
    return retagged(options, tag, value, path, repairs) ?? value
  }
  // A plain union: the first option the repaired value satisfies.
  for (const option of options) {
    const attempt: string[] = []
    const fixed = repair(option, value, path, attempt)
    if (option.safeParse(fixed).success) {
      repairs.push(...attempt)
      return fixed
    }
  }
  return value
}

/**
 * A tag that names a kind inside an option ("type": "circle" for a geo shape with geo "ellipse"):
 * the option whose other enum field accepts it, with the tag moved there.
 */
function retagged(options: z.ZodType[], tag: string, value: Record<string, unknown>, path: string, repairs: string[]): unknown {
  if (typeof value[tag] !== 'string') return undefined
  for (const option of options) {
    const shape = defOf(option).shape ?? {}
    const literal = defOf(shape[tag] ?? option).values?.[0]
    for (const [field, fieldSchema] of Object.entries(shape)) {
      if (field === tag || field in value || !isEnum(fieldSchema)) continue
      const kind = repair(fieldSchema, value[tag], '', [])
      if (kind === undefined || !fieldSchema.safeParse(kind).success || typeof kind !== 'string') continue
      repairs.push(`${path || 'input'}: ${tag} "${value[tag]}" read as ${tag} "${String(literal)}" with ${field} "${kind}"`)
      return repair(option, { ...value, [tag]: literal, [field]: kind }, path, repairs)
    }
  }
  return undefined
}

/** True for an enum, optional or not (a kind field such as geo, never a free string like id). */
function isEnum(schema: z.ZodType): boolean {
  const def = defOf(schema)
  return def.type === 'enum' || (def.innerType !== undefined && isEnum(def.innerType))
}

const acceptsUndefined = (schema: z.ZodType) => schema.safeParse(undefined).success

/** A string holding JSON of the wanted kind, parsed; undefined otherwise. */
function parsedJson<T>(value: unknown, wanted: (parsed: unknown) => parsed is T): T | undefined {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return undefined
  try {
    const parsed: unknown = JSON.parse(value)
    return wanted(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}

/** What is still wrong after repair, as a message a model can act on. */
export function describeToolIssues(toolName: string, error: z.ZodError): string {
  const issues = error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : ''
  return `Invalid input for ${toolName}: ${issues.join('; ')}${more}. Nothing was changed; fix these fields and call ${toolName} again.`
}
