import { describe, expect, it } from 'vitest';
import { useTestApi } from '../helpers/useTestApi.js';

const t = useTestApi();

interface Actor {
  actor: { id: string; type: string };
  evidence: { quote: string; documentId: string };
}

describe('twinnings(municipality:)', () => {
  it("answers Kranj's partnerships with partner, country, status, history and actors by role, in one query", async () => {
    const result = await t.api.graphql<{
      twinnings: {
        id: string;
        status: string;
        statusDate: string;
        partners: { id: string; country: { isoCode: string }; lat: number | null; lng: number | null }[];
        history: { status: string; date: string; resolution: { id: string } | null; evidence: { quote: string }[] }[];
        actors: Record<'initiated' | 'proposed' | 'brokered' | 'supported', Actor[]>;
      }[];
    }>(`{ twinnings(municipality: "org:mestna-obcina-kranj") {
          id status statusDate partners { id country { isoCode } lat lng }
          history { status date resolution { id } evidence { quote } }
          actors {
            initiated { actor { id type } evidence { quote documentId } }
            proposed { actor { id type } evidence { quote documentId } }
            brokered { actor { id type } evidence { quote documentId } }
            supported { actor { id type } evidence { quote documentId } } } } }`);
    expect(result.errors).toBeUndefined();
    const byId = Object.fromEntries(result.data!.twinnings.map((t) => [t.id, t]));
    const yek = byId['twinning:kranj-yekaterinburg']!;
    expect(yek).toMatchObject({ status: 'SUPPORTED', statusDate: '2021-12-14' });
    expect(yek.partners).toEqual([
      { id: 'city:yekaterinburg', country: { isoCode: 'RU' }, lat: 56.8519, lng: 60.6122 },
    ]);
    expect(yek.history.map((h) => `${h.status} ${h.date}`)).toEqual(['PROPOSED 2021-07', 'SUPPORTED 2021-12-14']);
    expect(yek.history[1]?.resolution?.id).toBe('resolution:kmms-2021-12-14-2');
    const ids = (role: keyof typeof yek.actors): string[] => yek.actors[role].map((a) => a.actor.id).sort();
    expect(ids('initiated')).toEqual(['city:yekaterinburg', 'org:mestna-obcina-kranj']);
    expect(ids('brokered')).toEqual(
      expect.arrayContaining(['org:iskratel', 'person:honorary-consul-slovenia-yekaterinburg']),
    );
    expect(ids('proposed')).toContain('org:spirit-slovenija');
    expect(ids('supported')).toContain('org:kranj-kmms');
    for (const role of ['initiated', 'proposed', 'brokered', 'supported'] as const) {
      for (const a of yek.actors[role]) {
        expect(a.evidence.documentId).toBe('doc:kranj-kmms-2021-12-14-seja-2');
        expect(a.evidence.quote.length).toBeGreaterThan(5);
      }
    }
    const zhang = byId['twinning:kranj-zhangjiakou']!;
    expect(zhang).toMatchObject({ status: 'SIGNED', statusDate: '2021-12-13' });
    expect(zhang.partners).toEqual([
      { id: 'city:zhangjiakou', country: { isoCode: 'CN' }, lat: 40.81, lng: 114.87944 },
    ]);
  });

  it('refuses an unknown municipality with a clear error', async () => {
    const result = await t.api.graphql('{ twinnings(municipality: "org:atlantis") { id } }');
    expect(result.errors?.[0]?.message).toBe('no municipality with id "org:atlantis"');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('findings', () => {
  it('lists the vote-count inconsistency of session 2 with what it concerns and its passages', async () => {
    const result = await t.api.graphql<{
      findings: {
        kind: string;
        severity: string;
        message: string;
        concerns: { type: string }[];
        evidence: { quote: string }[];
      }[];
    }>(`{ findings(documentId: "doc:kranj-kmms-2021-12-14-seja-2") {
          kind severity message concerns { type } evidence { quote } } }`);
    expect(result.errors).toBeUndefined();
    const findings = result.data!.findings;
    expect(findings).toHaveLength(3);
    for (const f of findings) {
      expect(f).toMatchObject({ kind: 'VOTE_PRESENT_MISMATCH', severity: 'warning' });
      expect(f.message).toMatch(/Session 2: 5 voting members .* records 4 present/);
      expect(f.concerns.map((c) => c.type).sort()).toEqual(['Session', 'VoteEvent']);
      expect(f.evidence.map((e) => e.quote).join(' ')).toMatch(/4 PRISOTNI: 4 ZA/);
    }
    const none = await t.api.graphql<{ findings: unknown[] }>('{ findings(severity: "error") { id } }');
    expect(none.data?.findings.filter(Boolean)).toEqual([]);
  });
});
