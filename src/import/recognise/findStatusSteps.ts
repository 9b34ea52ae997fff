import type { Span } from '../span.js';
import type { StatusStep, TwinningStatus } from './relationsFound.js';
import type { RecogniseContext } from './recogniseContext.js';
import type { TwinningSentence } from './findTwinnings.js';
import { findDatePhrases } from './findDatePhrases.js';
import { spansOverlap } from './spansOverlap.js';
import { alignInferredYear } from './alignInferredYear.js';

interface StatusCue {
  readonly status: TwinningStatus;
  readonly pattern: RegExp;
  readonly renewal?: boolean;
}

// In order of precedence: a sentence that tells of a signing also mentions the proposal before it.
const CUES: readonly StatusCue[] = [
  {
    status: 'SUSPENDED',
    pattern: /(?<![\p{L}])(?:zamrzn\p{L}*|začasn\p{L}*\s+(?:prekin|ustav|zamrzn|mirovanj)\p{L}*|mirovanj\p{L}*)/iu,
  },
  {
    status: 'ENDED',
    pattern:
      /(?<![\p{L}])(?:prekin\p{L}*|ukin\p{L}*|odpoved\p{L}*|prenehanj\p{L}*|prenehal\p{L}*|razveljav\p{L}*|odstop\p{L}*\s+od)/iu,
  },
  { status: 'SIGNED', pattern: /(?<![\p{L}])obnov\p{L}*/iu, renewal: true },
  {
    status: 'SIGNED',
    pattern:
      /(?<![\p{L}])(?:podpis\p{L}*|podpisal\p{L}*|podpisan\p{L}*|pobratil[aoi]?(?![\p{L}])|pobratili|pobratenje\s+je\s+bilo\s+(?:sklenjeno|podpisano)|pobraten[aoi]?\s+(?:že\s+)?od(?=\s+(?:leta\s+)?\d{4})|sklenjen[aoi]?(?![\p{L}])(?!\s*,?\s*da(?![\p{L}])))/iu,
  },
  {
    status: 'APPROVED',
    pattern:
      /(?:(?:občinsk|mestn)\p{L}*\s+svet\p{L}*(?:[^.]|(?<=\d)\.){0,80}?(?:potrdil|sprejel|soglaša|soglašal|odobril|dal\p{L}*\s+soglasje)\p{L}*|soglaša\p{L}*\s+[sz]\s+pobraten|sprejel\p{L}*\s+sklep\p{L}*\s+o\s+pobratenju|(?:potrjen|odobren)[aoi]?(?:[^.]|(?<=\d)\.){0,60}?(?:občinsk|mestn)\p{L}*\s+svet)/iu,
  },
  {
    status: 'SUPPORTED',
    pattern: /(?<![\p{L}])(?:podpir\p{L}*|podprl\p{L}*|podpor\p{L}*|pozitivn\p{L}*\s+mnenj\p{L}*|se\s+strinja\p{L}*)/iu,
  },
  {
    status: 'PROPOSED',
    pattern:
      /(?<![\p{L}])(?:predlag\p{L}*|predlog(?!\p{L}*\s+(?:sklep|sporazum|listin|pogodb|memorand|pism|odlok))\p{L}*|pobud\p{L}*)/iu,
  },
];

const QUESTION = /(?<![\p{L}])(?:vprašal\p{L}*|vpraša|zanima\p{L}*)(?![\p{L}])|\?/iu;
const NEGATION = /(?<![\p{L}])(?:ne|ni|niso|nista)\s+(?:\p{L}+\s+)?$/iu;
// The future, a plan or a postponement ("se je zamaknil", "preložen") says the step has not happened.
const FUTURE =
  /(?<![\p{L}])(?:bo|bodo|bomo|boste|bosta|bom|naj\s+bi|načrtuj\p{L}*|načrtovan\p{L}*|predviden\p{L}*|namerava\p{L}*|zamakn\p{L}*|prelož\p{L}*|odlož\p{L}*)(?![\p{L}])/iu;
// The conditional near the verb ("bi bila podpisana", "bi podpisali") says what has not happened yet.
const CONDITIONAL = /(?<![\p{L}])bi(?![\p{L}])/iu;

// A body (or an organisation) that can take a step; a councillor or member speaking for herself cannot.
const BODY_WORDS =
  /(?<![\p{L}])(?:(?:občinsk|mestn)\p{L}*\s+svet|svet\p{L}*\s+(?:krajevne|četrtne|vaške|zavoda)|komisij|odbor|kolegij|sosvet|delovn\p{L}*\s+skupin)\p{L}*/giu;
const MEMBER_WORDS = /(?<![\p{L}])(?:svetni(?:k|ca)|član(?:ica)?|podžupan\p{L}*|g\.|ga\.)(?![\p{L}])/giu;

/**
 * True when the one who supports, the nearest actor before the cue in its sentence, is a person (a named person,
 * or "svetnik", "članica") rather than a body or an organisation.
 */
