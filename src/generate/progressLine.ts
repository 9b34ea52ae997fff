/**
 * Prints a progress line to stderr at most once a second (a terminal gets it
 * rewritten in place, a pipe one line per update).
 */
export function progressPrinter(
  write: (line: string) => void,
  everyMs = 1000,
): (line: () => string, force?: boolean) => void {
  let last = 0;
  return (line, force = false) => {
    const now = performance.now();
    if (!force && now - last < everyMs) return;
    last = now;
    write(line());
  };
}
