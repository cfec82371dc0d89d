import { generateText, stepCountIs, streamText } from 'ai'
import { describe, expect, it } from 'vitest'
import { createEmbeddedModel, EMBEDDED_MODEL_ID, EMBEDDED_PROVIDER } from './embeddedSketchModel'
import { boardShapes, boardWith, runEmbeddedTurn } from './testing/embeddedTurn'

describe('the embedded sketch model through the AI SDK', () => {
  it('names itself like a provider model', () => {
    const model = createEmbeddedModel()
    expect(model).toMatchObject({ specificationVersion: 'v3', provider: EMBEDDED_PROVIDER, modelId: EMBEDDED_MODEL_ID })
    expect(EMBEDDED_PROVIDER).toBe('sketchroom.embedded')
    expect(EMBEDDED_MODEL_ID).toBe('sketch-1')
    expect(() => createEmbeddedModel({ chunkDelayMs: -1 })).toThrow(/chunkDelayMs/)
  })

  it('draws a flowchart with create_diagram, streaming its input in small chunks before its words, and ends with stop', async () => {
    const board = await boardWith()
    const run = await runEmbeddedTurn(board, 'draw a flowchart: Idea -> Prototype -> Launch')
    expect(run.toolErrors).toEqual([])
    expect(run.finishReason).toBe('stop')
    expect(run.deltas.length).toBeGreaterThan(5)
    expect(run.text).toMatch(/^Drawing a flowchart of 3 steps and 2 arrows/)
    expect(run.text).toMatch(/Done: a flowchart/)
    expect(run.calls.map((call) => call.toolName).filter((name) => name !== 'think')).toEqual(['create_diagram'])
    // The call's JSON streams in many small pieces, all before the first word of text.
    const firstText = run.partTypes.indexOf('text-delta')
    const inputDeltas = run.partTypes.filter((type, i) => type === 'tool-input-delta' && i < firstText)
    expect(inputDeltas.length).toBeGreaterThanOrEqual(6)
    const shapes = boardShapes(board)
    const boxes = shapes.filter((shape) => shape.type === 'geo')
    expect(boxes.map((shape) => shape.text).sort()).toEqual(['Idea', 'Launch', 'Prototype'])
    const label = (id: string | undefined) => boxes.find((box) => box.id === id)?.text
    const arrows = shapes.filter((shape) => shape.type === 'arrow')
    expect(arrows.map((arrow) => `${label(arrow.from)}>${label(arrow.to)}`).sort()).toEqual(['Idea>Prototype', 'Prototype>Launch'])
  })

  it('answers in words alone when there is nothing to draw', async () => {
    const board = await boardWith()
    const run = await runEmbeddedTurn(board, 'hello!')
    expect(run.steps).toBe(1)
    expect(run.calls).toEqual([])
    expect(run.finishReason).toBe('stop')
    expect(run.text).toMatch(/offline sketch model/)
  })

  it('stops promptly when aborted, with an abort the SDK recognises', async () => {
    const board = await boardWith()
    const controller = new AbortController()
    const model = createEmbeddedModel({ chunkDelayMs: 20 })
    const result = streamText({
      model,
      system: 'x',
      messages: [{ role: 'user', content: 'sticky notes: a, b, c, d, e, f' }],
      abortSignal: controller.signal,
      stopWhen: stepCountIs(20),
    })
    const seen: string[] = []
    for await (const part of result.fullStream) {
      seen.push(part.type)
      if (part.type === 'text-delta') controller.abort()
    }
    expect(seen).toContain('abort')
    expect(seen).not.toContain('finish')
    expect(boardShapes(board)).toEqual([])
  })

  it('errors its stream with an AbortError when the signal fires mid-stream', async () => {
    const controller = new AbortController()
    const model = createEmbeddedModel({ chunkDelayMs: 5 })
    const { stream } = await model.doStream({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'three red circles' }] }], abortSignal: controller.signal })
    const reader = stream.getReader()
    await reader.read()
    controller.abort()
    await expect(reader.read()).rejects.toMatchObject({ name: 'AbortError' })
    await expect(model.doStream({ prompt: [], abortSignal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('works with generateText (doGenerate) too', async () => {
    const result = await generateText({ model: createEmbeddedModel(), prompt: 'what can you draw?' })
    expect(result.text).toMatch(/flowcharts/)
    expect(result.finishReason).toBe('stop')
    expect(result.usage.outputTokens).toBeGreaterThan(0)
  })
})