function personSupports(ctx: RecogniseContext, sentence: Span, at: number): boolean {
  const before = ctx.text.slice(sentence.start, at);
  let person = -1;
  let body = -1;
  for (const m of ctx.mentions) {
    if (m.span.start < sentence.start || m.span.end > at) continue;
    if (m.kind === 'Person') person = Math.max(person, m.span.start);
    else if (m.kind === 'Organization') body = Math.max(body, m.span.start);
  }
  for (const m of before.matchAll(BODY_WORDS)) body = Math.max(body, sentence.start + m.index);
  for (const m of before.matchAll(MEMBER_WORDS)) person = Math.max(person, sentence.start + m.index);
  return person > body;
}

/** The clause of a sentence around a position: between the nearest ; , – around it. */
function clauseAround(text: string, sentence: Span, position: number): Span {
  let start = position;
  while (start > sentence.start && !/[;,–:]/u.test(text[start - 1] ?? '')) start--;
  let end = position;
  while (end < sentence.end && !/[;,–]/u.test(text[end] ?? '')) end++;
  return { start, end };
}

function councilSays(text: string): boolean {
  return /(?:občinsk|mestn)\p{L}*\s+svet|^\s*svet\s/iu.test(text);
}

// A proposal or initiative that governs what follows it ("predlagala, da obe mesti obnovita", "pobuda za podpis",
// "predlog za prekinitev"), but not "na pobudo X" or "po predlogu X", which say on whose initiative a thing was done.
const PROPOSAL = /(?<![\p{L}])(?<!(?:na|po|ob)\s+)(?:predlag\p{L}*|predlog\p{L}*|pobud\p{L}*|zahtev\p{L}*)/iu;
// "za podpis", "pred podpisom", "do podpisa": the signature is a purpose or a time limit, not a fact.
const PURPOSE = /(?<![\p{L}])(?:za|pred|do|brez)\s+(?:\p{L}+\s+)?$/iu;

/** True when a proposal word before the cue in its sentence (or after it in its clause) governs it. */
function proposedHere(text: string, sentence: Span, clause: Span, at: number): boolean {
  return PROPOSAL.test(text.slice(sentence.start, at)) || PROPOSAL.test(text.slice(at, clause.end));
}

// The verb a resolution opens with: what comes before it is the body that adopts it.
const RESOLUTION_VERB =
  /(?<![\p{L}])(?:soglaša\p{L}*|potrdi\p{L}*|potrjuje|sprejme|sprejema|sprejel\p{L}*|podpira|podprl\p{L}*|prekine|zamrzne|se\s+seznan\p{L}*|se\s+strinja|predlaga|priporoča|odobri\p{L}*|daje|pooblašča|ugotavlja|nalaga|ne\s+\p{L}+)(?![\p{L}])/iu;
const OTHER_BODY =
  /(?<![\p{L}])(?:komisij|odbor|kolegij|svet\s+(?:krajevne|četrtne|vaške|ks|čs)|delovn\p{L}*\s+skupin|sosvet)/iu;
// A body other than the council can only propose to it ("predlaga mestnemu svetu, da ga potrdi").
const PROPOSES_TO_COUNCIL =
  /(?<![\p{L}])predlaga\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:občinsk|mestn)\p{L}*\s+svet|(?:občinsk|mestn)\p{L}*\s+svetu\s+predlaga/iu;
const ENDS =
  /(?<![\p{L}])(?:prekin\p{L}*|ukin\p{L}*|odpoved\p{L}*|prenehanj\p{L}*|razveljav\p{L}*|odstop\p{L}*\s+od)/iu;
const TAKES_A_STAND =
  /(?<![\p{L}])(?:soglaša\p{L}*|potrdi\p{L}*|potrjuje|sprejme|sprejema|sprejel\p{L}*|podpira|podprl\p{L}*|se\s+strinja|predlaga|priporoča|odobri\p{L}*|daje\s+(?:pozitivno\s+)?(?:mnenje|soglasje|podporo)|pooblašča|sklene)(?![\p{L}])/iu;

/**
 * The step a resolution about a twinning takes: the council's resolution
 * approves (or ends, or suspends), any other body's supports; a body that
 * only proposes an end to the council, or only takes note ("se seznani"),
 * or refuses ("ne podpira"), takes no step.
 */
function resolutionStatus(resolution: string, sentence: string, bodyIsCouncil: boolean): TwinningStatus | undefined {
  if (/(?<![\p{L}])(?:ne|ni)\s+(?:podpira|soglaša|potrdi|sprejme)/iu.test(sentence)) return undefined;
  const verb = RESOLUTION_VERB.exec(resolution);
  const subject = resolution.slice(0, verb ? verb.index : 80);
  const proposes = PROPOSES_TO_COUNCIL.test(resolution);
  const council = !proposes && !OTHER_BODY.test(subject) && (councilSays(subject) || bodyIsCouncil);
  const suspends = CUES[0]?.pattern.test(sentence);
  if (suspends || ENDS.test(sentence)) {
    if (!council) return undefined;
    return suspends ? 'SUSPENDED' : 'ENDED';
  }
  if (!TAKES_A_STAND.test(resolution)) return undefined;
  return council ? 'APPROVED' : 'SUPPORTED';
}

