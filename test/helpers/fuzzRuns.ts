/**
 * How many inputs a fuzz property tries: `n` as CI runs it, times FUZZ_SCALE
 * (default 1) for a longer run by hand, e.g. `FUZZ_SCALE=10 npx vitest run
 * test/unit/fuzz test/integration/fuzzApi.test.ts --testTimeout 3600000`.
 */
export function fuzzRuns(n: number): number {
  const scale = Number(process.env['FUZZ_SCALE'] ?? '1');
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error(`FUZZ_SCALE must be a positive number, not "${process.env['FUZZ_SCALE']}"`);
  return Math.max(1, Math.round(n * scale));
}
