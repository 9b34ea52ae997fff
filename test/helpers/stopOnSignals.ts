/**
 * Stops an API child process gracefully on SIGTERM or SIGINT, as `npm start`
 * does: `stop` once (a second signal while stopping is ignored), then exit 0,
 * or 1 when stopping failed.
 */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
