import { DocBuilder, type Span } from './docBuilder.js';
import type { DocumentHeader } from './emitFactsYaml.js';
import {
  nameOf,
  stateAdministration,
  stateBody,
  stateCity,
  stateCountry,
  stateMembership,
  stateMunicipality,
  statePerson,
  type Ctx,
} from './entities.js';
import type { FirstSeen } from './firstSeen.js';
import {
  bodyNounGenitive,
  chairTitle,
  directorTitle,
  mayorWord,
  memberTitle,
  past,
  secretaryTitle,
  slDate,
  viceTitle,
  weekdayAndDate,
} from './minutesWords.js';
import type { Random } from './random.js';
import { directorFor, mayorFor, rosterFor } from './rosters.js';
import { miscellaneousItem, routineItems } from './routineItems.js';
import { writeVoteAndResolution, type Item, type Present, type SessionCtx } from './sessionContext.js';
import { termOf, termStartMonth } from './terms.js';
import { dueTwinningItems, visitItem } from './twinningItems.js';
import type { Body, Municipality, World } from './world.js';

/** One written document: its facts header, builder (text and facts). */
export interface WrittenSession {
  readonly header: Omit<DocumentHeader, 'file'>;
  readonly doc: DocBuilder;
  /** File name stem, from the document id. */
  readonly stem: string;
}

const KIND_WORD = { REGULAR: 'redne', EXTRAORDINARY: 'izredne', CONSTITUTIVE: 'ustanovne' } as const;
const KIND_EN = { REGULAR: 'regular', EXTRAORDINARY: 'extraordinary', CONSTITUTIVE: 'constitutive' } as const;

function modeOf(month: number, rng: Random): { mode: 'ONLINE' | 'IN_PERSON' | 'HYBRID'; platform?: string } {
  const covid = month >= 2020 * 12 + 2 && month <= 2021 * 12 + 11;
  if (covid && rng.chance(0.7)) return { mode: 'ONLINE', platform: rng.chance(0.6) ? 'Zoom' : 'MS Teams' };
  if (month > 2021 * 12 + 11 && rng.chance(0.1)) return { mode: 'HYBRID', platform: 'Zoom' };
  return { mode: 'IN_PERSON' };
}

/**
 * Writes the minutes of one session of one body: letterhead, heading, who was
 * present and absent, the agenda and its adoption, each item (discussion,
 * resolutions and votes, twinning steps, events) and the closing with who
 * prepared and signed them; every fact stated with the span it was written at.
 */
