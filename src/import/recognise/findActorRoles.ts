import type { Span } from '../span.js';
import type { ActorInvolvement, InvolvementRole, Mention, TwinningFound } from './relationsFound.js';
import type { RecogniseContext } from './recogniseContext.js';
import type { TwinningSentence } from './findTwinnings.js';
import { ACTOR_KINDS } from './recogniseContext.js';
import { spansOverlap } from './spansOverlap.js';
import { homeMatcher } from './homeMatcher.js';
import { matchAttendee } from './matchAttendee.js';
import { foldName } from '../names/foldName.js';
import { placeById } from '../names/gazetteer.js';
import { partnerInitiative } from './partnerInitiative.js';

type Direction = 'after' | 'subject';

interface RoleCue {
  readonly role: InvolvementRole;
  readonly pattern: RegExp;
  /** Where the actor stands: right after the cue ("na pobudo X") or as the subject before it. */
  readonly actor: Direction;
  /** Whether a place can be the actor: the partner city itself often takes the initiative ("na pobudo mesta Varaždin"). */
  readonly places?: boolean;
}

const CUES: readonly RoleCue[] = [
  { role: 'INITIATED', pattern: /(?<![\p{L}])na\s+pobudo(?![\p{L}])/giu, actor: 'after', places: true },
  // "pobudo za ta korak je dal Zavod …", "pobuda je prišla od mesta X", "pobuda je prišla s strani Občine Y".
  {
    role: 'INITIATED',
    pattern:
      /(?<![\p{L}])(?:pobud\p{L}*(?:\s+\p{L}+){0,8}?\s+(?:je\s+)?(?:dal|podal)[aoi]?|(?:pobud|predlog)\p{L}*(?:\s+\p{L}+){0,8}?\s+(?:je\s+)?(?:prišl|prišel)[aoi]?(?:\s+(?:od|iz|s\s+strani|z\s+strani))?)(?![\p{L}])/giu,
    actor: 'after',
    places: true,
  },
  // "prejela je pobudo za pobratenje od občine Ludbreg": the initiator follows "od" or "s strani".
  {
    role: 'INITIATED',
    pattern: /(?<![\p{L}])pobud\p{L}*(?:\s+za(?:\s+\p{L}+){1,4}?)?\s+(?:od|s\s+strani|z\s+strani)(?![\p{L}])/giu,
    actor: 'after',
    places: true,
  },
  // "pobudnik pobratenja je bil Zavod …", "pobudnica je bila Občina …": the initiator follows.
  {
    role: 'INITIATED',
    pattern: /(?<![\p{L}])pobudni\p{L}*(?:\s+\p{L}+){0,6}?\s+(?:je|so|sta)\s+bil[aoi]?(?![\p{L}])/giu,
    actor: 'after',
    places: true,
  },
  {
    role: 'INITIATED',
    pattern:
      /(?<![\p{L}])(?:pobudni\p{L}*(?!(?:\s+\p{L}+){0,6}?\s+(?:je|so|sta)\s+bil)|(?:dal|podal)\p{L}*\s+pobudo|zamisel\p{L}*\s+o|idej\p{L}*\s+o)(?![\p{L}])/giu,
    actor: 'subject',
  },
  {
    role: 'BROKERED',
    pattern:
      /(?<![\p{L}])(?:v\s+sodelovanju\s+[sz]|[sz]\s+pomočjo|ob\s+pomoči|v\s+navezi\s+[sz]|ob\s+posredovanju|[sz]\s+posredovanjem|posredoval\p{L}*(?:\s+(?:pri|za))?|prek|preko)(?![\p{L}])/giu,
    actor: 'after',
  },
  { role: 'PROPOSED', pattern: /(?<![\p{L}])(?:predlagal\p{L}*|predlaga(?:jo|mo)?)(?![\p{L}])/giu, actor: 'subject' },
  {
    role: 'SUPPORTED',
    pattern:
      /(?<![\p{L}])(?:podpir\p{L}*|podprl\p{L}*|izkazal\p{L}*\s+(?:interes|zanimanje|podporo)|izrazil\p{L}*\s+(?:interes|podporo)|soglaša\p{L}*)(?![\p{L}])/giu,
    actor: 'subject',
  },
];

