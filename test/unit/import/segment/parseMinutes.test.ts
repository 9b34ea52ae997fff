import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAttendance } from '../../../../src/import/segment/parseAttendance.js';
import { parseClosing } from '../../../../src/import/segment/parseClosing.js';
import { parseHeader } from '../../../../src/import/segment/parseHeader.js';
import { parseMinutes } from '../../../../src/import/segment/parseMinutes.js';
import { spanText } from '../../../../src/import/span.js';
import { agendaFixture } from './agendaFixture.js';

const seed = readFileSync(
  new URL('../../../../seed/documents/kranj-kmms-2021-12-14-seja-2.txt', import.meta.url),
  'utf8',
);

describe('parseMinutes', () => {
  const minutes = parseMinutes(seed);

  it('reads the seed agenda: three items with the curated titles and offsets', () => {
    expect(minutes.agenda.map((e) => ({ number: e.number, title: e.title, start: e.span.start }))).toEqual([
      { number: 1, title: 'Potrditev zapisnika 1. seje', start: 463 },
      { number: 2, title: 'Pobratenje Mestne občine Kranj z mestom Jekaterinburg (Rusija)', start: 495 },
      { number: 3, title: 'Razno', start: 562 },
    ]);
  });

  it('reads the seed agenda adoption: 4 present, 4 for, unanimous, at the curated passage', () => {
    const adoption = minutes.agendaAdoption!;
    expect(adoption.span.start).toBe(572);
    expect(spanText(seed, adoption.span)).toBe('Dnevni red je bil soglasno sprejet (4 PRISOTNI: 4 ZA).');
    expect(adoption.vote).toMatchObject({ present: 4, for: 4, unanimous: true });
  });

  it('reads the two seed resolutions with their kinds, items, wording and 4/4 unanimous votes', () => {
    expect(
      minutes.resolutions.map((r) => ({
        itemNumber: r.itemNumber,
        kind: r.kind,
        text: r.text,
        start: r.span.start,
        present: r.vote?.present,
        for: r.vote?.for,
        unanimous: r.vote?.unanimous,
      })),
    ).toEqual([
      {
        itemNumber: 1,
        kind: 'MINUTES_APPROVAL',
        text: 'Potrdi se zapisnik 1. seje Komisije za medobčinsko in mednarodno sodelovanje.',
        start: 731,
        present: 4,
        for: 4,
        unanimous: true,
      },
      {
        itemNumber: 2,
        kind: 'POSITION',
        text: 'Komisija podpira pobratenje Mestne občine Kranj z mestom Jekaterinburg (Rusija).',
        start: 1966,
        present: 4,
        for: 4,
        unanimous: true,
      },
    ]);
  });

  it('reads three seed item sections in order, each opening where the curated item evidence does', () => {
    expect(minutes.items.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(minutes.items.map((i) => i.headingSpan.start)).toEqual([630, 810, seed.indexOf('3. Razno\n')]);
  });

  it('combines the header, attendance and closing parsers with the agenda notes, in document order', () => {
    expect(minutes.header).toEqual(parseHeader(seed).header);
    expect(minutes.attendance).toEqual(parseAttendance(seed).attendance);
    const closing = parseClosing(seed);
    expect(minutes.signedBy).toEqual(closing.signedBy);
    expect(minutes.endTime).toEqual(closing.endTime);
    expect(minutes.preparedBy).toEqual(closing.preparedBy);
    expect(minutes.chair).toEqual(closing.chair);
    expect(minutes.notes).toEqual([...parseHeader(seed).notes, ...parseAttendance(seed).notes, ...closing.notes]);
  });

  it('ends the last seed section where the closing begins', () => {
    const last = minutes.items[minutes.items.length - 1]!;
    expect(last.bodySpan.end).toBeLessThan(minutes.endTime?.span.start ?? seed.length);
  });

  it.each(readdirSync(new URL('./fixtures/', import.meta.url)).filter((f) => /^(agenda|resolutions|minutes)-/.test(f)))(
    'keeps every span of %s inside the text and in order',
    (name) => {
      const text = agendaFixture(name);
      const parsed = parseMinutes(text);
      const spans = [
        ...parsed.agenda.map((e) => e.span),
        ...parsed.items.flatMap((i) => [i.headingSpan, i.bodySpan]),
        ...parsed.resolutions.flatMap((r) => [r.span, r.labelSpan, ...(r.vote ? [r.vote.span] : [])]),
      ];
      for (const s of spans) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(s.start).toBeLessThanOrEqual(s.end);
      }
      for (const [i, item] of parsed.items.entries()) {
        expect(item.headingSpan.end).toBeLessThanOrEqual(item.bodySpan.start);
        expect(item.bodySpan.end).toBeLessThanOrEqual(parsed.items[i + 1]?.headingSpan.start ?? text.length);
      }
    },
  );

  it('carries the agenda notes of a city council whose agenda was extended', () => {
    const text = agendaFixture('minutes-mestni-svet-8-tock.txt');
    const parsed = parseMinutes(text);
    expect(parsed.agenda).toHaveLength(8);
    expect(parsed.items).toHaveLength(8);
    expect(parsed.resolutions).toHaveLength(9);
    expect(parsed.notes.filter((n) => /agenda/i.test(n.message)).length).toBeGreaterThanOrEqual(2);
  });
});
