/** Outdoor scenery: trees, flowers, the sun, the moon, clouds, mountains and a rainbow. */
import { arc, SceneKit, type SceneMaker } from './sceneKit'

export const tree: SceneMaker = ({ scale, color }) =>
  new SceneKit(scale)
    .geo('rectangle', 60, 130, 40, 110, 'orange')
    .geo('cloud', 0, 0, 160, 150, color ?? 'green')
    .done('a tree', 160, 240)

export const flower: SceneMaker = ({ scale, color }) => {
  const kit = new SceneKit(scale)
  kit.line([{ x: 50, y: 80 }, { x: 50, y: 200 }], 'green', 'l')
  kit.geo('ellipse', 52, 140, 36, 18, 'green')
  for (let i = 0; i < 6; i++) {
    const angle = (i * Math.PI) / 3
    kit.geo('ellipse', 50 + 28 * Math.cos(angle) - 18, 50 + 28 * Math.sin(angle) - 18, 36, 36, color ?? 'light-red')
  }
  kit.geo('ellipse', 35, 35, 30, 30, 'yellow')
  return kit.done('a flower', 100, 200)
}

export const sun: SceneMaker = ({ scale, color }) => {
  const kit = new SceneKit(scale)
  for (let i = 0; i < 8; i++) {
    const angle = (i * Math.PI) / 4
    const [inner, outer] = [72, 98]
    kit.line(
      [
        { x: 100 + inner * Math.cos(angle), y: 100 + inner * Math.sin(angle) },
        { x: 100 + outer * Math.cos(angle), y: 100 + outer * Math.sin(angle) },
      ],
      'orange',
      'l',
    )
  }
  kit.geo('ellipse', 40, 40, 120, 120, color ?? 'yellow')
  return kit.done('a sun', 200, 200)
}

/** A crescent: the outer circle's left side, back along a smaller circle set to the right. */
export const moon: SceneMaker = ({ scale, color }) => {
  const outer = arc(70, 70, 60, 50, 310, 16)
  const inner = arc(89, 70, 50, 293, 67, 12)
  return new SceneKit(scale).outline([...outer, ...inner], color ?? 'yellow', 'solid').done('a moon', 140, 140)
}

export const cloud: SceneMaker = ({ scale, color }) =>
  new SceneKit(scale).geo('cloud', 0, 0, 200, 120, color ?? 'light-blue', 'solid').done('a cloud', 200, 120)

export const mountain: SceneMaker = ({ scale, color }) =>
  new SceneKit(scale)
    .geo('triangle', 140, 60, 180, 140, color ?? 'grey', 'semi')
    .geo('triangle', 0, 0, 220, 200, color ?? 'grey', 'solid')
    .geo('triangle', 77, 0, 66, 60, 'white', 'fill', 's')
    .done('a mountain', 320, 200)

const RAINBOW = ['red', 'orange', 'yellow', 'green', 'blue', 'violet'] as const

export const rainbow: SceneMaker = ({ scale }) => {
  const kit = new SceneKit(scale)
  RAINBOW.forEach((band, i) => kit.line(arc(160, 170, 150 - i * 16, 180, 360, 8), band, 'xl', 'cubic'))
  return kit.done('a rainbow', 320, 180)
}
