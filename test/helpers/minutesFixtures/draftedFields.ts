import { factFields } from '../factFields.js';
import { foldBodyName, foldField } from './foldField.js';

interface FactsLike {
  readonly nodes: readonly Record<string, unknown>[];
  readonly relations: readonly { type: string; from: string; to: string; properties?: Record<string, unknown> }[];
}

/**
 * The field strings a drafted facts file states: `factFields` (with the body
 * name folded by `foldBodyName`) plus what it leaves out: the body's kind,
 * the municipality, the session's kind and attendance count, absences,
 * resolution labels and items, and events.
 */
export function draftedFields(facts: FactsLike): Set<string> {
  const byId = new Map(facts.nodes.map((n) => [String(n.id), n]));
  const rels = (type: string) => facts.relations.filter((r) => r.type === type);
  const fields = new Set([...factFields(facts)].filter((f) => !f.startsWith('body=')));
  const sessions = new Set(rels('MINUTES_OF').map((r) => r.to));
  for (const id of sessions) {
    const s = byId.get(id);
    if (s?.kind !== undefined) fields.add(`session.kind=${foldField(s.kind)}`);
    if (s?.attendanceCount !== undefined) fields.add(`session.attendanceCount=${String(s.attendanceCount)}`);
  }
  for (const r of rels('OF_BODY').filter((r) => sessions.has(r.from))) {
    const body = byId.get(r.to);
    fields.add(`body=${foldBodyName(body?.name ?? r.to)}`);
    fields.add(`bodyKind=${String(body?.type)}`);
    for (const p of rels('PART_OF').filter((p) => p.from === r.to)) {
      const m = byId.get(p.to);
      if (m?.type === 'Municipality') fields.add(`municipality=${foldField(m.name)}`);
    }
  }
  for (const r of rels('ABSENT_FROM')) {
    fields.add(
      `absent=${foldField(byId.get(r.from)?.name ?? r.from)} ${r.properties?.excused ? 'excused' : 'unexcused'}`,
    );
  }
  for (const res of facts.nodes.filter((n) => n.type === 'Resolution' && n.kind !== 'AGENDA_ADOPTION')) {
    const text = foldField(res.text);
    if (res.label !== undefined) fields.add(`resolution.label=${String(res.label)} ${text}`);
    for (const on of rels('ON_ITEM').filter((r) => r.from === res.id)) {
      fields.add(`resolution.item=${String(byId.get(on.to)?.number)} ${text}`);
    }
  }
  for (const ev of facts.nodes.filter((n) => n.type === 'Event')) {
    fields.add(`event=${String(ev.kind)} ${String(ev.status)}${ev.date ? ` ${String(ev.date)}` : ''}`);
  }
  return fields;
}
