import { foldName } from './foldName.js';

/**
 * A lower-case ASCII slug for new ids: folded name, words joined by hyphens
 * ("Katja Štruc" → "katja-struc", "Mestna občina Kranj" →
 * "mestna-obcina-kranj", "Екатеринбург" → "ekaterinburg"). A name with no
 * Latin or Cyrillic letter (张家口) gets its code points in hex ("u5f20-5bb6-53e3")
 * rather than an empty slug.
 */
export function slugify(name: string): string {
  const slug = foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug) return slug;
  const codes = [...name.trim()].map((ch) => (ch.codePointAt(0) ?? 0).toString(16));
  return codes.length > 0 ? `u${codes.join('-')}` : '';
}
