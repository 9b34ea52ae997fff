import {
  MINISTRIES,
  embassyName,
  nameOf,
  stateEmbassy,
  stateMembership,
  stateMunicipality,
  stateNational,
  statePerson,
  stateTwinning,
  twinningId,
} from './entities.js';
import { bodySubject, mayorWord, past, slDate, twinningLocative, twinningNoun } from './minutesWords.js';
import { ambassadorFor, partnerMayorFor } from './rosters.js';
import { writeStatement, writeVoteAndResolution, type Item, type SessionCtx } from './sessionContext.js';
import { partialMonth } from './terms.js';
import type { PlannedStep, PlannedTwinning } from './twinningPlan.js';
import type { Body, Municipality } from './world.js';

/** Which body records a step: the international commission proposes and supports, the council decides. */
function recorder(m: Municipality, step: PlannedStep): Body | undefined {
  if (step.status === 'PROPOSED') return m.international ?? m.council;
  if (step.status === 'SUPPORTED') return m.international;
  return m.council;
}

/** "mestom Jekaterinburg (Rusija)" and its pieces, for quotes. */
function partnerPhrase(sc: SessionCtx, t: PlannedTwinning): { phrase: string; city: string; country: number } {
  const city = sc.world.places.cities[t.partnerCity];
  const country = sc.world.places.countries[city?.country ?? 0];
  return {
    phrase: `mestom ${city?.name ?? ''} (${country?.name ?? ''})`,
    city: city?.name ?? '',
    country: city?.country ?? 0,
  };
}

function stepNode(
  sc: SessionCtx,
  m: Municipality,
  status: PlannedStep['status'],
  date: string,
  span: { start: number; quote: string },
  twId: string,
): string {
  const id = `step:${twId.slice('twinning:'.length)}-${status.toLowerCase()}`;
  sc.doc.node(
    id,
    'StatusChange',
    { status, date, noteEn: `${status} as recorded in the minutes of the ${sc.body.kind.nameEn} of the ${m.nameEn}` },
    span,
    true,
  );
  sc.doc.relation('HAS_STEP', twId, id, span, true);
  return id;
}

