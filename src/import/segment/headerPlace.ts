import type { Span } from '../span.js';

export interface HeaderPlace {
  readonly place?: string;
  readonly placeSpan?: Span;
  readonly platform?: string;
  readonly mode?: 'ONLINE' | 'IN_PERSON' | 'HYBRID';
}

const PLATFORMS: readonly (readonly [RegExp, string])[] = [
  [/\bzoom\b/iu, 'Zoom'],
  [/\b(?:ms|microsoft)\s+teams\b|\bteams\b/iu, 'MS Teams'],
  [/\b(?:cisco\s+)?webex\b/iu, 'Webex'],
  [/\bjitsi\b/iu, 'Jitsi'],
  [/\bskype\b/iu, 'Skype'],
  [/\bgoogle\s+meet\b/iu, 'Google Meet'],
  [/\barnes\s+vid\b/iu, 'Arnes VID'],
  [/\bgotomeeting\b/iu, 'GoToMeeting'],
];
const ONLINE =
  /na\s+daljavo|videokonferenc|video\s+konferenc|spletn\p{L}*\s+(?:platform|povezav|orodj|aplikacij)|preko\s+spleta|prek\s+spleta|e-sej|elektronsk\p{L}*\s+sej/iu;
const HYBRID = /hibridn|delno\s+na\s+daljavo|in\s+na\s+daljavo|ter\s+na\s+daljavo|oziroma\s+na\s+daljavo/iu;
const PLACE =
  /(?:\bv\s+|\bna\s+(?=sedežu|gasilskem|upravi)|\bKraj(?:\s+seje)?\s*:\s*)(?<place>(?:\p{Ll}+\s+){0,3}?(?:sejn\p{L}*\s+sob\p{L}*|sob[ia]\b|dvoran\p{L}*|prostor\p{L}*|avl\p{L}*|zgradb\p{L}*|stavb\p{L}*|sedež\p{L}*|gasilsk\p{L}*\s+dom\p{L}*|kulturn\p{L}*\s+dom\p{L}*|dom\p{L}*\s+krajanov|dom\p{L}*|učilnic\p{L}*|zbornic\p{L}*|knjižnic\p{L}*|pisarn\p{L}*|salon\p{L}*|galerij\p{L}*|vili\b|gradu\b|čitalnic\p{L}*|kapel\p{L}*|atrij\p{L}*|hiš\p{L}*)[^,;\n]*?)(?=\s*(?:[,;(\n]|(?<!(?:^|\s)(?:št|ul|c))\.\s|\.$|$|\s+ob\s+\d|\s+s\s+pričetkom|\s+z\s+začetkom|\s+in\s+(?:na|preko|prek)\s|\s+ter\s|\s+dne\b))/diu;

/**
 * Where the session was held, from the sentence that states it: a room or
 * building ("v sejni sobi Občine Bohinj", "Kraj: …") and/or an online
 * platform (Zoom, MS Teams, Webex, "na daljavo", "videokonferenca"), and the
 * mode that follows from them.
 */
export function headerPlace(text: string, span: Span): HeaderPlace {
  const passage = text.slice(span.start, span.end);
  const platform = PLATFORMS.find(([re]) => re.test(passage))?.[1];
  const online = platform !== undefined || ONLINE.test(passage);
  const m = PLACE.exec(passage);
  const placeGroup = m?.indices?.groups?.place;
  const place = placeGroup ? passage.slice(placeGroup[0], placeGroup[1]).replace(/\s+/gu, ' ').trim() : undefined;
  const placeSpan = placeGroup ? { start: span.start + placeGroup[0], end: span.start + placeGroup[1] } : undefined;
  const mode =
    online && (place !== undefined || HYBRID.test(passage))
      ? 'HYBRID'
      : online
        ? 'ONLINE'
        : place
          ? 'IN_PERSON'
          : undefined;
  return {
    ...(place !== undefined ? { place, placeSpan } : {}),
    ...(platform !== undefined ? { platform } : {}),
    ...(mode !== undefined ? { mode } : {}),
  };
}
