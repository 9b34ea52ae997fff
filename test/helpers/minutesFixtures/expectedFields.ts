import { bodyNodeType } from '../../../src/import/draft/bodyNodeType.js';
import { foldBodyName, foldField } from './foldField.js';
import type { ExpectedMinutes, ExpectedVote } from './ExpectedMinutes.js';

const voteField = (kind: string, v: ExpectedVote) =>
  `vote(${kind})=present:${v.present} for:${v.for} against:${v.against} abstained:${v.abstained} unanimous:${v.unanimous} outcome:${v.outcome}`;

/**
 * The field strings a correct draft of the minutes states, in the format of
 * `draftedFields` (and of `factFields` where that covers the field): one per
 * fact a reader would check.
 */
export function expectedFields(e: ExpectedMinutes): string[] {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(e.session)) fields.push(`session.${key}=${foldField(value)}`);
  if (e.attendanceCount !== undefined) fields.push(`session.attendanceCount=${e.attendanceCount}`);
  fields.push(`body=${foldBodyName(e.body.name)}`, `bodyKind=${bodyNodeType(e.body.kind)}`);
  if (e.municipality) fields.push(`municipality=${foldField(e.municipality)}`);
  for (const a of e.attendees) {
    if (a.status === 'PRESENT') {
      // No role written beside the name: the draft must state none ("as " with nothing after it).
      fields.push(`attended=${foldField(a.name)}`, `attended=${foldField(a.name)} as ${foldField(a.role)}`);
    } else fields.push(`absent=${foldField(a.name)} ${a.status === 'EXCUSED' ? 'excused' : 'unexcused'}`);
  }
  if (e.chair) fields.push(`chair=${foldField(e.chair)}`);
  if (e.preparedBy) fields.push(`preparedBy=${foldField(e.preparedBy)}`);
  for (const s of e.signedBy) fields.push(`signedBy=${foldField(s)}`);
  e.agenda.forEach((title, i) => fields.push(`agenda=${i + 1} ${foldField(title)}`));
  if (e.agendaVote) fields.push(voteField('AGENDA_ADOPTION', e.agendaVote));
  for (const r of e.resolutions) {
    const text = foldField(r.text);
    fields.push(`resolution=${r.kind} ${text}`);
    if (r.label) fields.push(`resolution.label=${r.label} ${text}`);
    if (r.item !== undefined) fields.push(`resolution.item=${r.item} ${text}`);
    if (r.vote) fields.push(voteField(r.kind, r.vote));
  }
  for (const t of e.twinnings) {
    const key = [foldField(t.partner), foldField(t.home)].sort().join('+');
    fields.push(`twinning=${key} ${t.kind}`);
    for (const step of t.steps) fields.push(`twinning=${key} step ${step}`);
    for (const a of t.actors ?? []) fields.push(`twinning=${key} ${a.role} by ${foldField(a.name)}`);
  }
  for (const ev of e.events ?? []) fields.push(`event=${ev.kind} ${ev.status}${ev.date ? ` ${ev.date}` : ''}`);
  return [...new Set(fields)];
}
