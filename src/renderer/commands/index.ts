// Loads every review command into the registry, in the order the toolbar and help list them.
import './accept.ts';
import './reject.ts';
import './edit.ts';
import './nextPending.ts';
import './undo.ts';
import './redo.ts';
import './focusText.ts';
import './addFromSelection.ts';
import './reanchor.ts';
import './acceptHighConfidence.ts';
import './setField.ts';
import './findReplace.ts';
import './history.ts';
import './help.ts';

export { allCommands, byName, commandForKey, shortcutText } from './registry.ts';
export type { Command, CommandContext, Dialog, GridPort, TextSpan } from './types.ts';
