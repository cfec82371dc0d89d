/**
 * Shows the agent as a collaborator while it works: the room publishes an awareness state with a
 * tldraw presence named "AI", whose cursor sits on what it drew last and whose chat bubble says
 * what it is doing. Every device draws it like any other person's cursor.
 */
import { InstancePresenceRecordType, type TLPageId, type TLShapeId } from '@tldraw/tlschema'
import type { Awareness } from 'y-protocols/awareness'
import type { Box } from '../../shared/agentProtocol'

export const AGENT_USER_ID = 'sketchroom-agent'
export const AGENT_NAME = 'AI'
export const AGENT_COLOR = '#7c3aed'

export class AgentPresence {
  private cursor: { x: number; y: number }
  private selected: TLShapeId[] = []
  private activity = 'Thinking…'

  constructor(
    private readonly awareness: Awareness,
    private readonly pageId: TLPageId,
    private readonly viewport: Box,
  ) {
    this.cursor = { x: viewport.x + viewport.w / 2, y: viewport.y + viewport.h / 2 }
  }

  /** Moves the cursor to where the agent just drew and says what it did. */
  update(change: { point?: { x: number; y: number }; selected?: TLShapeId[]; activity?: string }): void {
    if (change.point) this.cursor = change.point
    if (change.selected) this.selected = change.selected.slice(0, 50)
    if (change.activity) this.activity = change.activity.slice(0, 60)
    this.publish()
  }

  publish(): void {
    const presence = InstancePresenceRecordType.create({
      id: InstancePresenceRecordType.createId(AGENT_USER_ID),
      userId: AGENT_USER_ID,
      userName: AGENT_NAME,
      color: AGENT_COLOR,
      currentPageId: this.pageId,
      cursor: { x: this.cursor.x, y: this.cursor.y, type: 'default', rotation: 0 },
      camera: { x: -this.viewport.x, y: -this.viewport.y, z: 1 },
      screenBounds: { x: 0, y: 0, w: this.viewport.w, h: this.viewport.h },
      selectedShapeIds: this.selected,
      chatMessage: this.activity,
      lastActivityTimestamp: Date.now(),
    })
    this.awareness.setLocalState({ presence })
  }

  clear(): void {
    this.awareness.setLocalState(null)
  }
}
