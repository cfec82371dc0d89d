import { getSchema } from '@tiptap/core'
import { toRichText, type TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { geoShape } from '../e2e/support/records'
import { EMBED_HOSTNAMES, isAllowedEmbedUrl } from './embedHosts'
import { MAX_RECORD_TEXT_CHARS, MAX_RICH_TEXT_DEPTH } from './limits'
import { checkBoardRecord, recordTextChars } from './recordRules'
import { checkRichText, RICH_TEXT_MARKS, RICH_TEXT_NODES } from './richTextRules'

const withText = (richText: unknown) => geoShape({ props: { richText } })

describe('rich text', () => {
  it('knows exactly the node and mark types of tldraw’s default extensions', async () => {
    const { tipTapDefaultExtensions } = await import('tldraw')
    const schema = getSchema(tipTapDefaultExtensions)
    expect(new Set(Object.keys(schema.nodes))).toEqual(RICH_TEXT_NODES)
    expect(new Set(Object.keys(schema.marks))).toEqual(RICH_TEXT_MARKS)
  })

  it('accepts what tldraw writes: paragraphs, lists, headings, marks and links', () => {
    expect(checkRichText(toRichText('hello\nworld'))).toBeNull()
    const rich = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, dir: 'auto' }, content: [{ type: 'text', text: 'Title', marks: [{ type: 'bold' }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'link', attrs: { href: 'https://tldraw.dev', target: '_blank', rel: null, class: null } }] }] }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'x' }, { type: 'hardBreak' }, { type: 'text', text: 'y', marks: [{ type: 'highlight' }] }] },
      ],
    }
    expect(checkRichText(rich)).toBeNull()
  })

  it.each([
    ['an unknown node type', { type: 'doc', content: [{ type: 'iframe' }] }, /unknown rich-text node/],
    ['a null node', { type: 'doc', content: [null] }, /not an object/],
    ['an unknown mark', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'blink' }] }] }] }, /unknown mark/],
    ['a null mark', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [null] }] }] }, /mark is not an object/],
    ['a javascript: link', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }, /http, https or mailto/],
    ['empty text', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] }, /non-empty text/],
    ['content that is not a list', { type: 'doc', content: { type: 'paragraph' } }, /must be a list/],
    ['a nested document', { type: 'doc', content: [{ type: 'doc' }] }, /another document/],
    ['nested attributes', { type: 'doc', content: [{ type: 'paragraph', attrs: { x: { y: 1 } } }] }, /not a plain value/],
    ['no document at the root', { type: 'paragraph' }, /must be a document/],
  ])('refuses %s', (_name, value, error) => {
    expect(checkRichText(value)).toMatch(error)
  })

  it(`refuses lists nested deeper than ${MAX_RICH_TEXT_DEPTH}, without recursion`, () => {
    let node: Record<string, unknown> = { type: 'paragraph' }
    for (let i = 0; i < 100_000; i++) node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] }
    expect(checkRichText({ type: 'doc', content: [node] })).toMatch(/deeper than/)
  })
})

describe('embeds', () => {
  it('lists exactly the hostnames of tldraw’s embed definitions', async () => {
    const { DEFAULT_EMBED_DEFINITIONS } = await import('tldraw')
    expect([...EMBED_HOSTNAMES].sort()).toEqual(DEFAULT_EMBED_DEFINITIONS.flatMap((definition) => [...definition.hostnames]).sort())
  })

  it.each([
    ['https://www.youtube.com/watch?v=abc', true],
    ['https://m.youtube.com/watch?v=abc', true],
    ['https://www.google.co.uk/maps/@51.5,-0.1,12z', true],
    ['https://www.figma.com/file/abc', true],
    ['https://evil.example/phish', false],
    ['https://figma.com.evil.example/', false],
    ['https://notfigma.com/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s: %s', (url, allowed) => {
    expect(isAllowedEmbedUrl(url)).toBe(allowed)
  })
})

describe('checkBoardRecord', () => {
  it('accepts a plain shape', () => {
    const shape = geoShape()
    expect(checkBoardRecord(shape.id, shape).ok).toBe(true)
  })

  it('refuses what tldraw’s schema refuses', () => {
    const shape = geoShape()
    expect(checkBoardRecord(shape.id, { ...shape, x: 'left' })).toMatchObject({ ok: false })
  })

  it('refuses a shape that is its own parent', () => {
    const shape = geoShape()
    expect(checkBoardRecord(shape.id, { ...shape, parentId: shape.id })).toMatchObject({ ok: false, error: expect.stringMatching(/own parent/) })
  })

  it('refuses bad rich text and too much text', () => {
    const unknown = withText({ type: 'doc', content: [{ type: 'video' }] })
    expect(checkBoardRecord(unknown.id, unknown)).toMatchObject({ ok: false, error: expect.stringMatching(/unknown rich-text node/) })
    const long = withText(toRichText('x'.repeat(MAX_RECORD_TEXT_CHARS + 1)))
    expect(checkBoardRecord(long.id, long)).toMatchObject({ ok: false, error: expect.stringMatching(/characters of text/) })
    const meta = { ...geoShape(), meta: { notes: 'x'.repeat(MAX_RECORD_TEXT_CHARS + 1) } }
    expect(checkBoardRecord(meta.id, meta)).toMatchObject({ ok: false })
  })

  it('refuses embeds of other sites', () => {
    const embed = (url: string) => ({ ...geoShape(), type: 'embed', props: { w: 300, h: 200, url } }) as unknown as TLRecord
    const youtube = embed('https://www.youtube.com/watch?v=abc')
    expect(checkBoardRecord(youtube.id, youtube).ok).toBe(true)
    const evil = embed('https://evil.example/')
    expect(checkBoardRecord(evil.id, evil)).toMatchObject({ ok: false, error: expect.stringMatching(/embeds show only/) })
  })

  it('counts the text a reader meets, not style values', () => {
    expect(recordTextChars(withText(toRichText('hello')))).toBe(5)
    expect(recordTextChars(geoShape({ meta: { note: 'abc' }, props: { url: 'https://a.b' } }))).toBe(3 + 11)
  })
})
