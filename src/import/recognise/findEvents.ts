import type { Span } from '../span.js';
import type { EventFound, EventKind, Mention } from './relationsFound.js';
import type { RecogniseContext } from './recogniseContext.js';
import type { TwinningSentence } from './findTwinnings.js';
import { ACTOR_KINDS } from './recogniseContext.js';
import { findDatePhrases } from './findDatePhrases.js';
import { spansOverlap } from './spansOverlap.js';
import { itemNumberAt } from './itemNumberAt.js';
import { homeMatcher } from './homeMatcher.js';
import { alignInferredYear } from './alignInferredYear.js';

const CUES: readonly (readonly [EventKind, RegExp])[] = [
  ['ROUND_TABLE', /(?<![\p{L}])okrogl\p{L}*\s+miz\p{L}*/iu],
  ['SCREENING', /(?<![\p{L}])(?:predvaja\p{L}*|projekcij\p{L}*|ogled\p{L}*\s+(?:video|film|posnet)\p{L}*)/iu],
  [
    'SPORTS_EVENT',
    /(?<![\p{L}])(?:olimpijsk\p{L}*\s+igr\p{L}*|olimpijad\p{L}*|(?:svetovn|evropsk)\p{L}*\s+prvenstv\p{L}*|turnir\p{L}*|maraton\p{L}*|športn\p{L}*\s+(?:igr|tekmovanj|prireditv|srečanj)\p{L}*)/iu,
  ],
  [
    'SIGNING',
    /(?<![\p{L}])(?:podpis\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:listin|sporazum|pism|memorand|pogodb|dogovor)\p{L}*|podpisal\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:listin|sporazum|pism|memorand|dogovor)\p{L}*|(?:listin|sporazum|pism)\p{L}*\s+(?:\p{L}+\s+){0,8}?(?:podpisal|podpisan|podpis)\p{L}*|pobratil[aoi]?(?![\p{L}])|pobratili)/iu,
  ],
  [
    'VISIT',
    /(?<![\p{L}])(?:obisk\p{L}*|obiskal\p{L}*|delegacij\p{L}*|gostil\p{L}*|gostovanj\p{L}*|sprejem\p{L}*\s+(?:delegacij|gost|predstavnik)\p{L}*)/iu,
  ],
  [
    'MEETING',
    /(?<![\p{L}])(?:sestan(?:ek|ka|ku|kom|ke|kih|e|ejo|ejo)|srečanj\p{L}*|srečal\p{L}*|sestal\p{L}*)(?![\p{L}])/iu,
  ],
];

const PROPOSAL_WORD = /(?<![\p{L}])(?:predlag\p{L}*|predlog\p{L}*|zamisel\p{L}*|idej\p{L}*|pobud\p{L}*)(?![\p{L}])/iu;
const MAYBE = /(?<![\p{L}])(?:morda|mogoče|eventualn\p{L}*)(?![\p{L}])/iu;
const FUTURE =
  /(?<![\p{L}])(?:bo|bodo|bomo|boste|bosta|bom|naj\s+bi|načrtuj\p{L}*|načrtovan\p{L}*|predviden\p{L}*|namerava\p{L}*|zamakn\p{L}*|prelož\p{L}*|odlož\p{L}*|naslednj\p{L}*|prihodnj\p{L}*)(?![\p{L}])/iu;
const NEGATED = /(?<![\p{L}])(?:ni|niso|nista|nismo|ne)(?![\p{L}])/iu;
// The conditional near the cue ("listina bi bila podpisana ob prazniku") is a plan, not a fact.
const CONDITIONAL = /(?<![\p{L}])bi(?![\p{L}])/iu;
// "pooblasti županjo za podpis listine": a signing authorised or prepared is still to come.
const PURPOSE = /(?<![\p{L}])za\s+podpis\p{L}*/iu;
const FIRST_PERSON_PAST = /(?<![\p{L}])(?:smo|sem)\s+(?:\p{L}+\s+){0,2}?\p{L}+l[aeio]?(?![\p{L}])/iu;
const THIS_CITY = /(?<![\p{L}])v\s+(?:tem|istem)\s+(?:\p{L}+\s+)?mestu/iu;