const PREPOSITION_BEFORE = /(?<![\p{L}])(?:s|z|pri|v|na|od|do|k|h|o|za|med|po|ob|iz|proti)\s+(?:\p{L}+\s+)?$/iu;
const BODY_WORD =
  /(?<![\p{L}])(?<body>(?:občinski|mestni)\s+svet|komisija|odbor|svet\s+krajevne\s+skupnosti|kolegij\s+župana)(?![\p{L}])/iu;
const QUESTION = /(?<![\p{L}])(?:vprašal\p{L}*|vpraša)(?![\p{L}])|\?/iu;
// A person followed by a speech verb is reporting in the session, not acting in the twinning.
const SPEAKS =
  /^\s*(?:,[^,]{0,60},\s*)?(?:je|sta|so)\s+(?:\p{L}+\s+){0,2}?(?:vprašal|odgovoril|povedal|dejal|poudaril|pojasnil|dodal|opozoril|izpostavil|menil|predstavil|poročal|seznanil|informiral)/iu;
const PASSIVE_PROPOSAL = /(?<![\p{L}])predlagan[aoi]?\s+(?:je|so|sta)\s+bil/iu;

/** True when two place mentions name the same place: by gazetteer id, else by folded nominative. */
function samePlace(a: Mention, b: Mention): boolean {
  if (a.kind !== 'City' && a.kind !== 'Municipality') return false;
  if (a.gazetteerId && b.gazetteerId) return a.gazetteerId === b.gazetteerId;
  return foldName(a.base ?? a.surface) === foldName(b.base ?? b.surface);
}

function topLevel(mentions: readonly Mention[]): Mention[] {
  return mentions.filter(
    (m) =>
      !mentions.some(
        (o) =>
          o !== m &&
          o.span.start <= m.span.start &&
          m.span.end <= o.span.end &&
          o.span.end - o.span.start > m.span.end - m.span.start,
      ),
  );
}

/**
 * Who initiated, proposed, brokered or supported each twinning, by twinning
 * index. In every sentence about a twinning, a role cue ("na pobudo",
 * "pobudo je dal(o)", "pobuda je prišla od", "pobudnik je bil",
 * "predlagal(a)", "v sodelovanju z", "s pomočjo", "v navezi s", "posredoval",
 * "podpira", "podprl", "izkazal interes") names its actor: the mentions after
 * it (joined by "in" or commas; for an initiative also a town, the partner
 * itself included, or the partner's side "madžarska stran", for review) or
 * the subject before it ("slednja" → the last organisation named; "Komisija"
 * → the body of the minutes; none before → the one right after the verb,
 * for review). Other
 * organisations and outside people in those sentences are listed for review
 * (certain: false), as are the partner's share in "obojestransko" interest.
 */