function proposedItem(t: PlannedTwinning, step: PlannedStep, title: string): Item {
  return {
    title,
    titleEn: 'Initiative for a partnership',
    write: (sc, itemId) => {
      const m = sc.m;
      const p = partnerPhrase(sc, t);
      const reporter = sc.mayor ?? sc.director ?? sc.secretary;
      const who = sc.doc.write(
        `${reporter.name.full}, ${reporter.title}, je ${past('predstavil', reporter.name.female)}`,
      );
      const text = sc.doc.write(` pobudo za ${twinningNoun(t.kind)} ${m.genitive} z ${p.phrase}.`);
      const twId = stateTwinning(sc, m, t, text, sc.doc.sub(text, p.city));
      const st = writeStatement(
        sc,
        itemId,
        'REPORT',
        reporter,
        who,
        text,
        `Report on the initiative for a partnership with ${p.city}.`,
      );
      sc.doc.relation('MENTIONS', st, twId, text, true);
      const stepId = stepNode(sc, m, 'PROPOSED', partialMonth(step.month), text, twId);
      void stepId;
      sc.doc.plain(' ');
      // Initiators, one to three, each in its own sentence.
      if (sc.rng.chance(0.5)) {
        const s = sc.doc.write(`Pobuda je prišla s strani mesta ${p.city}.`);
        const cityId = sc.world.places.cities[t.partnerCity]?.id ?? '';
        sc.doc.node(cityId, 'City', {}, sc.doc.sub(s, p.city), false);
        sc.doc.relation('INVOLVED_IN', cityId, twId, s, true, { role: 'INITIATED' });
      } else {
        const s = sc.doc.write(
          `Pobudo je ${past('dal', reporter.name.female)} ${reporter.title} ${reporter.name.full}.`,
        );
        sc.doc.relation('INVOLVED_IN', reporter.id, twId, s, true, { role: 'INITIATED' });
        sc.doc.node(reporter.id, 'Person', {}, sc.doc.sub(s, reporter.name.full), false);
      }
      sc.doc.plain(' ');
      if (sc.rng.chance(0.5)) {
        const name = embassyName(sc, p.country);
        const s = sc.doc.write(`Stike je pomagalo vzpostaviti ${name}.`);
        const embassy = stateEmbassy(sc, p.country, sc.doc.sub(s, name));
        sc.doc.relation('INVOLVED_IN', embassy, twId, s, true, { role: 'BROKERED' });
        sc.doc.relation('MENTIONS', st, embassy, sc.doc.sub(s, name), true);
        if (sc.rng.chance(0.5)) {
          const amb = ambassadorFor(sc.world, p.country);
          const an = nameOf(sc, amb.person, true);
          const as = sc.doc.write(
            ` Pri tem je ${past('sodeloval', an.female)} ${an.female ? 'veleposlanica' : 'veleposlanik'} ${an.full}.`,
          );
          const ambId = statePerson(sc, amb.person, sc.doc.sub(as, an.full), true);
          stateMembership(
            sc,
            amb.membership,
            ambId,
            embassy,
            { role: 'HEAD', title: an.female ? 'veleposlanica' : 'veleposlanik', titleEn: 'Ambassador' },
            undefined,
            as,
          );
          sc.doc.relation('INVOLVED_IN', ambId, twId, as, true, { role: 'BROKERED' });
        }
        sc.doc.plain(' ');
      }
      if (sc.rng.chance(0.3)) {
        const agency = 0;
        const s = sc.doc.write('Sodelovanje je predlagala tudi Javna agencija SPIRIT Slovenija.');
        const org = stateNational(sc, 'PublicAgency', agency, sc.doc.sub(s, 'Javna agencija SPIRIT Slovenija'));
        sc.doc.relation('INVOLVED_IN', org, twId, s, true, { role: 'PROPOSED' });
        sc.doc.plain(' ');
      }
      sc.doc.plain('\n\n');
      const r = writeVoteAndResolution(
        sc,
        itemId,
        'POSITION',
        `${bodySubject(sc.body)} se je ${past('seznanil', sc.body.kind.feminine)} s pobudo za ${twinningNoun(t.kind)} z ${p.phrase} in predlaga nadaljevanje pogovorov.`,
        `The initiative for a partnership with ${p.city} is noted.`,
      );
      sc.doc.relation('CONCERNS', r.resolutionId, twId, r.textSpan, true);
    },
  };
}

function supportedItem(t: PlannedTwinning, step: PlannedStep, title: string): Item {
  return {
    title,
    titleEn: 'Partnership',
    write: (sc, itemId) => {
      const m = sc.m;
      const p = partnerPhrase(sc, t);
      const r = writeVoteAndResolution(
        sc,
        itemId,
        'POSITION',
        `${bodySubject(sc.body)} podpira ${twinningNoun(t.kind)} ${m.genitive} z ${p.phrase}.`,
        `The partnership with ${p.city} is supported.`,
      );
      const twId = stateTwinning(sc, m, t, r.textSpan, sc.doc.sub(r.textSpan, p.city));
      stateMunicipality(sc, m, sc.doc.sub(r.textSpan, m.genitive));
      sc.doc.relation('CONCERNS', r.resolutionId, twId, r.textSpan, true);
      sc.doc.relation('MENTIONS', r.resolutionId, m.place.id, sc.doc.sub(r.textSpan, m.genitive), true);
      const stepId = stepNode(sc, m, 'SUPPORTED', sc.date, r.textSpan, twId);
      sc.doc.relation('DECIDED_BY', stepId, r.resolutionId, r.textSpan, true);
      sc.doc.relation('INVOLVED_IN', sc.body.id, twId, r.textSpan, true, { role: 'SUPPORTED' });
      if (sc.rng.chance(0.3)) {
        const s = sc.doc.write(`O sklepu se obvesti ${MINISTRIES[0].name}.`);
        sc.doc.plain('\n\n');
        const org = stateNational(sc, 'GovernmentBody', 0, sc.doc.sub(s, MINISTRIES[0].name));
        sc.doc.relation('MENTIONS', r.resolutionId, org, s, true);
      }
      void step;
    },
  };
}

