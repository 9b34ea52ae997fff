import type { Messages } from '../i18n/lang';

const sl = {
  legend: 'Vrste vozlišč',
  legendHint: 'Kliknite vrsto, da jo skrijete ali prikažete.',
  relations: 'Vrste povezav',
  showAll: 'Prikaži vse',
  toggleKind: (name: string, visible: number, total: number, shown: boolean) =>
    `${name}: ${visible} od ${total} vidnih; ${shown ? 'kliknite za skritje' : 'kliknite za prikaz'}`,
  dates: 'Časovno obdobje',
  dateFrom: 'Od',
  dateTo: 'Do',
  datePlaceholder: 'LLLL',
  dateInvalid: 'Vpišite leto (2021), mesec (2021-12) ali dan (2021-12-14).',
  dateExtent: (from: string, to: string) => `Podatki segajo od ${from} do ${to}; nedatirani so vedno prikazani.`,
  clearDates: 'Počisti obdobje',
  hidden: (n: number) => `Skritih vozlišč: ${n}`,
  showHidden: 'Prikaži vse skrite',
  showOne: (name: string) => `Prikaži ${name}`,
  history: 'Zgodovina',
  historyStart: (name: string) => `Začetek: ${name}`,
  historyExpand: (name: string) => `Razširjeno: ${name}`,
  historyAdd: (name: string) => `Dodano: ${name}`,
  historyFocus: (name: string) => `Središče: ${name}`,
  historyGraph: (n: number) => `Naložen graf (${n} vozlišč)`,
  historyCurrent: 'trenutno',
  back: 'Korak nazaj',
};

export type FiltersMessages = typeof sl;

export const MESSAGES = {
  sl,
  en: {
    legend: 'Node kinds',
    legendHint: 'Click a kind to hide or show it.',
    relations: 'Relation types',
    showAll: 'Show all',
    toggleKind: (name: string, visible: number, total: number, shown: boolean) =>
      `${name}: ${visible} of ${total} visible; ${shown ? 'click to hide' : 'click to show'}`,
    dates: 'Date range',
    dateFrom: 'From',
    dateTo: 'To',
    datePlaceholder: 'YYYY',
    dateInvalid: 'Enter a year (2021), a month (2021-12) or a day (2021-12-14).',
    dateExtent: (from: string, to: string) => `The data spans ${from} to ${to}; undated items are always shown.`,
    clearDates: 'Clear the range',
    hidden: (n: number) => `Hidden nodes: ${n}`,
    showHidden: 'Show all hidden',
    showOne: (name: string) => `Show ${name}`,
    history: 'History',
    historyStart: (name: string) => `Start: ${name}`,
    historyExpand: (name: string) => `Expanded: ${name}`,
    historyAdd: (name: string) => `Added: ${name}`,
    historyFocus: (name: string) => `Focus: ${name}`,
    historyGraph: (n: number) => `Graph loaded (${n} nodes)`,
    historyCurrent: 'current',
    back: 'Step back',
  },
} satisfies Messages<FiltersMessages>;