export function findActorRoles(
  ctx: RecogniseContext,
  links: readonly TwinningSentence[],
  twinnings: readonly Pick<TwinningFound, 'partner' | 'country'>[],
): Map<number, ActorInvolvement[]> {
  const isHome = homeMatcher(ctx.minutes, ctx.mentions);
  const agenda = ctx.minutes.agenda.map((a) => a.span);
  const result = new Map<number, ActorInvolvement[]>();
  for (const link of links) {
    const span = ctx.sentences[link.sentence];
    if (!span || agenda.some((a) => spansOverlap(a, span))) continue;
    const sentence = ctx.text.slice(span.start, span.end);
    if (QUESTION.test(sentence)) continue;
    const twinning = twinnings[link.twinning];
    const list = result.get(link.twinning) ?? [];
    const add = (a: ActorInvolvement): void => {
      if (twinning && a.actor.span.start === twinning.partner.span.start && a.role !== 'INITIATED') return;
      if (list.some((o) => o.role === a.role && o.actor.span.start === a.actor.span.start)) return;
      list.push(a);
    };
    const all = ctx.mentions.filter((m) => span.start <= m.span.start && m.span.end <= span.end);
    const inside = topLevel(all);
    // "z občino Pliberk": the municipality phrase around the partner's name is the partner, not another actor.
    const partnerHere = all.filter((m) => twinning && samePlace(m, twinning.partner));
    const isPartner = (m: Mention): boolean =>
      (m.kind === 'City' || m.kind === 'Municipality') &&
      partnerHere.some((p) => m.span.start <= p.span.start && p.span.end <= m.span.end);
    // A described person and the office named on the same words act as one: the person.
    const actors = inside.filter(
      (m) =>
        ACTOR_KINDS.has(m.kind) &&
        !(twinning && m.span.start === twinning.partner.span.start) &&
        !isPartner(m) &&
        !(
          m.kind !== 'Person' &&
          inside.some((p) => p.kind === 'Person' && p.span.start === m.span.start && p.span.end === m.span.end)
        ),
    );
    // Places that can take the initiative: the partner itself and other foreign towns, never the home side.
    const placeActors = all.filter(
      (m) =>
        (m.kind === 'City' || m.kind === 'Municipality') &&
        !isHome(m) &&
        // "na pobudo občine Pliberk": the town inside the phrase names the actor.
        !all.some(
          (o) =>
            o !== m &&
            (o.kind === 'City' || o.kind === 'Municipality') &&
            m.span.start <= o.span.start &&
            o.span.end <= m.span.end &&
            o.span.end - o.span.start < m.span.end - m.span.start,
        ),
    );
    const withPlaces = [...actors, ...placeActors.filter((p) => !actors.includes(p))].sort(
      (a, b) => a.span.start - b.span.start,
    );
    const given = new Set<Mention>();
    for (const cue of CUES) {
      for (const m of sentence.matchAll(cue.pattern)) {
        const at = span.start + m.index;
        const end = at + m[0].length;
        const found =
          cue.actor === 'after'
            ? actorsAfter(ctx.text, cue.places ? withPlaces : actors, end)
            : subjectBefore(ctx, actors, span, at, m[0], isHome);
        // "pobudo je dala madžarska stran": the partner's side, named by its country.
        if (found.length === 0 && cue.places && twinning) {
          const side = partnerSide(ctx, twinning, span, end);
          if (side) found.push(side);
        }
        for (const { actor, certain, reason } of found) {
          given.add(actor);
          // The partner's side may stand for a partner named in an earlier sentence: the clause stays in this one.
          const clause = clauseSpan(
            ctx.text,
            span,
            Math.max(span.start, Math.min(at, actor.span.start)),
            Math.min(span.end, Math.max(end, actor.span.end)),
          );
          // One person's support is her view in the debate, not a party's part in the twinning.
          const personal = cue.role === 'SUPPORTED' && actor.kind === 'Person';
          add({
            actor,
            role: cue.role,
            span: clause,
            certain: certain && !personal,
            ...(personal
              ? { reason: 'a person said she or he supports it; only a body takes a step' }
              : reason
                ? { reason }
                : {}),
          });
        }
      }
    }
    // The partner's own proposal is its initiative: "pobuda Občine Gradež", "mesto Singen je predlagalo".
    for (const p of partnerHere) {
      const outer = all
        .filter((o) => (o.kind === 'City' || o.kind === 'Municipality') && o.span.start <= p.span.start)
        .filter((o) => p.span.end <= o.span.end)
        .reduce((a, b) => (b.span.end - b.span.start > a.span.end - a.span.start ? b : a), p);
      const said = partnerInitiative(ctx.text, span, p, outer.span);
      if (!said) continue;
      add({ actor: p, role: 'INITIATED', span: said, certain: true });
      // Whoever stands before the partner's proposal only reports it ("je predstavil dopis županje Občine X").
      for (let i = list.length - 1; i >= 0; i--) {
        const o = list[i];
        if (o?.role === 'PROPOSED' && o.actor.span.start >= span.start && o.actor.span.end <= outer.span.start)
          list.splice(i, 1);
      }
    }
    if (/obojestransk/iu.test(sentence) && twinning) {
      add({
        actor: twinning.partner,
        role: 'INITIATED',
        span,
        certain: false,
        reason: 'the text says the interest was mutual (obojestransko)',
      });
    }
    const next = ctx.sentences[link.sentence + 1];
    const passive =
      next && PASSIVE_PROPOSAL.test(ctx.text.slice(next.start, next.end)) && !PASSIVE_PROPOSAL.test(sentence);
    for (const actor of actors) {
      if (given.has(actor) || isHome(actor) || adjacentTo(ctx.text, actor, given)) continue;
      if (actor.kind === 'Person' && matchAttendee(actor.base ?? actor.surface, ctx.minutes.attendance)) continue;
      if (actor.kind === 'Person' && SPEAKS.test(ctx.text.slice(actor.span.end, span.end))) continue;
      if (actor.kind === 'Person' && ctx.minutes.attendance.some((a) => a.name === actor.base)) continue;
      add({
        actor,
        role: passive ? 'PROPOSED' : 'BROKERED',
        span: passive && next ? { start: span.start, end: next.end } : span,
        certain: false,
        reason: passive
          ? 'named in the passage before a proposal in the passive voice, which does not say who proposed'
          : 'named in a passage about the twinning; the text does not say what part they had',
      });
    }
    if (list.length) result.set(link.twinning, list);
  }
  return result;
}

