import type { Messages } from '../i18n/lang';

const sl = {
  canvasLabel: (nodes: number, edges: number) =>
    `Mreža: ${nodes} vozlišč, ${edges} povezav. Tipke: + in − povečava, 0 prikaži vse, puščice premik, N naslednje vozlišče, Enter razširi izbrano.`,
  zoomIn: 'Povečaj',
  zoomOut: 'Pomanjšaj',
  fit: 'Prikaži vse',
  selected: 'Izbrano',
  expand: 'Razširi',
  expandHint: 'Naloži sosede (dvoklik na vozlišče)',
  centre: 'Osredini',
  makeFocus: 'Postavi v središče',
  hide: 'Skrij',
  deselect: 'Počisti izbiro',
  moreTitle: (n: number, name: string) => `Še ${n} sosedov vozlišča ${name}`,
  moreFilter: 'Poišči med njimi',
  add: 'Dodaj',
  addAll: (n: number) => `Dodaj naslednjih ${n}`,
  closeMore: 'Zapri seznam',
  loadingNetwork: 'Nalagam mrežo …',
  loadingNeighbours: 'Nalagam sosede …',
  empty: 'Na zaslonu ni ničesar: sprostite filtre ali izberite drugo središče.',
  nothingNew: 'Vozlišče nima novih sosedov.',
  added: (n: number) => `Dodanih ${n} vozlišč.`,
  layoutRunning: 'Razporejam …',
};

export type NetworkMessages = typeof sl;

export const MESSAGES = {
  sl,
  en: {
    canvasLabel: (nodes: number, edges: number) =>
      `Network: ${nodes} nodes, ${edges} edges. Keys: + and − zoom, 0 fit, arrows pan, N next node, Enter expands the selection.`,
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to screen',
    selected: 'Selected',
    expand: 'Expand',
    expandHint: 'Load the neighbours (double-click a node)',
    centre: 'Centre',
    makeFocus: 'Make it the focus',
    hide: 'Hide',
    deselect: 'Clear selection',
    moreTitle: (n: number, name: string) => `${n} more neighbours of ${name}`,
    moreFilter: 'Find among them',
    add: 'Add',
    addAll: (n: number) => `Add the next ${n}`,
    closeMore: 'Close the list',
    loadingNetwork: 'Loading the network…',
    loadingNeighbours: 'Loading the neighbours…',
    empty: 'Nothing on screen: relax the filters or choose another focus.',
    nothingNew: 'The node has no new neighbours.',
    added: (n: number) => `${n} nodes added.`,
    layoutRunning: 'Laying out…',
  },
} satisfies Messages<NetworkMessages>;
