/**
 * The scenes the sketch model can draw, by the words people use for them ("a house", "two trees",
 * "a smiley face"), plus a few bundles ("a garden" is a tree and flowers). Sky things (sun, moon,
 * clouds) are drawn above the ground things when both are asked for.
 */
import { boat, car, house, rocket } from './buildings'
import { fish, person, smiley, snowman } from './figures'
import { cloud, flower, moon, mountain, rainbow, sun, tree } from './nature'
import type { SceneMaker } from './sceneKit'

export type SceneRole = 'ground' | 'sky'

export interface SceneEntry {
  name: string
  make: SceneMaker
  role: SceneRole
}

const scene = (name: string, make: SceneMaker, role: SceneRole = 'ground'): SceneEntry => ({ name, make, role })

const HOUSE = scene('house', house)
const TREE = scene('tree', tree)
const FLOWER = scene('flower', flower)
const SUN = scene('sun', sun, 'sky')
const MOON = scene('moon', moon, 'sky')
const CLOUD = scene('cloud', cloud, 'sky')

/** Singular and plural words for each scene. Longer phrases are matched first. */
const SCENE_WORDS: [string[], string[], SceneEntry][] = [
  [['smiley face', 'smiling face', 'happy face', 'smiley', 'smiley emoji', 'emoji', 'face'], ['smiley faces', 'happy faces', 'smileys', 'smilies', 'faces'], scene('smiley', smiley)],
  [['house', 'home', 'cottage', 'hut', 'cabin'], ['houses', 'homes', 'cottages', 'huts', 'cabins'], HOUSE],
  [['tree', 'oak', 'bush'], ['trees', 'oaks', 'bushes'], TREE],
  [['flower', 'tulip', 'daisy', 'rose', 'sunflower', 'blossom'], ['flowers', 'tulips', 'daisies', 'roses', 'sunflowers', 'blossoms'], FLOWER],
  [['sun', 'sunshine'], ['suns'], SUN],
  [['moon', 'crescent'], ['moons'], MOON],
  [['cloud'], ['clouds'], CLOUD],
  [['mountain', 'hill'], ['mountains', 'hills'], scene('mountain', mountain)],
  [['rainbow'], ['rainbows'], scene('rainbow', rainbow, 'sky')],
  [['snowman', 'snow man'], ['snowmen', 'snow men'], scene('snowman', snowman)],
  [['stick figure', 'stickman', 'stick man', 'person', 'man', 'woman', 'kid', 'child'], ['stick figures', 'stick men', 'people', 'men', 'women', 'kids', 'children'], scene('person', person)],
  [['fish', 'goldfish'], ['fishes'], scene('fish', fish)],
  [['car', 'automobile', 'vehicle'], ['cars', 'automobiles', 'vehicles'], scene('car', car)],
  [['rocket', 'spaceship', 'rocket ship', 'rocketship'], ['rockets', 'spaceships', 'rocket ships'], scene('rocket', rocket)],
  [['boat', 'sailboat', 'ship', 'sailing boat'], ['boats', 'sailboats', 'ships', 'sailing boats'], scene('boat', boat)],
]

/** Words that stand for several scenes at once, with their counts. */
const BUNDLES: [string[], [SceneEntry, number][]][] = [
  [['garden', 'gardens', 'flower bed', 'flowerbed', 'meadow'], [[TREE, 1], [FLOWER, 3]]],
  [['forest', 'woods', 'woodland', 'orchard'], [[TREE, 5]]],
  [['bouquet'], [[FLOWER, 3]]],
  [['night sky', 'night'], [[MOON, 1]]],
  [['landscape', 'countryside', 'scenery', 'nature scene'], [[scene('mountain', mountain), 1], [TREE, 2], [SUN, 1]]],
  [['village', 'neighbourhood', 'neighborhood', 'street'], [[HOUSE, 3], [TREE, 1]]],
  [['weather'], [[SUN, 1], [CLOUD, 2]]],
]

/** A scene word found in a text: which scenes it stands for, and where. */
export interface SceneMatch {
  entries: [SceneEntry, number][]
  plural: boolean
  index: number
  end: number
  word: string
}

interface Vocabulary {
  word: string
  entries: [SceneEntry, number][]
  plural: boolean
}

const VOCABULARY: Vocabulary[] = [
  ...SCENE_WORDS.flatMap(([singulars, plurals, entry]) => {
    const entries: [SceneEntry, number][] = [[entry, 1]]
    return [...singulars.map((word) => ({ word, entries, plural: false })), ...plurals.map((word) => ({ word, entries, plural: true }))]
  }),
  ...BUNDLES.flatMap(([words, entries]) => words.map((word) => ({ word, entries, plural: false }))),
].sort((a, b) => b.word.length - a.word.length)

const PATTERN = new RegExp(`\\b(?:${VOCABULARY.map((entry) => entry.word.replace(' ', '[ -]')).join('|')})\\b`, 'g')

/** Every scene word in `text` (lower case), in order. */
export function sceneWords(text: string): SceneMatch[] {
  const found: SceneMatch[] = []
  for (const match of text.matchAll(PATTERN)) {
    const word = match[0].replace('-', ' ')
    const entry = VOCABULARY.find((candidate) => candidate.word === word)
    if (entry) found.push({ entries: entry.entries, plural: entry.plural, index: match.index, end: match.index + match[0].length, word: match[0] })
  }
  return found
}