interface Pick1 {
  readonly actor: Mention;
  readonly certain: boolean;
  readonly reason?: string;
}

/**
 * The actor right after a cue and any joined to it by "in", "ter" or a comma;
 * a place may stand after a description ("na pobudo partnerskega mesta Varaždin").
 */
function actorsAfter(text: string, actors: readonly Mention[], from: number): Pick1[] {
  const picked: Pick1[] = [];
  let cursor = from;
  for (const actor of actors.filter((a) => a.span.start >= from).sort((a, b) => a.span.start - b.span.start)) {
    if (actor.span.start < cursor) continue;
    const gap = text.slice(cursor, actor.span.start);
    const ok =
      picked.length === 0
        ? /^\s*(?:\p{Ll}+\s+){0,1}$/u.test(gap) ||
          ((actor.kind === 'City' || actor.kind === 'Municipality') &&
            /^\s*(?:\p{Ll}+(?:ega|e|ih|o)\s+){1,2}(?:mest|občin)\p{L}*\s+$/u.test(gap))
        : /^\s*(?:,|in|ter|,\s*in)\s*(?:\p{Ll}+\s+){0,1}$/u.test(gap);
    if (!ok) break;
    picked.push({ actor, certain: true });
    cursor = actor.span.end;
  }
  return picked;
}

