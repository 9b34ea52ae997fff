import { createContext, useContext } from 'react';
import type { SourcePassage } from '../api/types';

/**
 * What any panel may ask the shell to do. The shell (App) provides these;
 * panels call them and never reach into each other.
 */
export interface ExplorerActions {
  /** Select an entity: the dossier panel shows it and the network highlights it. */
  select(id: string): void;
  /** Make an entity the focus of the network view (loads its neighbourhood). */
  focus(id: string): void;
  /** Open the twinning view of a Twinning node. */
  openTwinning(id: string): void;
  /** Open the document viewer on a passage, highlighted and scrolled into view. */
  openPassage(passage: SourcePassage): void;
}

const missing = (name: string) => () => {
  throw new Error(`ExplorerActions.${name} used outside the explorer shell`);
};

export const ActionsContext = createContext<ExplorerActions>({
  select: missing('select'),
  focus: missing('focus'),
  openTwinning: missing('openTwinning'),
  openPassage: missing('openPassage'),
});

export function useActions(): ExplorerActions {
  return useContext(ActionsContext);
}
