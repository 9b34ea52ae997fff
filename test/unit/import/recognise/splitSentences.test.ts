import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/import/recognise/splitSentences.js';
import { at } from './minutesFixture.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => at(text, s));

describe('splitSentences', () => {
  it('ends a sentence at a period before a capital', () => {
    expect(texts('Župan je pozdravil goste. Svetnica Ana Kos je vprašala, kdaj.')).toEqual([
      'Župan je pozdravil goste.',
      'Svetnica Ana Kos je vprašala, kdaj.',
    ]);
  });

  it('does not end a sentence after a title, an initial, a legal form or an ordinal', () => {
    const text =
      'Besedo je dobil mag. Janez Novak iz podjetja Domel d.o.o. Kranj, ki je o 3. Seji in o J. Kosu poročal.';
    expect(texts(text)).toHaveLength(1);
  });

  it('keeps numeric dates inside one sentence', () => {
    expect(texts('Seja je bila dne 14. 12. 2021 ob 17. uri. Sejo je vodil župan.')).toHaveLength(2);
  });

  it('keeps a hard-wrapped line in one sentence but splits a line that closes with a colon', () => {
    const text =
      'Komisija je soglasno sprejela naslednji SKLEP:\nKomisija podpira pobratenje z mestom\nJekaterinburg (Rusija).';
    expect(texts(text)).toEqual([
      'Komisija je soglasno sprejela naslednji SKLEP:',
      'Komisija podpira pobratenje z mestom\nJekaterinburg (Rusija).',
    ]);
  });

  it('splits numbered lines of an agenda', () => {
    expect(texts('DNEVNI RED:\n1. Potrditev zapisnika 1. seje\n2. Pobratenje z mestom Pula\n3. Razno')).toEqual([
      'DNEVNI RED:',
      '1. Potrditev zapisnika 1. seje',
      '2. Pobratenje z mestom Pula',
      '3. Razno',
    ]);
  });

  it('returns spans that index the original text', () => {
    const text = '  Prvi stavek.  Drugi stavek. ';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.start)).toEqual([2, 16]);
  });

  it('keeps a sentence whole when a PDF wraps it after a day number or an abbreviation', () => {
    const text =
      'Listino naj bi župana podpisala 14.\nseptembra 2024 v Kamniku. Sejo je vodil mag.\nrektor Ivan Kos.\nNaslednja seja bo jeseni.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Listino naj bi župana podpisala 14.\nseptembra 2024 v Kamniku.',
      'Sejo je vodil mag.\nrektor Ivan Kos.',
      'Naslednja seja bo jeseni.',
    ]);
  });
});