/** The clauses of a sentence: split at ";" and before "kjer", "ko", "ki", "da" after a comma. */
function clauses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  const re = /;|,\s*(?=(?:kjer|ko|da|ker|vendar|ampak)\s)/gu;
  let start = sentence.start;
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(re)) {
    out.push({ start, end: sentence.start + m.index });
    start = sentence.start + m.index + m[0].length;
  }
  out.push({ start, end: sentence.end });
  return out.map((c) => {
    let { start: s, end: e } = c;
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /[\s.]/u.test(text[e - 1] ?? '')) e--;
    return { start: s, end: e + (text[e] === '.' ? 1 : 0) };
  });
}

interface Draft {
  kind: EventKind;
  status: EventFound['status'];
  span: Span;
  date?: string;
  dateText?: string;
  place?: Mention;
  participants: Mention[];
  twinningIndex?: number;
  item?: number;
  sentence: number;
}

/**
 * Visits, delegations, signings, meetings, round tables, screenings and
 * sports events the discussion tells of, in text order: each with its clause,
 * status (PROPOSED when suggested or only an idea, PLANNED in the future
 * tense or the conditional, HELD otherwise), the date nearest its cue (a screening "smo
 * predvajali" is shown at the session and dated the session day), its place ("v
 * Jekaterinburgu", "v tem mestu" → the last city named) and the people and
 * organisations in it. Mentions of one event in neighbouring sentences of an
 * item ("sestane v živo" … "za sestanek predlagal drugi teden") are merged.
 */
