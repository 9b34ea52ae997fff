import { slugify } from '../names/slugify.js';
import type { AttendanceEntry, PersonReference } from '../parsedMinutes.js';
import type { DraftContext } from './DraftContext.js';
import { nominativeOfOffice } from './nominativeOfOffice.js';
import { readRole } from './readRole.js';

/** Folded first words of the body's name ("komisij", "odbor"), to tell its roles from another body's. */
function bodyWords(ctx: DraftContext): string[] {
  const first = ctx.body?.name.split(/\s+/)[0]?.toLowerCase() ?? '';
  return first ? [first.slice(0, 5)] : [];
}

/**
 * A person named in the attendance list, the chair, the preparer or a
 * signatory, stated once and linked to the graph's person when the name
 * matches (inflection-tolerant). Returns the person's id.
 */
export function statePerson(
  ctx: DraftContext,
  ref: Pick<PersonReference, 'name' | 'nameSpan'>,
  rule: string,
): string | undefined {
  const person = ctx.resolver.resolve({ surface: ref.name, type: 'Person', structured: true });
  return ctx.facts.addNode(person.id, 'Person', { name: person.name }, [ref.nameSpan], rule, person.review);
}

const BODY_EN: Readonly<Record<string, string>> = {
  Commission: 'the Commission',
  Council: 'the Council',
  Committee: 'the Committee',
  LocalCommunityCouncil: 'the Local Community Council',
  MayorsCollegium: "the Mayor's Collegium",
  Board: 'the Board',
};

/** "Chair of the Commission", "Head of Kabinet župana", "Mayor". */
function titleEn(ctx: DraftContext, role: string, orgId: string): string {
  if (orgId === ctx.body?.id) return `${role} of ${BODY_EN[ctx.body.type] ?? 'the body'}`;
  if (orgId === ctx.municipality?.id) return role;
  const office = ctx.facts.node(orgId)?.properties.name;
  return typeof office === 'string' ? `${role} of ${office}` : role;
}

/** A role from the list ("predsednik komisije", "vodja Kabineta župana") as a membership of the body, municipality or office. */
function stateMembership(ctx: DraftContext, personId: string, entry: AttendanceEntry): void {
  if (!entry.roleOriginal) return;
  const reading = readRole(entry.roleOriginal, bodyWords(ctx));
  if (!reading) return;
  let orgId: string | undefined;
  if (reading.within === 'BODY') orgId = ctx.body?.id;
  else if (reading.within === 'MUNICIPALITY') orgId = ctx.municipality?.id;
  else if (reading.officeWords) {
    const name = nominativeOfOffice(reading.officeWords);
    const want = { surface: name, type: 'Office' as const, structured: true };
    const office = ctx.resolver.resolve(ctx.municipality ? { ...want, municipalityId: ctx.municipality.id } : want);
    const review = office.existing
      ? office.review
      : (office.review ?? {
          reason: `office "${name}" was named from the role "${entry.roleOriginal}": check its name`,
        });
    orgId = ctx.facts.addNode(office.id, 'Office', { name: office.name }, [entry.span], 'attendance.office', review);
    if (orgId && ctx.municipality && ctx.facts.has(ctx.municipality.id)) {
      ctx.facts.addRelation('PART_OF', orgId, ctx.municipality.id, {}, entry.span, 'attendance.office');
    }
  }
  if (!orgId || !ctx.facts.has(orgId)) return;
  const known = ctx.graph.memberships.find(
    (m) => m.personId === personId && m.role === reading.role && m.organizationId === orgId,
  );
  const membershipId =
    known?.id ??
    `membership:${personId.replace(/^person:/, '')}-${reading.role.toLowerCase().replace(/_/g, '-')}-${slugify(orgId.replace(/^org:/, ''))}`;
  ctx.facts.addNode(
    membershipId,
    'Membership',
    // A membership the graph has keeps its curated English title; a new one gets a plain one.
    {
      role: reading.role,
      titleOriginal: entry.roleOriginal,
      titleEn: known ? undefined : titleEn(ctx, reading.titleEn, orgId),
    },
    [entry.span],
    'attendance.role',
  );
  ctx.facts.addRelation('HOLDS', personId, membershipId, {}, entry.span, 'attendance.role');
  ctx.facts.addRelation('MEMBERSHIP_IN', membershipId, orgId, {}, entry.span, 'attendance.role');
}

/**
 * The attendance list: every person present ATTENDED the session (with the
 * capacity as written, the group, arrival and departure times), every absent
 * one is ABSENT_FROM it (excused or not), each with the list entry as
 * evidence; roles become memberships. Then the chair.
 */
export function draftAttendance(ctx: DraftContext): void {
  const { minutes, facts, sessionId } = ctx;
  for (const entry of minutes.attendance) {
    const personId = statePerson(ctx, entry, 'attendance.entry');
    if (!personId) continue;
    stateMembership(ctx, personId, entry);
    if (!sessionId) continue;
    if (entry.status === 'PRESENT') {
      facts.addRelation(
        'ATTENDED',
        personId,
        sessionId,
        {
          capacityOriginal: entry.roleOriginal,
          group: entry.group,
          arrivedAt: entry.arrivedAt,
          leftAt: entry.leftAt,
          note: entry.note,
        },
        entry.span,
        'attendance.present',
      );
    } else {
      facts.addRelation(
        'ABSENT_FROM',
        personId,
        sessionId,
        { excused: entry.status === 'EXCUSED', capacityOriginal: entry.roleOriginal },
        entry.span,
        'attendance.absent',
      );
    }
  }
  if (minutes.chair && sessionId) {
    const chairId = statePerson(ctx, minutes.chair, 'closing.chair');
    facts.addRelation('CHAIRED_BY', sessionId, chairId, {}, minutes.chair.span, 'closing.chair');
  }
  if (minutes.preparedBy) {
    const id = statePerson(ctx, minutes.preparedBy, 'closing.preparedBy');
    facts.addRelation('PREPARED_BY', ctx.documentId, id, {}, minutes.preparedBy.span, 'closing.preparedBy');
  }
  for (const signatory of minutes.signedBy) {
    const id = statePerson(ctx, signatory, 'closing.signedBy');
    facts.addRelation('SIGNED_BY', ctx.documentId, id, {}, signatory.span, 'closing.signedBy');
  }
}
