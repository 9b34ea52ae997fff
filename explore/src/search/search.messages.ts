import type { Messages } from '../i18n/lang';

const sl = {
  label: 'Iskanje po imenu ali vzdevku',
  placeholder: 'Išči osebe, organizacije, mesta … (/)',
  results: 'Zadetki iskanja',
  none: (q: string) => `Za »${q}« ni zadetkov.`,
  searching: 'Iščem …',
  count: (n: number) =>
    n === 1 ? '1 zadetek' : n === 2 ? '2 zadetka' : n === 3 || n === 4 ? `${n} zadetki` : `${n} zadetkov`,
  matched: 'ujemanje',
  clear: 'Počisti iskanje',
};

export type SearchMessages = typeof sl;

export const MESSAGES = {
  sl,
  en: {
    label: 'Search by name or alias',
    placeholder: 'Search people, organisations, cities… (/)',
    results: 'Search results',
    none: (q: string) => `No hits for “${q}”.`,
    searching: 'Searching…',
    count: (n: number) => (n === 1 ? '1 hit' : `${n} hits`),
    matched: 'matched',
    clear: 'Clear the search',
  },
} satisfies Messages<SearchMessages>;
