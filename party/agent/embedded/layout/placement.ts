/**
 * Puts a planned block on the board: finds it a free spot in the asker's viewport (layout/freeSpace)
 * given everything the board description lists, and moves the block there.
 */
import type { ParsedBoard } from '../../boardDescription'
import type { Anchor } from '../planner/parse/modifiers'
import { moveBlock, type Block } from './arrangeDrawings'
import { findFreeSpot, type Box } from '../../../board/freeSpace'

/** The boxes a new drawing must stay clear of: every shape the board description lists. */
export function boardObstacles(board: ParsedBoard): Box[] {
  return board.shapes.map((shape) => ({ x: shape.x, y: shape.y, w: Math.max(1, shape.w), h: Math.max(1, shape.h) }))
}

/** The block moved to a free spot; `inView` tells whether it landed in the asker's viewport. */
export function placeBlock(block: Block, board: ParsedBoard, anchor: Anchor = 'center', extraObstacles: readonly Box[] = []): { block: Block; inView: boolean } {
  const spot = findFreeSpot({ w: block.w, h: block.h }, board.viewport, [...boardObstacles(board), ...extraObstacles], anchor)
  return { block: moveBlock(block, spot.x, spot.y), inView: spot.inView }
}
