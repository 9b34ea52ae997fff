import type { KillRecord } from './crashRounds.js';
import { LOAD_PHASES, type LoadPhase } from './instrumentedLoad.js';

/** The figures of a crash run, per kind of kill. */
export interface KillSummary {
  readonly kind: KillRecord['kind'];
  readonly kills: number;
  readonly targetedAtCommit: number;
  readonly phases: Record<LoadPhase, number>;
  readonly documentsAcknowledged: number;
  /** Documents judged after the kills, summed over kills (each kill judges every document attempted so far). */
  readonly foundWhole: number;
  readonly foundAbsent: number;
  readonly partial: number;
  readonly lostAcknowledged: number;
  readonly orphans: number;
  readonly consistencyChecks: number;
  readonly consistencyFailures: number;
  readonly seconds: number;
}

/** Sums the kill records of one kind. */
export function summarizeKills(kills: readonly KillRecord[], kind: KillRecord['kind']): KillSummary {
  const mine = kills.filter((k) => k.kind === kind);
  const phases = Object.fromEntries(LOAD_PHASES.map((p) => [p, mine.filter((k) => k.phase === p).length])) as Record<
    LoadPhase,
    number
  >;
  const sum = (f: (k: KillRecord) => number): number => mine.reduce((a, k) => a + f(k), 0);
  return {
    kind,
    kills: mine.length,
    targetedAtCommit: mine.filter((k) => k.targeted).length,
    phases,
    documentsAcknowledged: sum((k) => k.acknowledged.length),
    foundWhole: sum((k) => k.whole),
    foundAbsent: sum((k) => k.absent),
    partial: sum((k) => k.partial.length),
    lostAcknowledged: sum((k) => k.lostAcknowledged.length),
    orphans: sum((k) => Object.keys(k.orphans).length),
    consistencyChecks: mine.filter((k) => k.consistency).length,
    consistencyFailures: mine.filter((k) => k.consistency && !k.consistency.consistent).length,
    seconds: Math.round(sum((k) => k.milliseconds) / 1000),
  };
}

/** The summaries as a printable table, one column per kind of kill. */
export function killTable(summaries: readonly KillSummary[]): string {
  const rows: [string, (s: KillSummary) => string | number][] = [
    ['kill points tried', (s) => s.kills],
    ['  of which aimed at a commit', (s) => s.targetedAtCommit],
    ...LOAD_PHASES.map((p): [string, (s: KillSummary) => number] => [`  at phase: ${p}`, (s) => s.phases[p]]),
    ['documents acknowledged (in killed rounds)', (s) => s.documentsAcknowledged],
    ['documents found whole (summed over checks)', (s) => s.foundWhole],
    ['documents found absent (summed over checks)', (s) => s.foundAbsent],
    ['partial documents (must be 0)', (s) => s.partial],
    ['lost acknowledged (must be 0)', (s) => s.lostAcknowledged],
    ['orphan kinds found (must be 0)', (s) => s.orphans],
    ['consistency checks / failures', (s) => `${s.consistencyChecks} / ${s.consistencyFailures}`],
    ['time (s)', (s) => s.seconds],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const header = `${''.padEnd(width)}  ${summaries.map((s) => `${s.kind} kill`.padStart(12)).join('  ')}`;
  return [
    header,
    ...rows.map(
      ([label, f]) => `${label.padEnd(width)}  ${summaries.map((s) => String(f(s)).padStart(12)).join('  ')}`,
    ),
  ].join('\n');
}
