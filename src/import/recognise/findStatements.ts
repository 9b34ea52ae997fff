import type { Span } from '../span.js';
import type { Mention, StatementFound, StatementKind } from './relationsFound.js';
import type { RecogniseContext } from './recogniseContext.js';
import { itemNumberAt } from './itemNumberAt.js';
import { spansOverlap } from './spansOverlap.js';

const VERBS: readonly (readonly [RegExp, StatementKind])[] = [
  [/^vpraša/u, 'QUESTION'],
  [/^odgovori/u, 'ANSWER'],
  [/^(?:predlaga|pozva|zahteva|prosi|predlagal)/u, 'PROPOSAL'],
  [/^(?:poveda|pojasni|predstavi|obrazloži|informira|seznani|poroča)/u, 'REPORT'],
];

const SPEECH =
  /(?<![\p{L}])(?:(?:je|sta|so)\s+(?:(?!je\s|da\s)\p{L}+\s+){0,3}?(?<verb>vprašal|odgovoril|predlagal|povedal|dejal|poudaril|pojasnil|dodal|opozoril|izpostavil|menil|predstavil|obrazložil|informiral|seznanil|poročal|izrazil|ugotovil|pozval|zahteval|prosil|izjavil|odvrnil)(?:a|i|o|e)?|(?<inverted>vprašal|odgovoril|predlagal|povedal|dejal|poudaril|pojasnil|dodal|opozoril|izpostavil|menil|predstavil|obrazložil|poročal|izrazil|ugotovil)(?:a|i|o|e)?\s+(?:je|sta|so)|(?<present>meni|menijo|menita)\s*,\s*da)(?![\p{L}])/dgiu;
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:s|z|pri|v|na|od|do|k|h|o|za|med|po|ob|iz|proti)\s+$/iu;
const CLERK_VOICE = /(?<![\p{L}])(?:smo|sem|bomo|bom)(?![\p{L}])/iu;
const PARAGRAPH_BREAK = /\n[ \t]*\r?\n/u;

function kindOf(verb: string): StatementKind {
  const v = verb.toLowerCase();
  return VERBS.find(([pattern]) => pattern.test(v))?.[1] ?? 'STATEMENT';
}

interface Draft {
  speaker: Mention;
  /** From the participle: "je vprašala" is a woman speaking; undefined for "meni". */
  feminine?: boolean;
  kind: StatementKind;
  span: Span;
  sentence: number;
}

/**
 * Who said what: every sentence with a speech verb ("je vprašal/a",
 * "odgovoril", "predlagal", "povedal", "dejal", "poudaril", "pojasnil",
 * "dodal", "opozoril", "izpostavil", "meni, da" …) whose speaker is a person
 * named before the verb (or right after it, "je pojasnil župan"), with its
 * kind, agenda item and the mentions in it. A speech verb without a speaker
 * continues the statement before it in the same paragraph, or, after a
 * question, is the answer of the last earlier speaker of the verb's gender; sentences without
 * a speech verb that follow an answer or report in the same paragraph are
 * gathered as one further REPORT by the same speaker, until the clerk speaks
 * ("smo"), a resolution or a new speaker.
 */
export function findStatements(ctx: RecogniseContext): StatementFound[] {
  const drafts: Draft[] = [];
  const people = ctx.mentions.filter((m) => m.kind === 'Person');
  const resolutions = ctx.minutes.resolutions.map((r) => r.span);
  let open: Draft | undefined;
  let report: Draft | undefined;
  ctx.sentences.forEach((sentence, index) => {
    const previous = ctx.sentences[index - 1];
    const sameParagraph = previous !== undefined && !PARAGRAPH_BREAK.test(ctx.text.slice(previous.end, sentence.start));
    if (!sameParagraph) open = report = undefined;
    if (resolutions.some((r) => spansOverlap(r, sentence))) {
      open = report = undefined;
      return;
    }
    const text = ctx.text.slice(sentence.start, sentence.end);
    SPEECH.lastIndex = 0;
    const verb = SPEECH.exec(text);
    if (!verb) {
      // A sentence that names an attendee is about someone else speaking or acting.
      const namesAttendee = people.some(
        (p) =>
          p.span.start >= sentence.start &&
          p.span.end <= sentence.end &&
          ctx.minutes.attendance.some((a) => a.name === p.base),
      );
      if (!open || open.kind === 'QUESTION' || CLERK_VOICE.test(text) || namesAttendee) {
        open = report = undefined;
        return;
      }
      if (report) report.span = { start: report.span.start, end: sentence.end };
      else drafts.push((report = { speaker: open.speaker, kind: 'REPORT', span: sentence, sentence: index }));
      return;
    }
    const at = sentence.start + verb.index;
    const before = people.filter(
      (p) =>
        p.span.start >= sentence.start &&
        p.span.end <= at &&
        !PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(sentence.start, p.span.start - 4), p.span.start)),
    );
    const afterVerb = people.find(
      (p) =>
        p.span.start >= at + verb[0].length && p.span.start - (at + verb[0].length) < 40 && p.span.end <= sentence.end,
    );
    const speaker = before[before.length - 1] ?? afterVerb;
    const word = verb.groups?.verb ?? verb.groups?.inverted ?? verb.groups?.present ?? '';
    const ending =
      /(?:vprašal|odgovoril|predlagal|povedal|dejal|poudaril|pojasnil|dodal|opozoril|izpostavil|menil|predstavil|obrazložil|informiral|seznanil|poročal|izrazil|ugotovil|pozval|zahteval|prosil|izjavil|odvrnil)(a)?(?![\p{L}])/iu.exec(
        verb[0],
      );
    const feminine = ending ? ending[1] !== undefined : undefined;
    if (!speaker) {
      // "Dodal je, …" goes on with the same speaker; "Pojasnila je, …" after a question is an answer by an earlier speaker of that gender.
      const sameVoice =
        open &&
        open.kind !== 'QUESTION' &&
        (feminine === undefined || open.feminine === undefined || open.feminine === feminine);
      if (open && sameVoice) open.span = { start: open.span.start, end: sentence.end };
      else if (open) {
        const asker = open.speaker.base ?? open.speaker.surface;
        const earlier = [...drafts]
          .reverse()
          .find((d) => d.feminine === feminine && (d.speaker.base ?? d.speaker.surface) !== asker);
        if (earlier) {
          open = {
            speaker: earlier.speaker,
            ...(feminine !== undefined ? { feminine } : {}),
            kind: kindOf(word) === 'REPORT' && open.kind === 'QUESTION' ? 'ANSWER' : kindOf(word),
            span: sentence,
            sentence: index,
          };
          drafts.push(open);
        }
      }
      report = undefined;
      return;
    }
    open = {
      speaker,
      ...(feminine !== undefined ? { feminine } : {}),
      kind: kindOf(word),
      span: { start: Math.min(speaker.span.start, at), end: sentence.end },
      sentence: index,
    };
    report = undefined;
    drafts.push(open);
  });
  return drafts.map((d) => {
    const item = itemNumberAt(ctx.minutes, d.span.start);
    return {
      speaker: d.speaker,
      kind: d.kind,
      span: d.span,
      ...(item !== undefined ? { itemNumber: item } : {}),
      mentions: ctx.mentions.filter((m) => d.span.start <= m.span.start && m.span.end <= d.span.end && m !== d.speaker),
    };
  });
}
