import { describe, expect, it } from 'vitest'
import { colorMentions, colorOf, wantsManyColors } from './colors'
import { parseComposition } from './composition'
import { anchorOf, arrangementOf, sizeFactor } from './modifiers'
import { parseNumberWord, readCount } from './numbers'
import { geoNouns, kindWords } from './shapeWords'
import { quotedPhrases, splitList, stripLeadIns } from './text'
import { unknownThings } from './unknownThings'

describe('numbers', () => {
  it.each([
    ['three', 3], ['12', 12], ['twenty-five', 25], ['twenty five', 25], ['a dozen', 12], ['a couple of', 2],
    ['a few', 3], ['half a dozen', 6], ['one hundred', 100], ['nineteen', 19],
  ])('%s → %i', (text, value) => {
    expect(readCount(text.split(' '), 0)?.value).toBe(value)
  })

  it('reads lone numbers', () => {
    expect(parseNumberWord('seven')).toBe(7)
    expect(parseNumberWord('seven dwarfs')).toBeNull()
  })
})

describe('colours', () => {
  it('lands every common name on a tldraw colour', () => {
    expect(['purple', 'pink', 'navy', 'gray', 'brown', 'gold', 'teal', 'lime'].map((word) => colorOf(word))).toEqual(
      ['violet', 'light-red', 'blue', 'grey', 'orange', 'yellow', 'light-blue', 'light-green'],
    )
    expect(colorMentions('a light blue box and a dark green star').map((mention) => mention.color)).toEqual(['light-blue', 'green'])
    expect(wantsManyColors('rainbow stars')).toBe(true)
  })
})

describe('words for shapes and places', () => {
  it('finds shape nouns, plurals and multi-word kinds', () => {
    expect(geoNouns('two boxes, a check box, right arrows and rhombi').map((match) => [match.noun.geo, match.plural])).toEqual([
      ['rectangle', true], ['check-box', false], ['arrow-right', true], ['rhombus', true],
    ])
    expect(kindWords('the sticky notes and the red circles').map((kind) => kind.word)).toEqual(['sticky notes', 'circles'])
  })

  it('reads places, arrangements and sizes', () => {
    expect(anchorOf('in the top left corner')).toBe('top-left')
    expect(anchorOf('at the bottom')).toBe('bottom')
    expect(arrangementOf('stacked on top of each other')).toBe('column')
    expect(arrangementOf('side by side')).toBe('row')
    expect(sizeFactor('a huge star')).toBeGreaterThan(sizeFactor('a big star'))
  })

  it('splits lists and finds quotes', () => {
    expect(splitList('milk, eggs and bread')).toEqual(['milk', 'eggs', 'bread'])
    expect(splitList('- a\n- b\n- c')).toEqual(['a', 'b', 'c'])
    expect(quotedPhrases(`write 'Hello' and "World" and don't split`)).toEqual(['Hello', 'World'])
    expect(stripLeadIns('Hey, could you please draw a cat!')).toBe('draw a cat')
  })
})

describe('compositions', () => {
  it('gives each thing its own count, colour and size', () => {
    const { items, arrangement, anchor } = parseComposition('three red circles and a big blue star in a row at the top')
    expect(items.map((item) => [item.word, item.count, item.colors, item.scale])).toEqual([
      ['circles', 3, ['red'], 1],
      ['star', 1, ['blue'], 1.6],
    ])
    expect([arrangement, anchor]).toEqual(['row', 'top'])
  })

  it('does not draw nouns inside labels', () => {
    const { items } = parseComposition('a box labelled house', 'a box labelled House')
    expect(items).toHaveLength(1)
    expect(items[0]?.labels).toEqual(['House'])
  })
})

describe('what a request names that cannot be drawn', () => {
  it('finds the things left out, and nothing in ordinary requests', () => {
    expect(unknownThings('two small houses and a cat')).toEqual(['cat'])
    expect(unknownThings('a house with a garden')).toEqual([])
    expect(unknownThings('a big blue star in the top left corner')).toEqual([])
    expect(unknownThings('three red circles in a row')).toEqual([])
  })

  it('reads "rainbow" before a shape as colours', () => {
    expect(parseComposition('rainbow stars').items.map((item) => [item.word, item.colors.length])).toEqual([['stars', 8]])
    expect(parseComposition('a rainbow and a star').items.map((item) => item.word)).toEqual(['rainbow', 'star'])
  })
})
