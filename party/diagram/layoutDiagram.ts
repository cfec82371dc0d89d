/**
 * Lays out a diagram of any kind (docs/diagrams.md "Layout engines"): elkjs layered for flowcharts,
 * d3-hierarchy for trees and mind maps, arithmetic where no library fits. Pure and deterministic:
 * the same spec always gives the same layout. A title goes above, centred.
 */
import { layoutKanban, layoutTable } from './columns'
import { layoutFlowchart } from './flowchart'
import { normalizeLayout, type DiagramLayout } from './layoutTypes'
import { layoutSequence } from './sequence'
import { layoutMatrix, layoutVenn } from './sets'
import { layoutBands, layoutCycle } from './shapes'
import type { DiagramSpec } from './spec'
import { textBox } from './textSize'
import { layoutTimeline } from './timeline'
import { layoutMindmap, layoutTree } from './tree'
import { layoutWireframe } from './wireframe'

function layoutBody(spec: DiagramSpec): DiagramLayout | Promise<DiagramLayout> {
  switch (spec.kind) {
    case 'flowchart':
      return layoutFlowchart(spec)
    case 'tree':
      return layoutTree(spec)
    case 'mindmap':
      return layoutMindmap(spec)
    case 'timeline':
      return layoutTimeline(spec)
    case 'sequence':
      return layoutSequence(spec)
    case 'venn':
      return layoutVenn(spec)
    case 'matrix':
      return layoutMatrix(spec)
    case 'kanban':
      return layoutKanban(spec)
    case 'table':
      return layoutTable(spec)
    case 'cycle':
      return layoutCycle(spec)
    case 'pyramid':
    case 'funnel':
      return layoutBands(spec, spec.kind)
    case 'wireframe':
      return layoutWireframe(spec)
  }
}

const TITLE_GAP = 20

export async function layoutDiagram(spec: DiagramSpec): Promise<DiagramLayout> {
  const body = await layoutBody(spec)
  if (!spec.title || spec.kind === 'wireframe') return body
  const size = textBox(spec.title, 'l')
  const title = { key: 'title', x: (body.w - size.w) / 2, y: -size.h - TITLE_GAP, ...size, label: spec.title, shape: 'text' as const, size: 'l' as const, align: 'middle' as const }
  return normalizeLayout([title, ...body.boxes], body.arrows, body.lines)
}
