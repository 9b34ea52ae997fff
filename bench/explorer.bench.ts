/**
 * The explorer's figures: bundle size (gzip), time to first render of the
 * partner network on the seeded graph, and with 2,000 and 10,000 synthetic
 * nodes drawn through the same code (window.__explorer.showGraph), and frames
 * per second while panning at 10,000 nodes. Runs the API in this process on
 * the configured Neo4j (the local one is started if needed) and Debian's
 * Chromium headless. Under headless Chromium WebGL is SwiftShader (CPU):
 * compare runs with each other, not with a laptop's GPU. Asserts nothing.
 * Usage: npm run bench:explorer [-- --sizes 2000,10000 --pan-seconds 3]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { buildSchema } from '../src/api/buildSchema.js';
import { createReadiness } from '../src/api/readiness.js';
import { startApiServer } from '../src/api/startApiServer.js';
import { loadConfig } from '../src/config/config.js';
import { loadFactsFiles } from '../src/load/loadFactsFiles.js';
import { seedFiles } from '../src/load/seedFiles.js';
import { connectDriver } from '../src/neo4j/connectDriver.js';
import { neo4jConnection } from '../src/neo4j/neo4jConnection.js';
import { EXPLORER_DIST, ensureExplorerBuilt } from '../src/web/buildExplorer.js';
import { launchBrowser } from '../test/helpers/browser/launchBrowser.js';
import { syntheticGraphView } from './syntheticGraphView.js';

const option = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = option('sizes', '2000,10000').split(',').map(Number);
const panSeconds = Number(option('pan-seconds', '3'));
const log = (line: string): void => void process.stderr.write(`${line}\n`);

await ensureExplorerBuilt(log);
const assets = join(EXPLORER_DIST, 'assets');
let raw = 0;
let gz = 0;
for (const file of readdirSync(assets)) {
  const bytes = readFileSync(join(assets, file));
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
  console.log(
    `asset ${file.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KiB  gzip ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1).padStart(7)} KiB`,
  );
}
console.log(`bundle total ${(raw / 1024).toFixed(1)} KiB, gzip ${(gz / 1024).toFixed(1)} KiB`);

const config = loadConfig();
const connection = await neo4jConnection(config, log);
const driver = await connectDriver(connection);
await loadFactsFiles(driver, connection.database, seedFiles(), () => undefined);
const api = await startApiServer({
  schema: await buildSchema(driver, config.limits.maxPageSize, connection.database),
  driver,
  database: connection.database,
  readiness: createReadiness(driver, connection.database),
  logger: pino({ level: 'silent' }),
  host: '127.0.0.1',
  port: 0,
  settings: config,
});

interface ExplorerHook {
  ready: boolean;
  layoutRunning: boolean;
  lastRenderMs: number;
  graph: { order: number; size: number };
  showGraph(view: unknown): void;
  sigma: { getCamera(): { getState(): { x: number; y: number; ratio: number }; setState(s: object): void } };
}
declare const window: { __explorer?: ExplorerHook };

async function waitReady(page: Page): Promise<number> {
  await page.waitForFunction(() => window.__explorer?.ready === true, undefined, { timeout: 300_000 });
  return page.evaluate(() => window.__explorer?.lastRenderMs ?? NaN);
}

/** Frames per second while the camera pans in a circle for --pan-seconds. */
async function panFps(page: Page): Promise<number> {
  // As a string: tsx would wrap named inner functions in a helper (__name) that the page does not have.
  return (await page.evaluate(`(async () => {
    const camera = window.__explorer && window.__explorer.sigma && window.__explorer.sigma.getCamera();
    if (!camera) return NaN;
    const start = camera.getState();
    let frames = 0;
    const t0 = performance.now();
    await new Promise((done) => {
      requestAnimationFrame(function step() {
        const t = (performance.now() - t0) / 1000;
        camera.setState({ ...start, x: start.x + 0.2 * Math.sin(t * 2), y: start.y + 0.2 * Math.cos(t * 2) });
        frames++;
        if (t < ${panSeconds}) requestAnimationFrame(step);
        else done();
      });
    });
    return frames / ((performance.now() - t0) / 1000);
  })()`)) as number;
}

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const began = Date.now();
  await page.goto(`${api.url}/explore/?test=1`);
  const seedRender = await waitReady(page);
  const order = await page.evaluate(() => window.__explorer?.graph.order ?? 0);
  console.log(
    `seed partner network: ${order} nodes, data to first render ${seedRender.toFixed(0)} ms, page open to ready ${Date.now() - began} ms`,
  );
  for (const size of sizes) {
    const view = syntheticGraphView(size);
    await page.evaluate((v) => {
      if (window.__explorer) window.__explorer.ready = false;
      window.__explorer?.showGraph(v);
    }, view);
    const ms = await waitReady(page);
    console.log(`synthetic ${size} nodes / ${view.edges.length} edges: data to first render ${ms.toFixed(0)} ms`);
    // Pan once the layout worker has finished, so the figure is the drawing's own cost.
    await page.waitForFunction(() => window.__explorer?.layoutRunning === false, undefined, { timeout: 120_000 });
    const fps = await panFps(page);
    console.log(`  panning at ${size} nodes: ${fps.toFixed(1)} frames per second over ${panSeconds} s`);
  }
} finally {
  await browser.close();
  await api.stop();
  await driver.close();
}
