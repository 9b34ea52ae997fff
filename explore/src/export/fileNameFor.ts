/** Text as a file-name slug: no accents, lower case, words joined by hyphens ("Mestna občina Kranj" → "mestna-obcina-kranj"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A download's file name: the slugified base, the local date and the
 * extension — `fileNameFor('Kranj network', 'graphml')` → `kranj-network-2026-11-30.graphml`.
 */
export function fileNameFor(base: string, ext: string, date = new Date()): string {
  const slug = slugify(base) || 'export';
  const extension = slugify(ext.replace(/^\.+/, '')) || 'txt';
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${slug}-${day}.${extension}`;
}
