/**
 * The AI SDK's `experimental_repairToolCall` hook for the agent's tools. The SDK calls it when a
 * call names no tool or its input fails the schema; this repairs the input (sloppy JSON with
 * jsonrepair, then the schema-driven pass) and hands back a call the schema accepts. What it cannot
 * repair it throws with a message saying what was wrong and how to fix it: the SDK answers the
 * model with that message as the call's result, and the call changes nothing.
 */
import { jsonrepair } from 'jsonrepair'
import type { ToolCallRepairFunction, ToolSet } from 'ai'
import type { AgentTool } from '../tools/toolTypes'
import { describeToolIssues, repairToolInput } from './repairToolInput'

/** Parses a model's JSON, forgiving what small models get wrong (quotes, commas, comments). */
export function parseLooseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const trimmed = text.trim() || '{}'
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown }
  } catch {
    try {
      return { ok: true, value: JSON.parse(jsonrepair(trimmed)) as unknown }
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) }
    }
  }
}

/** The repaired input of a call to `tool`, or the message for the model on why it cannot be run. */
export function repairCallInput(tool: AgentTool, rawInput: string): { ok: true; input: unknown; repairs: string[] } | { ok: false; error: string } {
  const parsed = parseLooseJson(rawInput)
  if (!parsed.ok) {
    return { ok: false, error: `The arguments of ${tool.name} are not valid JSON (${parsed.error}). Nothing was changed; send one JSON object that matches the tool's parameters.` }
  }
  const { value, repairs } = repairToolInput(tool.input, parsed.value)
  const checked = tool.input.safeParse(value)
  if (!checked.success) return { ok: false, error: describeToolIssues(tool.name, checked.error) }
  return { ok: true, input: value, repairs }
}

/** Why a call to a tool that does not exist cannot run, and what to call instead. */
export function unknownToolMessage(name: string, tools: readonly AgentTool[]): string {
  return `There is no tool named "${name}". Nothing was changed. The tools are: ${tools.map((tool) => tool.name).join(', ')}; call one of them by its exact name.`
}

/** The hook for `streamText`: repairs a refused call or throws what the model should fix. */
export function createToolCallRepair(tools: readonly AgentTool[], onRepaired?: (toolName: string, repairs: string[]) => void): ToolCallRepairFunction<ToolSet> {
  return async ({ toolCall }) => {
    const tool = tools.find((candidate) => candidate.name === toolCall.toolName)
    if (!tool) throw new Error(unknownToolMessage(toolCall.toolName, tools))
    const repaired = repairCallInput(tool, toolCall.input)
    if (!repaired.ok) throw new Error(repaired.error)
    onRepaired?.(tool.name, repaired.repairs)
    return { ...toolCall, input: JSON.stringify(repaired.input) }
  }
}
