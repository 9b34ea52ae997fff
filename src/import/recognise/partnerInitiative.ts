import type { Span } from '../span.js';
import type { Mention } from './relationsFound.js';

// "Pobuda Občine Gradež", "na predlog županje mesta Singen", "pobudo mesta Sisak": the partner's own proposal.
const PROPOSAL_OF = /(?<![\p{L}])(?:pobud|predlog)\p{L}*\s+(?:(?:\p{L}+)\s+){0,2}$/iu;
// "mesto Singen je predlagalo", "Gradež je dal pobudo", "županja mesta Singen je pisno predlagala",
// "dopis županje Občine Gradež, v katerem predlaga": the partner (or its office) is the one who proposes.
const PROPOSES_AFTER =
  /^\s*(?:\([^()]*\)\s*)?(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:(?:je|so|sta)\s+)?(?:(?!(?:in|ter|ali|ki|da|pa|a|ker|saj)\s)\p{Ll}+\s+){0,5}?|,\s*(?:v\s+)?kater\p{L}*\s+(?:je\s+)?(?:\p{Ll}+\s+)?)(?:predlagal\p{L}*|predlaga(?:jo)?|(?:dal|podal)[aoi]?\s+pobudo)(?![\p{L}])/u;
// "z mestom Singen je predlagal župan": a preposition before the name makes it no subject.
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:s|z|pri|v|na|od|do|k|h|o|za|med|po|ob|iz|proti)\s+(?:\p{L}+\s+)?$/iu;

/**
 * Where the partner city itself proposed the twinning or gave the initiative
 * ("pobuda Občine Gradež", "mesto Singen je predlagalo obnovitev", "županja
 * mesta Singen je predlagala"): the span from the partner's name to the end
 * of the words that say so, or undefined. `partner` is the partner's mention
 * in the sentence, `outer` the phrase around it ("Občine Gradež") if any.
 */
export function partnerInitiative(text: string, sentence: Span, partner: Mention, outer: Span): Span | undefined {
  const before = text.slice(Math.max(sentence.start, outer.start - 40), outer.start);
  if (PROPOSAL_OF.test(before) && !/(?<![\p{L}])(?:na|po|ob)\s+\p{L}+\s+(?:\p{L}+\s+){0,2}$/iu.test(before)) {
    const start = outer.start - (PROPOSAL_OF.exec(before)?.[0].length ?? 0);
    return { start, end: partner.span.end };
  }
  const after = PROPOSES_AFTER.exec(text.slice(outer.end, sentence.end));
  if (!after) return undefined;
  // The name must be the subject (or own the subject: "županja mesta Singen"), not follow a preposition.
  const lead = text.slice(Math.max(sentence.start, outer.start - 25), outer.start);
  if (PREPOSITION_BEFORE.test(lead)) return undefined;
  return { start: outer.start, end: outer.end + after[0].length };
}
