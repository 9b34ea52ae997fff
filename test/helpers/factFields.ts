/**
 * The field-level content of a facts file, as comparable strings that do not
 * depend on ids: the session's fields, who attended in which capacity, the
 * chair, agenda, resolutions with their votes, preparer and signatories,
 * twinnings with their partner, steps and actors. Used to score the
 * importer's draft against curated facts.
 */
interface FactsLike {
  readonly nodes: readonly Record<string, unknown>[];
  readonly relations: readonly { type: string; from: string; to: string; properties?: Record<string, unknown> }[];
}

const fold = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function factFields(facts: FactsLike): Set<string> {
  const byId = new Map(facts.nodes.map((n) => [String(n.id), n]));
  const name = (id: string): string => fold(byId.get(id)?.name ?? id);
  const fields = new Set<string>();
  const rels = (type: string) => facts.relations.filter((r) => r.type === type);
  const sessionsWithMinutes = new Set(rels('MINUTES_OF').map((r) => r.to));
  for (const id of sessionsWithMinutes) {
    const s = byId.get(id);
    if (!s) continue;
    for (const key of ['number', 'date', 'startTime', 'endTime', 'mode', 'platform']) {
      if (s[key] !== undefined) fields.add(`session.${key}=${fold(s[key])}`);
    }
  }
  for (const r of rels('OF_BODY').filter((r) => sessionsWithMinutes.has(r.from))) fields.add(`body=${name(r.to)}`);
  for (const r of rels('ATTENDED')) {
    fields.add(`attended=${name(r.from)}`);
    fields.add(`attended=${name(r.from)} as ${fold(r.properties?.capacityOriginal)}`);
  }
  for (const r of rels('CHAIRED_BY').filter((r) => sessionsWithMinutes.has(r.from))) fields.add(`chair=${name(r.to)}`);
  for (const r of rels('PREPARED_BY')) fields.add(`preparedBy=${name(r.to)}`);
  for (const r of rels('SIGNED_BY')) fields.add(`signedBy=${name(r.to)}`);
  for (const r of rels('HAS_ITEM')) {
    const item = byId.get(r.to);
    if (item) fields.add(`agenda=${String(item.number)} ${fold(item.title)}`);
  }
  for (const res of facts.nodes.filter((n) => n.type === 'Resolution')) {
    if (res.kind !== 'AGENDA_ADOPTION') fields.add(`resolution=${String(res.kind)} ${fold(res.text)}`);
    for (const v of rels('VOTE_ON').filter((r) => r.to === res.id)) {
      const vote = byId.get(v.from);
      if (!vote) continue;
      const counts = ['present', 'for', 'against', 'abstained', 'unanimous', 'outcome'].map(
        (k) => `${k}:${String(vote[k])}`,
      );
      fields.add(`vote(${String(res.kind)})=${counts.join(' ')}`);
    }
  }
  for (const tw of facts.nodes.filter((n) => n.type === 'Twinning')) {
    const partners = rels('PARTNER')
      .filter((r) => r.from === tw.id)
      .map((r) => name(r.to))
      .sort();
    const key = partners.join('+');
    fields.add(`twinning=${key} ${String(tw.kind)}`);
    for (const step of rels('HAS_STEP').filter((r) => r.from === tw.id)) {
      fields.add(`twinning=${key} step ${String(byId.get(step.to)?.status)}`);
    }
    for (const inv of rels('INVOLVED_IN').filter((r) => r.to === tw.id)) {
      fields.add(`twinning=${key} ${String(inv.properties?.role)} by ${name(inv.from)}`);
    }
  }
  return fields;
}

/** How many of the expected fields the actual facts state (recall), and how many of its fields are expected (precision). */
export function scoreFields(
  expected: Set<string>,
  actual: Set<string>,
): { recall: number; precision: number; missing: string[]; extra: string[] } {
  const missing = [...expected].filter((f) => !actual.has(f));
  const extra = [...actual].filter((f) => !expected.has(f));
  return {
    recall: expected.size ? (expected.size - missing.length) / expected.size : 1,
    precision: actual.size ? (actual.size - extra.length) / actual.size : 1,
    missing,
    extra,
  };
}
