/** Wait this long after the last keystroke before asking the server. */
export const SEARCH_DEBOUNCE_MS = 200;

/** The server searches from two characters on (one letter matches too much to be useful); at most 200. */
export function shouldSearch(text: string): boolean {
  const length = Array.from(text.trim()).length;
  return length >= 2 && length <= 200;
}
