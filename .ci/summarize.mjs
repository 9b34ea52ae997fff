// Prints "N passed, N failed" from vitest's JSON report. Failed checks (type
// check, lint) count as failures; a missing report or zero tests is a failure.
import { existsSync, readFileSync } from 'node:fs';

const [file, checksFailedArg = '0'] = process.argv.slice(2);
const checksFailed = Number(checksFailedArg) || 0;
if (!file || !existsSync(file)) {
  console.log(`no test report at ${file}`);
  console.log(`0 passed, ${1 + checksFailed} failed`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
// A test file that failed without a failing test (it did not load, or a hook failed) counts as one failure.
const brokenFiles = (report.testResults ?? []).filter(
  (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((t) => t.status === 'failed'),
);
for (const f of brokenFiles) console.log(`FAILED ${f.name}: ${(f.message ?? '').split('\n')[0]}`);
const failed = (report.numFailedTests ?? 0) + brokenFiles.length + checksFailed;
{
  for (const suite of report.testResults ?? []) {
    for (const t of suite.assertionResults ?? []) {
      if (t.status === 'failed') console.log(`FAILED ${t.fullName}`);
    }
  }
  if (checksFailed) console.log(`${checksFailed} check(s) failed (typecheck or lint)`);
}
if (passed === 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
