import type { Messages } from '../i18n/lang';

const sl = {
  source: 'vir',
  openSource: (document: string) => `Odpri vir v dokumentu: ${document}`,
  openSourceNoTitle: 'Odpri vir v dokumentu',
  quoteLabel: 'Navedek iz vira',
  showAll: (n: number) => `Pokaži vse (${n})`,
  showFewer: 'Pokaži manj',
  loading: 'Nalagam …',
  errorTitle: 'Podatkov ni bilo mogoče naložiti',
  retry: 'Poskusi znova',
  englishName: 'angleško',
};

export const EVIDENCE_MESSAGES = {
  sl,
  en: {
    source: 'source',
    openSource: (document: string) => `Open the source in: ${document}`,
    openSourceNoTitle: 'Open the source document',
    quoteLabel: 'Quote from the source',
    showAll: (n: number) => `Show all (${n})`,
    showFewer: 'Show fewer',
    loading: 'Loading …',
    errorTitle: 'The data could not be loaded',
    retry: 'Try again',
    englishName: 'English',
  } satisfies typeof sl,
} satisfies Messages<typeof sl>;