function decisionItem(
  t: PlannedTwinning,
  step: PlannedStep,
  title: string,
  text: (sc: SessionCtx, phrase: string) => string,
): Item {
  return {
    title,
    titleEn: `${step.status.toLowerCase()} partnership`,
    write: (sc, itemId) => {
      const m = sc.m;
      const p = partnerPhrase(sc, t);
      const r = writeVoteAndResolution(
        sc,
        itemId,
        'DECISION',
        text(sc, p.phrase),
        `Decision on the partnership with ${p.city}: ${step.status.toLowerCase()}.`,
      );
      const twId = stateTwinning(sc, m, t, r.textSpan, sc.doc.sub(r.textSpan, p.city));
      sc.doc.relation('CONCERNS', r.resolutionId, twId, r.textSpan, true);
      const stepId = stepNode(sc, m, step.status, sc.date, r.textSpan, twId);
      sc.doc.relation('DECIDED_BY', stepId, r.resolutionId, r.textSpan, true);
    },
  };
}

function signedItem(t: PlannedTwinning, step: PlannedStep, title: string): Item {
  return {
    title,
    titleEn: 'Report on the signing of the partnership charter',
    write: (sc, itemId) => {
      const m = sc.m;
      const p = partnerPhrase(sc, t);
      const reporter = sc.mayor ?? sc.secretary;
      const day = Math.min(28, 1 + (t.index % 27));
      const date = `${partialMonth(step.month)}-${String(day).padStart(2, '0')}`;
      const foreign = partnerMayorFor(sc.world, t.partnerCity);
      const fn = nameOf(sc, foreign, true);
      const who = sc.doc.write(`${reporter.name.full} je ${past('poročal', reporter.name.female)}`);
      const text = sc.doc.write(
        `, da je bila listina o ${twinningLocative(t.kind)} z ${p.phrase} podpisana ${slDate(date)}; podpisala sta jo ${reporter.title} ${reporter.name.full} in ${mayorWord(fn)} mesta ${p.city} ${fn.full}.`,
      );
      sc.doc.plain('\n\n');
      const twId = stateTwinning(sc, m, t, text, sc.doc.sub(text, p.city));
      const st = writeStatement(
        sc,
        itemId,
        'REPORT',
        reporter,
        who,
        text,
        `Report: the partnership charter with ${p.city} was signed on ${date}.`,
      );
      sc.doc.relation('MENTIONS', st, twId, text, true);
      const stepId = stepNode(sc, m, 'SIGNED', date, text, twId);
      void stepId;
      const eventId = `event:${twId.slice('twinning:'.length)}-signing`;
      sc.doc.node(
        eventId,
        'Event',
        {
          kind: 'SIGNING',
          name: `Podpis listine o ${twinningLocative(t.kind)} z mestom ${p.city}`,
          nameEn: `Signing of the partnership charter with ${p.city}`,
          date,
          status: 'HELD',
        },
        text,
        true,
      );
      const cityId = sc.world.places.cities[t.partnerCity]?.id ?? '';
      sc.doc.relation('ABOUT', eventId, twId, text, true);
      sc.doc.relation('LOCATED_IN', eventId, cityId, sc.doc.sub(text, p.city), true);
      sc.doc.relation('MENTIONS', st, eventId, text, true);
      sc.doc.relation(
        'PARTICIPATED_IN',
        reporter.id,
        eventId,
        sc.doc.sub(text, `${reporter.title} ${reporter.name.full}`),
        true,
        { role: 'signatory' },
      );
      const fSpan = sc.doc.sub(text, fn.full);
      const foreignId = statePerson(sc, foreign, fSpan, true);
      sc.doc.relation('PARTICIPATED_IN', foreignId, eventId, fSpan, true, { role: 'signatory' });
      sc.doc.relation('INVOLVED_IN', foreignId, twId, fSpan, true, { role: 'SUPPORTED' });
    },
  };
}

