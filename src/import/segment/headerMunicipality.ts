import type { MunicipalityMention } from '../parsedMinutes.js';
import { municipalityNominative } from './headerBody.js';

// The name ends the line or stops at a comma or a street address: "Mestna občina Velenje, Titov trg 1",
// "Mestna občina Velenje Prešernova 8". A public institution names its founder: "ustanoviteljica Mestna občina Velenje".
const LETTERHEAD =
  /^[ \t]*(?:[^\n:]*?ustanovitelj\p{L}*[ \t]+)?((?:MESTNA[ \t]+)?OBČINA|(?:Mestna[ \t]+)?[Oo]bčina)[ \t]+(\p{Lu}[\p{L}.'-]*(?:[ \t]+(?:ob|pri|na|v|nad|pod|in|\p{Lu}[\p{L}.'-]*))*?)[ \t]*(?=[,;]|$|[ \t]+\p{Lu}\p{Ll}[\p{L}.]*(?:[ \t]+\p{L}[\p{L}.]*){0,3}[ \t]+\d)/dmu;
const SMALL_WORDS = new Set(['ob', 'pri', 'na', 'v', 'nad', 'pod', 'in']);

/** "ŠKOFJA LOKA" → "Škofja Loka", "RADLJE OB DRAVI" → "Radlje ob Dravi". */
function normalCase(name: string): string {
  return name
    .toLowerCase()
    .split(/(\s+|-)/u)
    .map((w) => (SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

/**
 * The municipality named in a letterhead line ("MESTNA OBČINA KRANJ",
 * "Občina Bohinj") in the first lines of the header, in normal case and the
 * nominative; undefined when there is none.
 */
export function headerMunicipality(text: string, before: number): MunicipalityMention | undefined {
  const m = LETTERHEAD.exec(text.slice(0, before));
  if (!m) return undefined;
  const [start] = m.indices?.[1] ?? [m.index];
  const end = m.indices?.[2]?.[1] ?? m.index + m[0].length;
  const kind = (m[1] ?? '').replace(/\s+/gu, ' ');
  const place = m[2] ?? '';
  const isCaps = kind === kind.toUpperCase();
  const name = isCaps
    ? `${kind.startsWith('MESTNA') ? 'Mestna občina' : 'Občina'} ${normalCase(place)}`
    : municipalityNominative(`${kind} ${place}`);
  return { name, span: { start: start ?? m.index, end } };
}
