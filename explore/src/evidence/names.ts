/** How an entity's name is shown: the original, the English beside it when it differs, and a short form. */
export interface DisplayName {
  original: string;
  english: string | null;
  abbreviation: string | null;
}

export interface NameSource {
  name?: string | null;
  nameEn?: string | null;
  abbreviation?: string | null;
  /** The server's display label (English first), used when there is no name. */
  label?: string | null;
  id?: string | null;
}

const norm = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase();

export function displayName(source: NameSource): DisplayName {
  const original =
    (source.name ?? '').trim() || (source.label ?? '').trim() || (source.nameEn ?? '').trim() || source.id || '';
  const en = (source.nameEn ?? '').trim();
  const english = en && norm(en) !== norm(original) ? en : null;
  const ab = (source.abbreviation ?? '').trim();
  const abbreviation =
    ab && norm(ab) !== norm(original) && (english === null || norm(ab) !== norm(english)) ? ab : null;
  return { original, english, abbreviation };
}

/** One line of text: "Jekaterinburg (Yekaterinburg)", "Javna agencija … – SPIRIT Slovenija (Public Agency …)". */
export function displayNameText(source: NameSource): string {
  const { original, english, abbreviation } = displayName(source);
  return `${original}${abbreviation ? ` – ${abbreviation}` : ''}${english ? ` (${english})` : ''}`;
}