/** A report of a delegation's visit from a partner city already signed: an Event with participants. */
export function visitItem(sc: SessionCtx): Item | undefined {
  const signed = sc.m.twinnings.filter((t) => t.steps[t.stage - 1]?.status === 'SIGNED');
  if (signed.length === 0 || !sc.rng.chance(0.25)) return undefined;
  const t = signed[sc.rng.int(0, signed.length - 1)];
  if (!t) return undefined;
  return {
    title: `Obisk delegacije iz partnerskega mesta ${sc.world.places.cities[t.partnerCity]?.name ?? ''}`,
    titleEn: 'Visit of a delegation from a partner city',
    write: (s, itemId) => {
      const p = partnerPhrase(s, t);
      const reporter = s.mayor ?? s.director ?? s.secretary;
      const foreign = partnerMayorFor(s.world, t.partnerCity);
      const fn = nameOf(s, foreign, true);
      const who = s.doc.write(`${reporter.name.full} je ${past('poročal', reporter.name.female)}`);
      const text = s.doc.write(
        ` o obisku delegacije iz partnerskega mesta ${p.city}, ki jo je ${past('vodil', fn.female)} ${mayorWord(fn)} ${fn.full}.`,
      );
      s.doc.plain('\n\n');
      const twId = stateTwinning(s, s.m, t, text, s.doc.sub(text, p.city));
      void twinningId;
      const st = writeStatement(
        s,
        itemId,
        'REPORT',
        reporter,
        who,
        text,
        `Report on a visit of a delegation from ${p.city}.`,
      );
      const eventId = `event:${s.prefix}-visit`;
      s.doc.node(
        eventId,
        'Event',
        {
          kind: 'VISIT',
          name: `Obisk delegacije iz mesta ${p.city}`,
          nameEn: `Visit of a delegation from ${p.city}`,
          date: partialMonth(s.month),
          status: 'HELD',
        },
        text,
        true,
      );
      s.doc.relation('ABOUT', eventId, twId, text, true);
      s.doc.relation('LOCATED_IN', eventId, s.seatId, text, true);
      s.doc.relation('MENTIONS', st, eventId, text, true);
      const fSpan = s.doc.sub(text, fn.full);
      const foreignId = statePerson(s, foreign, fSpan, true);
      s.doc.relation('PARTICIPATED_IN', foreignId, eventId, fSpan, true, { role: 'head of delegation' });
      s.doc.relation('PARTICIPATED_IN', reporter.id, eventId, who, true, { role: 'host' });
    },
  };
}

/**
 * The twinning steps this body records at this session: each twinning's next
 * step once its month has come (steps from before the corpus are history,
 * skipped), at most two per session.
 */
export function dueTwinningItems(sc: SessionCtx): Item[] {
  const items: Item[] = [];
  for (const t of sc.m.twinnings) {
    while (t.stage < t.steps.length) {
      const step = t.steps[t.stage];
      if (!step) break;
      const body = recorder(sc.m, step);
      if (step.month < sc.world.plan.firstMonth || body === undefined) {
        t.stage++;
        continue;
      }
      if (step.month > sc.month || body !== sc.body || items.length >= 2) break;
      t.stage++;
      const council = bodySubject(sc.body);
      const { phrase } = partnerPhrase(sc, t);
      const noun = twinningNoun(t.kind);
      switch (step.status) {
        case 'PROPOSED':
          items.push(proposedItem(t, step, `Pobuda za ${noun} ${sc.m.genitive} z ${phrase}`));
          break;
        case 'SUPPORTED':
          items.push(
            supportedItem(t, step, `${noun[0]?.toUpperCase() ?? ''}${noun.slice(1)} ${sc.m.genitive} z ${phrase}`),
          );
          break;
        case 'APPROVED':
          items.push(
            decisionItem(
              t,
              step,
              `Predlog sklepa o sklenitvi listine o ${twinningLocative(t.kind)} z ${phrase}`,
              (s, phrase) =>
                `${council} ${s.m.genitive} potrjuje listino o ${twinningLocative(t.kind)} med ${s.m.instrumental} in ${phrase} in pooblašča ${s.mayor?.name.female ? 'županjo' : 'župana'} za njen podpis.`,
            ),
          );
          break;
        case 'SIGNED':
          items.push(signedItem(t, step, `Poročilo o podpisu listine o ${twinningLocative(t.kind)} z ${phrase}`));
          break;
        case 'SUSPENDED':
          items.push(
            decisionItem(
              t,
              step,
              `Zamrznitev sodelovanja z ${phrase}`,
              (_s, phrase) => `${council} zamrzne sodelovanje z ${phrase} do nadaljnjega.`,
            ),
          );
          break;
        case 'ENDED':
          items.push(
            decisionItem(
              t,
              step,
              `Prenehanje sodelovanja z ${phrase}`,
              (_s, phrase) => `${council} ugotavlja, da je sodelovanje z ${phrase} prenehalo.`,
            ),
          );
          break;
      }
      break;
    }
  }
  return items;
}
