import type { Mention } from './relationsFound.js';
import { readNameTail } from './readNameTail.js';
import { nominativePhrase } from './nominativePhrase.js';

const DESCRIBED =
  /(?<![\p{L}])(?:(?:častn|generaln|honorarn)\p{L}*\s+)?(?<head>konzul(?:a|u|om|ka|ke|ki|ko)?|minist(?:er|ra|ru|rom|rica|rici|rico|rice)|veleposlani(?:k|ka|ku|kom|ca|ci|co|ce))(?![\p{L}])/dgiu;
const NAME_AFTER = /^,?\s+(?:(?:dr|mag|prof|g|ga|ge)\.\s+|(?:gospod|gospa)\s+)*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The office a described person holds, named after the person's description. */
function officeOf(base: string): { kind: 'GovernmentBody' | 'Consulate'; name: string } {
  if (/^minist/iu.test(base)) return { kind: 'GovernmentBody', name: base.replace(/^minist\p{L}*/iu, 'Ministrstvo') };
  if (/^veleposlani/iu.test(base))
    return { kind: 'Consulate', name: base.replace(/^veleposlani\p{L}*/iu, 'Veleposlaništvo') };
  return { kind: 'Consulate', name: capitalise(base.replace(/konzul(?!at)\p{L}*/iu, 'konzulat')) };
}

/**
 * People described but not named ("častnim konzulom Republike Slovenije v
 * Jekaterinburgu", "ministrici za investicije in razvoj", "veleposlanik
 * Republike Avstrije"): a Person mention whose surface is the description and
 * whose base is its nominative, followed by a mention of the office they
 * hold (GovernmentBody "Ministrstvo za …", Consulate "Častni konzulat …") on
 * the same span. A description followed by a name is left to the name.
 */
export function findDescribedPeople(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(DESCRIBED)) {
    const start = m.index;
    const end = readNameTail(text, start + m[0].length, true);
    const head = (m.groups?.head ?? '').toLowerCase();
    // "minister" alone is an office without a field: too vague to be anyone.
    if (head.startsWith('minist') && end === start + m[0].length) continue;
    if (NAME_AFTER.test(text.slice(end, end + 60))) continue;
    const surface = text.slice(start, end);
    const base = capitalise(nominativePhrase(surface));
    const span = { start, end };
    found.push({ surface, span, kind: 'Person', base });
    const office = officeOf(base);
    found.push({ surface, span, kind: office.kind, base: office.name });
  }
  return sharePlace(text, found);
}

const TRAILING_PLACE = /\s(?:v|na)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u;

/**
 * "pri ministru za … in ministrici za … v Jekaterinburgu": a place that closes
 * the last of two descriptions joined by "in" is said of both, so the first
 * takes it into its nominative (its span stays the words it covers).
 */
function sharePlace(text: string, found: Mention[]): Mention[] {
  return found.map((m) => {
    const next = found.find((n) => n.kind === m.kind && n.span.start > m.span.end);
    if (!next || !/^\s+in\s+$/u.test(text.slice(m.span.end, next.span.start))) return m;
    const place = TRAILING_PLACE.exec(next.surface)?.[0].replace(/\s+/gu, ' ');
    if (!place || TRAILING_PLACE.test(m.surface) || !m.base || !next.base?.endsWith(place.trim())) return m;
    return { ...m, base: `${m.base}${place}` };
  });
}
