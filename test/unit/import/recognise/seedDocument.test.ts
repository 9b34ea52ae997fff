import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findRelations } from '../../../../src/import/recognise/findRelations.js';
import { parseMinutes } from '../../../../src/import/segment/parseMinutes.js';
import { foldName } from '../../../../src/import/names/foldName.js';
import type { Span } from '../../../../src/import/span.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const text = readFileSync(`${root}seed/documents/kranj-kmms-2021-12-14-seja-2.txt`, 'utf8');

interface Evidence {
  start: number;
  quote: string;
}
interface FactNode {
  id: string;
  type: string;
  name?: string;
  kind?: string;
  status?: string;
  date?: string;
  evidence: Evidence[];
}
interface FactRelation {
  type: string;
  from: string;
  to: string;
  properties?: { role?: string };
  evidence: Evidence;
}
const facts = parse(readFileSync(`${root}seed/facts/kranj-kmms-2021-12-14-seja-2.facts.yaml`, 'utf8')) as {
  nodes: FactNode[];
  relations: FactRelation[];
};

// The seed text is all in the Basic Multilingual Plane, so code point offsets are UTF-16 offsets.
const evidenceSpan = (e: Evidence): Span => ({ start: e.start, end: e.start + e.quote.length });
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const node = (id: string): FactNode | undefined => facts.nodes.find((n) => n.id === id);

const found = findRelations(text, parseMinutes(text));

/** The found twinning whose partner is the curated twinning's partner city (not Kranj). */
function twinningFor(twinningId: string) {
  const partners = facts.relations
    .filter((r) => r.type === 'PARTNER' && r.from === twinningId && r.to !== 'city:kranj')
    .map((r) => r.to);
  return found.twinnings.find((t) => t.partner.gazetteerId !== undefined && partners.includes(t.partner.gazetteerId));
}

describe('findRelations on the seed document', () => {
  const curatedTwinnings = facts.nodes.filter((n) => n.type === 'Twinning');
  const curatedSteps = facts.relations.filter((r) => r.type === 'HAS_STEP');
  const involvements = facts.relations.filter((r) => r.type === 'INVOLVED_IN');
  const curatedEvents = facts.nodes.filter((n) => n.type === 'Event');
  const stated = facts.relations.filter((r) => r.type === 'STATED_BY');

  const twinningsFound = curatedTwinnings.filter((t) => twinningFor(t.id));
  const stepsFound = curatedSteps.filter((r) => {
    const step = node(r.to);
    return twinningFor(r.from)?.steps.some((s) => s.status === step?.status && s.date === step?.date);
  });
  const involvementsFound = involvements.filter((r) => {
    const actor = node(r.from);
    return twinningFor(r.to)?.actors.some(
      (a) =>
        a.role === r.properties?.role &&
        (a.actor.gazetteerId === r.from ||
          (actor?.name !== undefined && foldName(a.actor.base ?? '') === foldName(actor.name)) ||
          (actor?.evidence ?? []).some((e) => overlaps(evidenceSpan(e), a.actor.span))),
    );
  });
  const eventsFound = curatedEvents.filter((e) =>
    found.events.some((f) => f.kind === e.kind && f.status === e.status && f.date === e.date),
  );
  const statementsFound = stated.filter((r) => {
    const statement = node(r.from);
    const speaker = node(r.to);
    return found.statements.some(
      (s) =>
        s.kind === statement?.kind &&
        s.speaker.base === speaker?.name &&
        (statement?.evidence ?? []).some((e) => overlaps(s.span, evidenceSpan(e))),
    );
  });

  it('prints how much of the curated answer it finds', () => {
    const line = (label: string, got: readonly unknown[], of: readonly unknown[]): string =>
      `${label}: ${got.length}/${of.length}`;
    console.log(
      [
        line('twinnings', twinningsFound, curatedTwinnings),
        line('status steps', stepsFound, curatedSteps),
        line('INVOLVED_IN roles', involvementsFound, involvements),
        line('events', eventsFound, curatedEvents),
        line('statements with speaker', statementsFound, stated),
      ].join('\n'),
    );
    const missed = involvements
      .filter((r) => !involvementsFound.includes(r))
      .map((r) => `${r.from} ${r.properties?.role}`);
    if (missed.length) console.log(`INVOLVED_IN not found: ${missed.join(', ')}`);
    expect(curatedTwinnings.length).toBeGreaterThan(0);
  });

  it('finds both curated twinnings and all their status steps', () => {
    expect(twinningsFound).toHaveLength(curatedTwinnings.length);
    expect(stepsFound).toHaveLength(curatedSteps.length);
  });

  it('finds at least eight of the ten curated roles in the twinnings', () => {
    expect(involvementsFound.length).toBeGreaterThanOrEqual(8);
  });

  it('finds every curated event with its kind, status and date', () => {
    expect(eventsFound).toHaveLength(curatedEvents.length);
  });

  it('finds every curated statement with its speaker', () => {
    expect(statementsFound).toHaveLength(stated.length);
  });

  it('dates the Zhangjiakou signing the day before the session, from the words that say so', () => {
    const zhangjiakou = found.twinnings.find((t) => t.partner.gazetteerId === 'city:zhangjiakou');
    expect(zhangjiakou?.steps[0]).toMatchObject({
      status: 'SIGNED',
      date: '2021-12-13',
      dateText: 'dan pred sejo komisije',
    });
    expect(zhangjiakou?.country?.gazetteerId).toBe('country:china');
  });

  it("ties the commission's support to its resolution", () => {
    const yekaterinburg = found.twinnings.find((t) => t.partner.gazetteerId === 'city:yekaterinburg');
    const supported = yekaterinburg?.steps.find((s) => s.status === 'SUPPORTED');
    expect(supported?.resolutionIndex).toBe(1);
    expect(text.slice(supported!.span.start, supported!.span.end)).toBe(
      'Komisija podpira pobratenje Mestne občine Kranj z mestom Jekaterinburg (Rusija).',
    );
  });
});
