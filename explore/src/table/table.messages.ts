import type { Messages } from '../i18n/lang';

/** Slovenian nouns after a number: 1 (and 101 …) one form, 2 the dual, 3–4 the plural, else the genitive plural. */
export function slPlural(n: number, one: string, two: string, few: string, many: string): string {
  const h = Math.abs(n) % 100;
  return h === 1 ? one : h === 2 ? two : h === 3 || h === 4 ? few : many;
}

const slNumber = (n: number) => n.toLocaleString('sl-SI');
const enNumber = (n: number) => n.toLocaleString('en-GB');

/** The table view's strings. Names of kinds, relations, roles and statuses come from i18n/vocabulary.ts, so the table and the legend agree. */
const sl = {
  title: 'Tabela',
  tabsLabel: 'Kaj tabela kaže',
  nodesTab: 'Vozlišča',
  relationsTab: 'Povezave',
  filterLabel: 'Filter besedila',
  filterPlaceholder: 'Išči po imenu, vlogi, citatu …',
  clearFilter: 'Počisti filter',
  kindLabel: 'Vrsta vozlišča',
  relationKindLabel: 'Vrsta povezave',
  allKinds: 'Vse vrste',
  exportCsv: 'Izvozi CSV',
  exportCsvLabel: (what: string) => `Izvozi prikazane vrstice (${what}) kot CSV`,
  countNodes: (shown: number, total: number) =>
    shown === total
      ? `${slNumber(total)} ${slPlural(total, 'vozlišče', 'vozlišči', 'vozlišča', 'vozlišč')}`
      : `Prikazanih ${slNumber(shown)} od ${slNumber(total)} vozlišč`,
  countRelations: (shown: number, total: number) =>
    shown === total
      ? `${slNumber(total)} ${slPlural(total, 'povezava', 'povezavi', 'povezave', 'povezav')}`
      : `Prikazanih ${slNumber(shown)} od ${slNumber(total)} povezav`,
  pageRange: (from: number, to: number, of: number) => `Vrstice ${slNumber(from)}–${slNumber(to)} od ${slNumber(of)}`,
  previousPage: 'Prejšnja stran',
  nextPage: 'Naslednja stran',
  pagination: 'Strani tabele',
  empty: 'Nobena vrstica ne ustreza filtru.',
  nothing: 'Na zaslonu ni ničesar.',
  sortBy: (column: string) => `Razvrsti po stolpcu ${column}`,
  columns: {
    kind: 'Vrsta',
    name: 'Ime',
    nameEn: 'Angleško ime',
    details: 'Vloga / stanje',
    date: 'Datum',
    degree: 'Povezav',
    id: 'ID',
    type: 'Povezava',
    from: 'Od',
    to: 'Do',
    role: 'Vloga',
    document: 'Dokument',
    quote: 'Citat',
    fromId: 'ID od',
    toId: 'ID do',
    start: 'Začetek citata',
    end: 'Konec citata',
    note: 'Opomba',
  },
  selectEntity: (name: string) => `Izberi: ${name}`,
  openSource: 'vir',
  openSourceLabel: (document: string) => `Odpri vir citata v dokumentu ${document}`,
  fileBase: { nodes: 'tabela-vozlisca', relations: 'tabela-povezave' },
};

export type TableMessages = typeof sl;

const en: TableMessages = {
  title: 'Table',
  tabsLabel: 'What the table shows',
  nodesTab: 'Nodes',
  relationsTab: 'Relations',
  filterLabel: 'Text filter',
  filterPlaceholder: 'Search by name, role, quote …',
  clearFilter: 'Clear the filter',
  kindLabel: 'Kind of node',
  relationKindLabel: 'Kind of relation',
  allKinds: 'All kinds',
  exportCsv: 'Export CSV',
  exportCsvLabel: (what: string) => `Export the rows shown (${what}) as CSV`,
  countNodes: (shown: number, total: number) =>
    shown === total
      ? `${enNumber(total)} ${total === 1 ? 'node' : 'nodes'}`
      : `Showing ${enNumber(shown)} of ${enNumber(total)} ${total === 1 ? 'node' : 'nodes'}`,
  countRelations: (shown: number, total: number) =>
    shown === total
      ? `${enNumber(total)} ${total === 1 ? 'relation' : 'relations'}`
      : `Showing ${enNumber(shown)} of ${enNumber(total)} ${total === 1 ? 'relation' : 'relations'}`,
  pageRange: (from: number, to: number, of: number) => `Rows ${enNumber(from)}–${enNumber(to)} of ${enNumber(of)}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pagination: 'Table pages',
  empty: 'No row matches the filter.',
  nothing: 'Nothing is on screen.',
  sortBy: (column: string) => `Sort by ${column}`,
  columns: {
    kind: 'Kind',
    name: 'Name',
    nameEn: 'English name',
    details: 'Role / status',
    date: 'Date',
    degree: 'Links',
    id: 'ID',
    type: 'Relation',
    from: 'From',
    to: 'To',
    role: 'Role',
    document: 'Document',
    quote: 'Quote',
    fromId: 'From ID',
    toId: 'To ID',
    start: 'Quote start',
    end: 'Quote end',
    note: 'Note',
  },
  selectEntity: (name: string) => `Select ${name}`,
  openSource: 'source',
  openSourceLabel: (document: string) => `Open the quote's source in document ${document}`,
  fileBase: { nodes: 'table-nodes', relations: 'table-relations' },
};

export const MESSAGES = { sl, en } satisfies Messages<TableMessages>;