export function writeSession(
  world: World,
  seen: FirstSeen,
  m: Municipality,
  body: Body,
  month: number,
  day: number,
  rng: Random,
): WrittenSession {
  const year = Math.floor(month / 12);
  const mm = String((month % 12) + 1).padStart(2, '0');
  const date = `${year}-${mm}-${String(day).padStart(2, '0')}`;
  const term = termOf(month);
  // The first session of a term is number 1; a body first met in the middle of a term has had sessions before.
  const sinceTermStart = month - termStartMonth(term);
  const newTerm = body.previous ? body.previous.term !== term : sinceTermStart < 2;
  if (body.previous === undefined || newTerm) {
    body.regularCount = newTerm ? 0 : Math.floor((sinceTermStart * body.perYear) / 12);
    body.extraCount = newTerm ? 0 : Math.floor(sinceTermStart / 18);
  }
  const kind =
    newTerm && body.kind.type === 'Council' ? 'CONSTITUTIVE' : rng.chance(0.08) ? 'EXTRAORDINARY' : 'REGULAR';
  const number = kind === 'EXTRAORDINARY' ? ++body.extraCount : ++body.regularCount;
  const kindWord = KIND_WORD[kind];
  const docId = `doc:${body.key}-${date}-seja-${number}${kind === 'EXTRAORDINARY' ? '-izredna' : ''}`;
  const sessionId = `session:${body.key}-${date}`;
  const doc = new DocBuilder(docId);
  const ctx: Ctx = { world, doc, seen };
  const mayorNo = mayorFor(world, m, term);
  const roster = rosterFor(world, m, body, term);
  const directorNo = directorFor(world, m, term);
  const seat = world.places.cities[m.place.seat];
  const seatName = seat?.name ?? m.place.plainName;

  // Letterhead.
  const si = doc.write('REPUBLIKA SLOVENIJA');
  doc.plain('\n');
  const muniSpan = doc.write(m.name.toUpperCase());
  doc.plain('\n');
  const bodyHead = doc.write(body.kind.name);
  doc.plain(`\nŠtevilka: 900-${body.index % 97}/${year}-${number}\n`);
  const dateline = doc.write(`${seatName}, ${slDate(date)}`);
  doc.plain('\n\n');
  stateCountry(ctx, world.places.slovenia, si);
  const seatId = stateCity(ctx, m.place.seat, doc.sub(dateline, seatName), si);
  stateMunicipality(ctx, m, muniSpan);
  const minutesWord = doc.write('ZAPISNIK');
  doc.plain('\n\n');
  const { mode, platform } = modeOf(month, rng);
  const startHour = body.kind.type === 'LocalCommunityCouncil' ? rng.int(17, 19) : rng.int(15, 18);
  const place =
    mode === 'ONLINE'
      ? `na spletni platformi ${platform ?? 'Zoom'}`
      : mode === 'HYBRID'
        ? `v sejni sobi ${m.genitive} in prek platforme ${platform ?? 'Zoom'}`
        : `v sejni sobi ${m.genitive}`;
  const title = `${number}. ${kindWord} seje ${body.kind.genitive}`;
  const heading = doc.write(
    `${title} ${m.genitive}, ki je bila ${weekdayAndDate(date)}, ob ${startHour}. uri ${place}.`,
  );
  doc.plain('\n\n');
  stateBody(ctx, body, m, bodyHead);
  // The session first: relations to it need it stated. Its end time and attendance are set below.
  const sessionProps: Record<string, string | number | undefined> = {
    number,
    title,
    date,
    startTime: `${String(startHour).padStart(2, '0')}:00`,
    mode,
    platform,
    kind,
  };
  doc.node(sessionId, 'Session', sessionProps, heading, true);
  stateBody(ctx, body, m, doc.sub(heading, body.kind.genitive));

  // Attendance.
  const noun = bodyNounGenitive(body);
  const absent: { id: string; excused: boolean; span: { start: number; quote: string } }[] = [];
  const council = body.kind.type === 'Council';
  doc.plain(council ? 'PRISOTNI SVETNIKI IN SVETNICE: ' : 'PRISOTNI ČLANI: ');
  const members: Present[] = [];
  let chair: Present | undefined;
  const absentPeople: number[] = [];
  const attending: { person: number; i: number }[] = [];
  roster.people.forEach((person, i) => {
    if ((council || i >= 2) && rng.chance(0.1)) absentPeople.push(person);
    else attending.push({ person, i });
  });
  const attend = (person: number, i: number, span: Span, nameSpan: Span): void => {
    const name = nameOf(ctx, person);
    const officer = !council && i < 2;
    const titleWord = officer ? (i === 0 ? chairTitle(body, name) : viceTitle(body, name)) : memberTitle(body, name);
    const role = officer ? (i === 0 ? 'CHAIR' : 'VICE_CHAIR') : 'MEMBER';
    const titleEn = `${officer ? (i === 0 ? 'Chair' : 'Vice-Chair') : 'Member'} of the ${body.kind.nameEn}`;
    const id = statePerson(ctx, person, nameSpan);
    stateMembership(ctx, roster.memberships[i] ?? 0, id, body.id, { role, title: titleWord, titleEn }, term, span);
    const me: Present = { id, name, title: titleWord };
    members.push(me);
    if (i === 0 && !council) chair = me;
    doc.relation('ATTENDED', id, sessionId, span, true, {
      capacity: titleEn,
      capacityOriginal: officer ? titleWord : span.quote.slice(span.quote.lastIndexOf('– ') + 2),
      group: 'MEMBER',
    });
  };
  if (council) {
    // A council's list: one passage per councillor.
    attending.forEach(({ person, i }, k) => {
      if (k > 0) doc.plain(', ');
      const span = doc.write(nameOf(ctx, person).full);
      attend(person, i, span, span);
    });
    doc.plain('.\n');
  } else {
    // Officers one by one, then the members in one passage, as minutes list them: "A, B, C – člani komisije".
    const officers = attending.filter((a) => a.i < 2);
    const rest = attending.filter((a) => a.i >= 2);
    officers.forEach(({ person, i }, k) => {
      if (k > 0) doc.plain(', ');
      const name = nameOf(ctx, person);
      const span = doc.write(`${name.full} – ${i === 0 ? chairTitle(body, name) : viceTitle(body, name)}`);
      attend(person, i, span, doc.sub(span, name.full));
    });
    if (rest.length > 0) {
      doc.plain(', ');
      const group = doc.write(`${rest.map((a) => nameOf(ctx, a.person).full).join(', ')} – člani ${noun}`);
      for (const { person, i } of rest) attend(person, i, group, group);
    }
    doc.plain('.\n');
  }
  if (absentPeople.length > 0) {
    doc.plain('ODSOTNI: ');
    absentPeople.forEach((person, k) => {
      const name = nameOf(ctx, person);
      const excused = rng.chance(0.7);
      if (k > 0) doc.plain(', ');
      const span = doc.write(`${name.full}${excused ? ' (opravičeno)' : ''}`);
      const id = statePerson(ctx, person, doc.sub(span, name.full));
      const i = roster.people.indexOf(person);
      const titleWord = memberTitle(body, name);
      stateMembership(
        ctx,
        roster.memberships[i] ?? 0,
        id,
        body.id,
        { role: 'MEMBER', title: titleWord, titleEn: `Member of the ${body.kind.nameEn}` },
        term,
        span,
      );
      absent.push({ id, excused, span });
    });
    doc.plain('.\n');
  }
  // Others present: the secretary, the director of the administration, the mayor.
  doc.plain('OSTALI PRISOTNI: ');
  const secName = nameOf(ctx, roster.secretary);
  const secTitle = secretaryTitle(body, secName);
  const secSpan = doc.write(`${secName.full} – ${secTitle}`);
  const secId = statePerson(ctx, roster.secretary, doc.sub(secSpan, secName.full));
  stateMembership(
    ctx,
    roster.secretaryMembership,
    secId,
    body.id,
    { role: 'SECRETARY', title: secTitle, titleEn: `Secretary of the ${body.kind.nameEn}` },
    term,
    secSpan,
  );
  doc.relation('ATTENDED', secId, sessionId, secSpan, true, {
    capacity: `Secretary of the ${body.kind.nameEn}`,
    capacityOriginal: secTitle,
    group: 'STAFF',
  });
  const secretary: Present = { id: secId, name: secName, title: secTitle };
  let director: Present | undefined;
  if (council || rng.chance(0.35)) {
    const dn = nameOf(ctx, directorNo);
    const dt = directorTitle(dn);
    doc.plain(', ');
    const span = doc.write(`${dn.full} – ${dt}`);
    const id = statePerson(ctx, directorNo, doc.sub(span, dn.full));
    const office = stateAdministration(ctx, m, doc.sub(span, 'občinske uprave'));
    stateMembership(
      ctx,
      m.directorMembership,
      id,
      office,
      { role: 'DIRECTOR', title: dt, titleEn: 'Director of the Municipal Administration' },
      term,
      span,
    );
    doc.relation('ATTENDED', id, sessionId, span, true, {
      capacity: 'Director of the Municipal Administration',
      capacityOriginal: dt,
      group: 'STAFF',
    });
    director = { id, name: dn, title: dt };
  }
  let mayor: Present | undefined;
  if (council || rng.chance(0.25)) {
    const mn = nameOf(ctx, mayorNo);
    const mt = mayorWord(mn);
    doc.plain(', ');
    const span = doc.write(`${mt} ${mn.full}`);
    const id = statePerson(ctx, mayorNo, doc.sub(span, mn.full));
    stateMembership(ctx, m.mayorMembership, id, m.place.id, { role: 'MAYOR', title: mt, titleEn: 'Mayor' }, term, span);
    doc.relation('ATTENDED', id, sessionId, span, true, {
      capacity: 'Mayor',
      capacityOriginal: mt,
      group: council ? 'MEMBER' : 'GUEST',
    });
    mayor = { id, name: mn, title: mt };
    if (council) chair = mayor;
  }
  doc.plain('.\n\n');
  const chairP = chair ?? members[0] ?? secretary;
  const chairSpan = doc.write(`Sejo je ${past('vodil', chairP.name.female)} ${chairP.title} ${chairP.name.full}`);
  doc.plain(
    `, ki je ${past('ugotovil', chairP.name.female)}, da je ${body.kind.short} ${body.kind.feminine ? 'sklepčna' : 'sklepčen'} (prisotnih ${members.length}). Predlagan je bil naslednji DNEVNI RED:\n`,
  );

  const sc: SessionCtx = {
    ...ctx,
    m,
    body,
    month,
    date,
    term,
    rng,
    sessionId,
    prefix: `${body.key}-${date}`,
    seatId,
    chair: chairP,
    members,
    secretary,
    mayor,
    director,
    statements: 0,
    resolutions: 0,
  };

  sessionProps['attendanceCount'] = members.length + 1 + (director ? 1 : 0) + (mayor && !council ? 1 : 0);
  doc.relation('MINUTES_OF', docId, sessionId, minutesWord, true);
  doc.relation('OF_BODY', sessionId, body.id, doc.sub(heading, body.kind.genitive), true);
  doc.relation('CHAIRED_BY', sessionId, chairP.id, chairSpan, true);
  for (const a of absent) doc.relation('ABSENT_FROM', a.id, sessionId, a.span, true, { excused: a.excused });

  // Agenda.
  const items: Item[] = [];
  const prev = body.previous && body.previous.term === term ? body.previous : undefined;
  if (prev) {
    items.push({
      title: `Potrditev zapisnika ${prev.number}. ${KIND_WORD[prev.kind]} seje`,
      titleEn: `Approval of the minutes of the ${prev.number}. ${KIND_EN[prev.kind]} session`,
      write: (s, itemId) => {
        const r = writeVoteAndResolution(
          s,
          itemId,
          'MINUTES_APPROVAL',
          `Potrdi se zapisnik ${prev.number}. ${KIND_WORD[prev.kind]} seje ${body.kind.genitive}.`,
          `The minutes of the previous session are approved.`,
        );
        s.doc.node(prev.id, 'Session', { number: prev.number, title: prev.title, date: prev.date }, r.textSpan, false);
        s.doc.relation('OF_BODY', prev.id, body.id, r.textSpan, false);
        s.doc.relation('CONCERNS', r.resolutionId, prev.id, r.textSpan, true);
        s.doc.relation('FOLLOWS', sessionId, prev.id, r.textSpan, true);
      },
    });
  }
  items.push(...dueTwinningItems(sc));
  const visit = body.kind.type === 'Council' || body.kind.international ? visitItem(sc) : undefined;
  if (visit) items.push(visit);
  items.push(...routineItems(sc, council ? rng.int(2, 4) : rng.int(1, 3)));
  items.push(miscellaneousItem(sc));

  const itemIds = items.map((_, k) => `item:${sc.prefix}-${k + 1}`);
  items.forEach((item, k) => {
    const span = doc.write(`${k + 1}. ${item.title}.`);
    doc.plain('\n');
    const id = itemIds[k] ?? '';
    doc.node(id, 'AgendaItem', { number: k + 1, title: item.title, titleEn: item.titleEn }, span, true);
    doc.relation('HAS_ITEM', sessionId, id, span, true);
  });
  const agendaVote = doc.write(
    `Dnevni red je bil soglasno sprejet (${members.length} PRISOTNI: ${members.length} ZA).`,
  );
  doc.plain('\n\n');
  const resAgenda = `resolution:${sc.prefix}-agenda`;
  doc.node(
    resAgenda,
    'Resolution',
    {
      kind: 'AGENDA_ADOPTION',
      text: 'Dnevni red je bil soglasno sprejet.',
      textEn: 'The agenda was adopted unanimously.',
    },
    agendaVote,
    true,
  );
  doc.node(
    `vote:${sc.prefix}-agenda`,
    'VoteEvent',
    { present: members.length, for: members.length, against: 0, abstained: 0, unanimous: true, outcome: 'ADOPTED' },
    agendaVote,
    true,
  );
  doc.relation('ADOPTED_AT', resAgenda, sessionId, agendaVote, true);
  doc.relation('VOTE_ON', `vote:${sc.prefix}-agenda`, resAgenda, agendaVote, true);

  items.forEach((item, k) => {
    doc.plain(`${k + 1}. ${item.title}\n\n`);
    item.write(sc, itemIds[k] ?? '');
  });

  // Closing.
  const endMinutes = startHour * 60 + rng.int(40, 180);
  const end = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}.${String(endMinutes % 60).padStart(2, '0')}`;
  const closing = doc.write(`Seja je bila zaključena ob ${end}.`);
  doc.node(sessionId, 'Session', {}, closing, false);
  sessionProps['endTime'] = end.replace('.', ':');
  doc.plain(`\n\n${past('Zapisal', secName.female)}:\n`);
  const preparedBy = doc.write(secName.full);
  doc.plain(`\n\n${chairP.title[0]?.toUpperCase() ?? ''}${chairP.title.slice(1)}:\n`);
  const signedBy = doc.write(`${chairP.name.full}, l.r.`);
  doc.plain('\n');
  doc.relation('PREPARED_BY', docId, secId, preparedBy, true);
  doc.relation('SIGNED_BY', docId, chairP.id, signedBy, true);

  body.previous = { id: sessionId, number, kind, title, date, term };
  const muni = m.name;
  return {
    doc,
    stem: docId.slice('doc:'.length),
    header: {
      id: docId,
      title: `Zapisnik ${title} ${m.genitive}`,
      titleEn: `Minutes of the ${number}. ${KIND_EN[kind]} session of the ${body.kind.nameEn} of the ${m.nameEn}`,
      date,
      publisher: muni,
    },
  };
}
