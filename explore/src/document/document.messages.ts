import type { Messages } from '../i18n/lang';

const sl = {
  dialogLabel: 'Dokument',
  close: 'Zapri',
  closeLabel: 'Zapri pregledovalnik dokumenta (Esc)',
  copyQuote: 'Kopiraj navedek',
  copied: 'Navedek je kopiran.',
  copyFailed: 'Kopiranje ni uspelo; navedek je označen, kopirajte ga ročno.',
  loading: 'Nalagam dokument …',
  errorTitle: 'Dokumenta ni bilo mogoče naložiti',
  notFound: (id: string) => `Dokumenta »${id}« ni v grafu.`,
  retry: 'Poskusi znova',
  passageAt: (start: number, end: number) => `odlomek: znaki ${start}–${end}`,
  sourceFile: 'izvorna datoteka',
  textLabel: 'Besedilo dokumenta',
  mismatch: (start: number, end: number) =>
    `Besedilo na mestu ${start}–${end} se ne ujema z navedkom. Označeno je besedilo na tem mestu; navedek je:`,
  foundElsewhere: (at: number) => `Navedek se v besedilu pojavi na mestu ${at}.`,
  showFound: 'Označi ta pojav',
  notFoundInText: 'Navedka v besedilu ni.',
};

export const DOCUMENT_MESSAGES = {
  sl,
  en: {
    dialogLabel: 'Document',
    close: 'Close',
    closeLabel: 'Close the document viewer (Esc)',
    copyQuote: 'Copy quote',
    copied: 'The quote has been copied.',
    copyFailed: 'Copying failed; the quote is highlighted, copy it by hand.',
    loading: 'Loading the document …',
    errorTitle: 'The document could not be loaded',
    notFound: (id: string) => `The document "${id}" is not in the graph.`,
    retry: 'Try again',
    passageAt: (start: number, end: number) => `passage: characters ${start}–${end}`,
    sourceFile: 'source file',
    textLabel: 'Text of the document',
    mismatch: (start: number, end: number) =>
      `The text at ${start}–${end} does not match the quote. The text at those offsets is highlighted; the quote is:`,
    foundElsewhere: (at: number) => `The quote occurs in the text at ${at}.`,
    showFound: 'Highlight that occurrence',
    notFoundInText: 'The quote does not occur in the text.',
  } satisfies typeof sl,
} satisfies Messages<typeof sl>;