/** The subject that a verb or noun cue belongs to: the last actor before it that no preposition governs. */
function subjectBefore(
  ctx: RecogniseContext,
  actors: readonly Mention[],
  sentence: Span,
  at: number,
  cue: string,
  isHome: (m: Mention) => boolean,
): Pick1[] {
  const before = ctx.text.slice(sentence.start, at);
  const earlier = actors.filter((a) => a.span.end <= at);
  if (/(?<![\p{L}])slednj\p{L}*/iu.test(before.slice(-80))) {
    const latter = [...earlier].reverse().find((a) => a.kind !== 'Person' && !isHome(a));
    if (latter)
      return [
        {
          actor: latter,
          certain: false,
          reason: 'the actor is "slednja/slednji" (the latter), read as the last organisation named',
        },
      ];
  }
  // "Mestni svet Mestne občine Celje soglaša": the body, not the municipality in its name, is the subject.
  const body = BODY_WORD.exec(before);
  if (body) {
    const start = sentence.start + body.index;
    let end = start + body[0].length;
    const owner = earlier.find((a) => /^\s+$/u.test(ctx.text.slice(end, a.span.start)));
    if (owner) end = owner.span.end;
    const nearer = earlier.filter(
      (a) =>
        a.span.start > end &&
        !PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(sentence.start, a.span.start - 25), a.span.start)),
    );
    if (nearer.length === 0) {
      const actor: Mention = {
        surface: ctx.text.slice(start, end),
        span: { start, end },
        kind: 'Organization',
        ...(ctx.minutes.header.body?.name ? { base: ctx.minutes.header.body.name } : {}),
      };
      return [{ actor, certain: true }];
    }
  }
  const subjects = earlier.filter(
    (a) => !PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(sentence.start, a.span.start - 25), a.span.start)),
  );
  // A masculine participle ("izkazal", "predlagal") points to a person rather than to an organisation.
  const masculine = /l(?![\p{L}])/u.test(cue.split(/\s+/u)[0] ?? '');
  const people = subjects.filter((a) => a.kind === 'Person');
  const subject = (masculine && people.length ? people : subjects)[
    (masculine && people.length ? people : subjects).length - 1
  ];
  if (subject) return [{ actor: subject, certain: true }];
  // "Pobudo podpira tudi Zveza …": the sentence opens with the object, so the subject follows the verb.
  if (/^\s*(?:t[oae]j?\s+)?(?:pobud|predlog)\p{L}*\s+$/iu.test(before)) {
    return actorsAfter(ctx.text, actors, at + cue.length)
      .slice(0, 1)
      .map((p) => ({ actor: p.actor, certain: true }));
  }
  // "Pobratenje je predlagal župan …": with no subject before, the verb's subject may follow it.
  if (/(?<![\p{L}])(?:je|so|sta)\s+(?:\p{Ll}+\s+)?$/u.test(before)) {
    return actorsAfter(ctx.text, actors, at + cue.length)
      .slice(0, 1)
      .map((p) => ({
        actor: p.actor,
        certain: false,
        reason: 'the actor follows the verb (inverted word order); check that it is the subject',
      }));
  }
  return [];
}

/**
 * The partner when the words after a cue name its side by its country ("madžarska stran", "hrvaške strani"):
 * a foreign country, the partner's own when the text gives it.
 */
function partnerSide(
  ctx: RecogniseContext,
  twinning: Pick<TwinningFound, 'partner' | 'country'>,
  sentence: Span,
  from: number,
): Pick1 | undefined {
  const country = ctx.mentions.find(
    (m) =>
      m.kind === 'Country' &&
      m.span.start >= from &&
      m.span.end <= sentence.end &&
      /^\s*(?:\p{Ll}+\s+)?$/u.test(ctx.text.slice(from, m.span.start)),
  );
  if (!country || !/^\s+stran\p{L}*/u.test(ctx.text.slice(country.span.end, country.span.end + 12))) return undefined;
  if (country.gazetteerId === 'country:slovenia') return undefined;
  const partnerCountry = twinning.country?.gazetteerId ?? placeById(twinning.partner.gazetteerId ?? '')?.countryId;
  if (partnerCountry && country.gazetteerId && partnerCountry !== country.gazetteerId) return undefined;
  return {
    actor: twinning.partner,
    certain: false,
    reason: `the text names the partner's side by its country ("${ctx.text.slice(country.span.start, country.span.end)} stran")`,
  };
}

/** The clause of the sentence that holds both the cue and its actor. */
function clauseSpan(text: string, sentence: Span, from: number, to: number): Span {
  let start = from;
  while (
    start > sentence.start &&
    !/[;:–]/u.test(text[start - 1] ?? '') &&
    !/,\s*$/u.test(text.slice(start - 2, start))
  )
    start--;
  let end = to;
  while (end < sentence.end && !/[;,–]/u.test(text[end] ?? '')) end++;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  return { start, end };
}

/** True when a mention only repeats one already given a role: an abbreviation in brackets beside its full name. */
function adjacentTo(text: string, actor: Mention, given: ReadonlySet<Mention>): boolean {
  for (const g of given) {
    const [first, second] = g.span.start < actor.span.start ? [g, actor] : [actor, g];
    if (/^\s*\(\s*$/u.test(text.slice(first.span.end, second.span.start)) && g.kind === actor.kind) return true;
  }
  return false;
}