export function findEvents(ctx: RecogniseContext, links: readonly TwinningSentence[]): EventFound[] {
  const isHome = homeMatcher(ctx.minutes, ctx.mentions);
  const agenda = ctx.minutes.agenda.map((a) => a.span);
  const drafts: Draft[] = [];
  ctx.sentences.forEach((sentence, index) => {
    if (agenda.some((a) => spansOverlap(a, sentence))) return;
    if (ctx.minutes.items.some((i) => spansOverlap(i.headingSpan, sentence))) return;
    const sentenceText = ctx.text.slice(sentence.start, sentence.end);
    const sentenceLinks = links.filter((l) => l.sentence === index);
    for (const clause of clauses(ctx.text, sentence)) {
      const clauseText = ctx.text.slice(clause.start, clause.end);
      for (const [kind, pattern] of CUES) {
        const m = pattern.exec(clauseText);
        if (!m) continue;
        const at = clause.start + m.index;
        // "listina še ni bila podpisana": what has not happened yet is still to come.
        const negated = NEGATED.test(ctx.text.slice(Math.max(clause.start, at - 15), at + m[0].length));
        const status = negated ? 'PLANNED' : statusOf(ctx.text, clause, at, sentenceText);
        const dates = findDatePhrases(ctx.text, clause, ctx.sessionDate, ctx.referenceYear);
        const nearest = [...dates].sort((a, b) => Math.abs(a.span.start - at) - Math.abs(b.span.start - at))[0];
        const inClause = ctx.mentions.filter((x) => clause.start <= x.span.start && x.span.end <= clause.end);
        // A signing takes place only where the text says "v/na …": the partner named in it is not its place.
        const place =
          kind === 'SIGNING' ? placeAfterIn(ctx, inClause) : placeOf(ctx, clauseText, clause, inClause, isHome);
        const participants = inClause.filter(
          (x) =>
            (ACTOR_KINDS.has(x.kind) || (kind === 'SIGNING' && x.kind === 'City')) &&
            !(x.kind !== 'Person' && inClause.some((p) => p.kind === 'Person' && p.span.start === x.span.start)) &&
            !(kind !== 'SIGNING' && isHome(x)) &&
            // An abbreviation in brackets after its full name is the same participant.
            !inClause.some(
              (o) => o !== x && o.kind === x.kind && /^\s*\(\s*$/u.test(ctx.text.slice(o.span.end, x.span.start)),
            ),
        );
        const draft: Draft = {
          kind,
          status,
          span: clause,
          participants,
          sentence: index,
          item: itemNumberAt(ctx.minutes, at),
        };
        if (nearest) {
          const tense = status === 'HELD' ? 'past' : 'future';
          draft.date = nearest.inferred ? alignInferredYear(nearest.date, ctx.sessionDate, tense) : nearest.date;
          draft.dateText = ctx.text.slice(nearest.span.start, nearest.span.end);
        } else if (kind === 'SCREENING' && status === 'HELD' && FIRST_PERSON_PAST.test(clauseText) && ctx.sessionDate) {
          draft.date = ctx.sessionDate;
        }
        if (place) draft.place = place;
        // The twinning whose partner is named nearest to the cue, when the sentence speaks of several.
        const link = [...sentenceLinks].sort(
          (a, b) => Math.abs((a.partner?.start ?? at) - at) - Math.abs((b.partner?.start ?? at) - at),
        )[0];
        if (link && (kind === 'SIGNING' || kind === 'VISIT')) draft.twinningIndex = link.twinning;
        drafts.push(draft);
      }
    }
  });
  return merge(drafts).map((d) => ({
    kind: d.kind,
    status: d.status,
    span: d.span,
    ...(d.date ? { date: d.date } : {}),
    ...(d.dateText ? { dateText: d.dateText } : {}),
    ...(d.place ? { place: d.place } : {}),
    participants: d.participants,
    ...(d.twinningIndex !== undefined ? { twinningIndex: d.twinningIndex } : {}),
  }));
}

/**
 * PROPOSED when a proposal word stands just around the cue ("zamisel o okrogli
 * mizi", "predlagal obisk", "za sestanek predlagal"), when "morda" hedges the clause, or when the
 * clause is what a proposal says ("je predlagal, da se sestane"); PLANNED in
 * the future tense, in the conditional near the cue ("bi bila podpisana") and
 * for a signing authorised or prepared ("pooblasti županjo za podpis"); HELD otherwise.
 */
function statusOf(text: string, clause: Span, at: number, sentenceText: string): EventFound['status'] {
  const clauseText = text.slice(clause.start, clause.end);
  const lead = text.slice(Math.max(clause.start, at - 40), Math.min(clause.end, at + 30));
  if (PROPOSAL_WORD.test(lead) || MAYBE.test(clauseText)) return 'PROPOSED';
  if (/^(?:da|naj)\s/iu.test(clauseText) && PROPOSAL_WORD.test(sentenceText)) return 'PROPOSED';
  if (FUTURE.test(clauseText) || CONDITIONAL.test(lead) || PURPOSE.test(lead)) return 'PLANNED';
  return 'HELD';
}

function placeAfterIn(ctx: RecogniseContext, inClause: readonly Mention[]): Mention | undefined {
  return inClause.find(
    (x) =>
      (x.kind === 'City' || x.kind === 'Municipality') &&
      /(?:^|\s)(?:v|na|pri)\s+$/u.test(ctx.text.slice(x.span.start - 5, x.span.start)),
  );
}

function placeOf(
  ctx: RecogniseContext,
  clauseText: string,
  clause: Span,
  inClause: readonly Mention[],
  isHome: (m: Mention) => boolean,
): Mention | undefined {
  const city = placeAfterIn(ctx, inClause);
  if (city) return city;
  if (THIS_CITY.test(clauseText)) {
    return [...ctx.mentions].reverse().find((x) => x.kind === 'City' && x.span.end <= clause.start && !isHome(x));
  }
  return inClause.find((x) => x.kind === 'City' && !isHome(x));
}

/** Joins a mention of an event to an earlier one of the same kind in the same item within three sentences. */
function merge(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const earlier = [...out]
      .reverse()
      .find(
        (o) =>
          o.kind === d.kind &&
          o.item === d.item &&
          d.sentence - o.sentence <= 3 &&
          d.sentence !== o.sentence &&
          (!o.place || !d.place || (o.place.gazetteerId ?? o.place.base) === (d.place.gazetteerId ?? d.place.base)) &&
          (!o.date || !d.date || o.date === d.date),
      );
    if (!earlier) {
      out.push({ ...d, participants: [...d.participants] });
      continue;
    }
    for (const p of d.participants)
      if (!earlier.participants.some((e) => e.span.start === p.span.start)) earlier.participants.push(p);
    earlier.place ??= d.place;
    if (!earlier.date && d.date) {
      earlier.date = d.date;
      if (d.dateText) earlier.dateText = d.dateText;
    }
    earlier.twinningIndex ??= d.twinningIndex;
    earlier.sentence = d.sentence;
  }
  return out;
}
