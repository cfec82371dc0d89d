/** Things people build: a house, a car, a rocket, a boat. */
import { SceneKit, type SceneMaker } from './sceneKit'

export const house: SceneMaker = ({ scale, color }) =>
  new SceneKit(scale)
    .geo('rectangle', 20, 100, 200, 160, color ?? 'yellow', 'solid')
    .geo('triangle', 0, 0, 240, 100, color === 'red' ? 'orange' : 'red')
    .geo('rectangle', 100, 180, 40, 80, 'orange')
    .geo('rectangle', 40, 130, 40, 40, 'light-blue', 'solid')
    .geo('rectangle', 160, 130, 40, 40, 'light-blue', 'solid')
    .done('a house', 240, 260)

export const car: SceneMaker = ({ scale, color }) =>
  new SceneKit(scale)
    .geo('trapezoid', 50, 0, 160, 60, color ?? 'red', 'solid')
    .geo('rectangle', 0, 50, 260, 60, color ?? 'red')
    .geo('ellipse', 30, 90, 50, 50, 'black')
    .geo('ellipse', 180, 90, 50, 50, 'black')
    .done('a car', 260, 140)

export const rocket: SceneMaker = ({ scale, color }) =>
  new SceneKit(scale)
    .geo('arrow-down', 40, 210, 40, 70, 'orange', 'fill', 's')
    .geo('triangle', 0, 170, 30, 60, 'red')
    .geo('triangle', 90, 170, 30, 60, 'red')
    .geo('rectangle', 20, 70, 80, 150, color ?? 'light-blue', 'solid')
    .geo('triangle', 20, 0, 80, 70, 'red')
    .geo('ellipse', 40, 100, 40, 40, 'blue')
    .done('a rocket', 120, 280)

export const boat: SceneMaker = ({ scale, color }) =>
  new SceneKit(scale)
    .line([{ x: 120, y: 10 }, { x: 120, y: 160 }], 'black', 'm')
    .outline([{ x: 126, y: 20 }, { x: 126, y: 150 }, { x: 216, y: 150 }], 'light-blue', 'solid')
    .outline([{ x: 0, y: 160 }, { x: 240, y: 160 }, { x: 200, y: 220 }, { x: 40, y: 220 }], color ?? 'orange')
    .done('a boat', 240, 220)