/**
 * The status steps of each twinning, by twinning index: for every sentence
 * that speaks of a twinning (not a question, not the agenda), the strongest
 * status its words give (none but a proposal in the future tense or the
 * conditional: "bo podpisana", "naj bi", "bi bila podpisana") (ended or suspended, signed or renewed, approved by
 * the council, supported, proposed), dated by the date nearest the cue
 * (relative dates resolved against the session). What a proposal or
 * initiative governs ("predlagala, da obnovita", "pobuda za podpis") is only
 * PROPOSED, and a proposed end is no step. A resolution about a twinning is a
 * step of its own, dated the session day: a council's resolution approves
 * (or ends, or suspends), any other body's supports; one that only proposes
 * an end to the council or takes note is none.
 */
export function findStatusSteps(ctx: RecogniseContext, links: readonly TwinningSentence[]): Map<number, StatusStep[]> {
  const steps = new Map<number, StatusStep[]>();
  const agenda = ctx.minutes.agenda.map((a) => a.span);
  const bodyIsCouncil = ctx.minutes.header.body?.kind === 'COUNCIL';
  for (const link of links) {
    const span = ctx.sentences[link.sentence];
    if (!span || agenda.some((a) => spansOverlap(a, span))) continue;
    const sentence = ctx.text.slice(span.start, span.end);
    if (QUESTION.test(sentence)) continue;
    const resolutionIndex = ctx.minutes.resolutions.findIndex((r) => spansOverlap(r.span, span));
    const list = steps.get(link.twinning) ?? [];
    let step: StatusStep | undefined;
    if (resolutionIndex >= 0) {
      const resolution = ctx.minutes.resolutions[resolutionIndex];
      const status = resolutionStatus(resolution?.text ?? sentence, sentence, bodyIsCouncil);
      if (!status) continue;
      step = {
        status,
        ...(ctx.sessionDate ? { date: ctx.sessionDate } : {}),
        span,
        resolutionIndex,
        certain: ctx.minutes.header.body !== undefined || councilSays(sentence),
        ...(ctx.minutes.header.body ? {} : { reason: 'the body that adopted the resolution is not known' }),
      };
    } else {
      for (const cue of CUES) {
        const m = cue.pattern.exec(sentence);
        if (!m) continue;
        const at = span.start + m.index;
        // In a sentence about several partners a step belongs to the partner named nearest to its cue.
        const rivals = links.filter((l) => l.sentence === link.sentence && l.partner);
        if (rivals.length > 1 && link.partner) {
          const distance = (l: TwinningSentence): number => Math.abs((l.partner?.start ?? 0) - at);
          if (rivals.some((r) => distance(r) < distance(link))) continue;
        }
        const clause = clauseAround(ctx.text, span, at);
        const before = ctx.text.slice(Math.max(span.start, at - 20), at);
        if (NEGATION.test(before)) continue;
        const future =
          FUTURE.test(ctx.text.slice(clause.start, clause.end)) ||
          CONDITIONAL.test(ctx.text.slice(clause.start, Math.min(clause.end, at + 30)));
        if (future && cue.status !== 'PROPOSED') continue;
        // "Svetnica X je povedala, da predlog podpira": one member's view is no step; steps are taken by bodies.
        if (cue.status === 'SUPPORTED' && personSupports(ctx, span, at)) break;
        // "predlaga prekinitev", "pobuda za podpis", "za podpis je potreben sklep": what is proposed or needed has
        // not happened; a proposed end is no step at all (the twinning was not proposed, its end was).
        const unfulfilled =
          cue.status !== 'PROPOSED' &&
          cue.status !== 'SUPPORTED' &&
          (PURPOSE.test(before) || proposedHere(ctx.text, span, clause, at));
        if (unfulfilled && (cue.status === 'ENDED' || cue.status === 'SUSPENDED')) break;
        if (unfulfilled) continue;
        const dates = findDatePhrases(ctx.text, span, ctx.sessionDate, ctx.referenceYear);
        const nearest = [...dates].sort((a, b) => Math.abs(a.span.start - at) - Math.abs(b.span.start - at))[0];
        const reasons: string[] = [];
        if (cue.renewal) reasons.push('the text speaks of a renewal (obnovitev)');
        if (!link.explicit) reasons.push('the partner is named in an earlier sentence');
        step = {
          status: cue.status,
          ...(nearest
            ? {
                date: nearest.inferred ? alignInferredYear(nearest.date, ctx.sessionDate, 'past') : nearest.date,
                dateText: ctx.text.slice(nearest.span.start, nearest.span.end),
              }
            : {}),
          span,
          certain: reasons.length === 0,
          ...(reasons.length ? { reason: reasons.join('; ') } : {}),
        };
        break;
      }
    }
    if (!step) continue;
    const duplicate = list.find((s) => s.status === step.status && s.date === step.date);
    if (duplicate) continue;
    list.push(step);
    steps.set(link.twinning, list);
  }
  return steps;
}
