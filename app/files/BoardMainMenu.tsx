import {
  DefaultMainMenu,
  DefaultMainMenuContent,
  TldrawUiMenuActionItem,
  TldrawUiMenuGroup,
  TldrawUiMenuSubmenu,
} from 'tldraw'
import { OPEN_FILE_ACTION, SAVE_FILE_ACTION } from './boardFileActions'

/** tldraw's main menu with Sketchroom's file items first: save and open `.tldr`, export the selection. */
export function BoardMainMenu() {
  return (
    <DefaultMainMenu>
      <TldrawUiMenuGroup id="sketchroom-file">
        <TldrawUiMenuActionItem actionId={SAVE_FILE_ACTION} />
        <TldrawUiMenuActionItem actionId={OPEN_FILE_ACTION} />
        <TldrawUiMenuSubmenu id="sketchroom-export-selection" label="context-menu.export-as" size="small">
          <TldrawUiMenuGroup id="sketchroom-export-selection-group">
            <TldrawUiMenuActionItem actionId="export-as-svg" />
            <TldrawUiMenuActionItem actionId="export-as-png" />
          </TldrawUiMenuGroup>
        </TldrawUiMenuSubmenu>
      </TldrawUiMenuGroup>
      <DefaultMainMenuContent />
    </DefaultMainMenu>
  )
}
