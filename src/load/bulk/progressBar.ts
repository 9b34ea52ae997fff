import type { BulkProgress } from './bulkLoad.js';

const WIDTH = 24;
/** How often a line is printed when the output is not a terminal. */
const LINE_EVERY_MS = 5000;

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** "1h02m", "3m12s", "8s". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/** Nodes plus relationships the graph gained per second so far. */
export function elementsPerSecond(p: BulkProgress): number {
  return p.milliseconds > 0 ? ((p.nodesCreated + p.relationshipsCreated) * 1000) / p.milliseconds : 0;
}

/** One line: bar, documents, nodes, relationships, rate, ETA (by documents). */
export function progressLine(p: BulkProgress): string {
  const share = p.totalDocuments > 0 ? Math.min(1, p.documents / p.totalDocuments) : 0;
  const filled = Math.round(share * WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]`;
  const perDocument = p.documents > 0 ? p.milliseconds / p.documents : NaN;
  const eta = (perDocument * (p.totalDocuments - p.documents)) / 1000;
  return (
    `${bar} ${(share * 100).toFixed(0).padStart(3)}% ${int(p.documents)}/${int(p.totalDocuments)} documents · ` +
    `${int(p.nodesCreated)} nodes · ${int(p.relationshipsCreated)} relationships · ` +
    `${int(elementsPerSecond(p))} nodes+rels/s · ETA ${p.documents > 0 ? formatDuration(eta) : '?'}`
  );
}

/**
 * A progress display on a stream (stderr): redrawn in place on a terminal,
 * otherwise one line every few seconds (logs, CI). `finish` ends the line.
 */
export function progressBar(stream: NodeJS.WriteStream): {
  update(p: BulkProgress): void;
  finish(): void;
} {
  const tty = stream.isTTY === true;
  let last = -Infinity;
  let drawn = false;
  return {
    update(p) {
      if (tty) {
        stream.write(`\r${progressLine(p)}\x1b[K`);
        drawn = true;
        return;
      }
      const now = performance.now();
      if (now - last >= LINE_EVERY_MS || p.documents === p.totalDocuments) {
        last = now;
        stream.write(`${progressLine(p)}\n`);
      }
    },
    finish() {
      if (tty && drawn) stream.write('\n');
    },
  };
}
