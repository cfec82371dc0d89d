import { describe, expect, it } from 'vitest'
import { chooseModel, readModelSettings, visionByName } from './modelChoice'

describe('model settings', () => {
  it.each([
    ['gpt-4o-mini', true], ['gpt-4.1', true], ['gpt-5-nano', true], ['claude-sonnet-4-5', true], ['gemini-2.5-flash', true],
    ['llava:13b', true], ['qwen2.5vl:7b', true], ['Qwen/Qwen2.5-VL-7B-Instruct', true], ['llama3.2-vision', true],
    ['gpt-3.5-turbo', false], ['llama3.1:8b', false], ['qwen2.5:7b', false], ['mistral-nemo', false], ['sketch-1', false],
  ])('vision by name: %s → %s', (id, expected) => expect(visionByName(id)).toBe(expected))

  it('passes temperature, output cap and AI_VISION to the choice', () => {
    const choice = chooseModel({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', AI_MODEL: 'llama3.1', AI_VISION: '1', AI_TEMPERATURE: '0.2', AI_MAX_OUTPUT_TOKENS: '4096' })
    expect(choice).toMatchObject({ vision: true, call: { temperature: 0.2, maxOutputTokens: 4096 }, info: { id: 'llama3.1', vision: true } })
    expect(chooseModel({ OPENAI_API_KEY: 'k', AI_MODEL: 'gpt-4o', AI_VISION: 'off' }).info.vision).toBeUndefined()
    expect(chooseModel({}).vision).toBe(false)
  })

  it.each([
    [{ AI_VISION: 'maybe' }, /AI_VISION must be 1 or 0, not "maybe"/],
    [{ AI_TEMPERATURE: 'hot' }, /AI_TEMPERATURE must be a number from 0 to 2/],
    [{ AI_TEMPERATURE: '3' }, /AI_TEMPERATURE must be a number from 0 to 2, not "3"/],
    [{ AI_MAX_OUTPUT_TOKENS: '1.5' }, /AI_MAX_OUTPUT_TOKENS must be a whole number/],
    [{ AI_PROVIDER: 'anthropic' }, /AI_PROVIDER must be "embedded" or "openai"/],
    [{ OPENAI_BASE_URL: 'localhost:11434' }, /OPENAI_BASE_URL must be an http\(s\) URL/],
  ])('refuses %o with a clear sentence', (env, message) => expect(() => readModelSettings(env)).toThrow(message))
})
