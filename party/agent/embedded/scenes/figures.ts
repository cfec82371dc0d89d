/** Faces and figures: a smiley, a snowman, a stick person, a fish. */
import { SceneKit, type SceneMaker } from './sceneKit'

export const smiley: SceneMaker = ({ scale, color }) =>
  new SceneKit(scale)
    .geo('ellipse', 0, 0, 200, 200, color ?? 'yellow')
    .geo('ellipse', 56, 56, 24, 36, 'black')
    .geo('ellipse', 120, 56, 24, 36, 'black')
    .line([{ x: 50, y: 122 }, { x: 100, y: 158 }, { x: 150, y: 122 }], 'black', 'l', 'cubic')
    .done('a smiley', 200, 200)

export const snowman: SceneMaker = ({ scale, color }) =>
  new SceneKit(scale)
    .geo('ellipse', 0, 160, 160, 140, color ?? 'black', 'none')
    .geo('ellipse', 20, 72, 120, 110, color ?? 'black', 'none')
    .geo('ellipse', 40, 0, 80, 80, color ?? 'black', 'none')
    .geo('ellipse', 58, 24, 10, 10, 'black')
    .geo('ellipse', 92, 24, 10, 10, 'black')
    .geo('arrow-right', 76, 40, 30, 14, 'orange', 'fill', 's')
    .geo('ellipse', 74, 100, 12, 12, 'black')
    .geo('ellipse', 74, 135, 12, 12, 'black')
    .done('a snowman', 160, 300)

export const person: SceneMaker = ({ scale, color }) => {
  const ink = color ?? 'black'
  return new SceneKit(scale)
    .geo('ellipse', 30, 0, 60, 60, ink, 'none')
    .line([{ x: 60, y: 60 }, { x: 60, y: 160 }], ink, 'l')
    .line([{ x: 10, y: 120 }, { x: 60, y: 90 }, { x: 110, y: 120 }], ink, 'l')
    .line([{ x: 20, y: 250 }, { x: 60, y: 160 }, { x: 100, y: 250 }], ink, 'l')
    .done('a person', 120, 260)
}

export const fish: SceneMaker = ({ scale, color }) =>
  new SceneKit(scale)
    .outline([{ x: 140, y: 60 }, { x: 200, y: 10 }, { x: 200, y: 110 }], color ?? 'orange')
    .geo('ellipse', 0, 10, 150, 100, color ?? 'orange')
    .geo('ellipse', 30, 44, 16, 16, 'black')
    .done('a fish', 200, 120)
