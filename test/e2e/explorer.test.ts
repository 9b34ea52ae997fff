import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../../src/load/removeDocument.js';
import { launchBrowser } from '../helpers/browser/launchBrowser.js';
import { TEST_JWT_SECRET, signTestToken } from '../helpers/testTokens.js';
import { useTestApi } from '../helpers/useTestApi.js';

/**
 * The explorer end to end, in Debian's Chromium: the built page served by
 * the real API on the seeded graph. Screenshots go to .local/screenshots/.
 */
const SHOTS = join('.local', 'screenshots');
const KRANJ = 'org:mestna-obcina-kranj';
const TWINNING = 'twinning:kranj-yekaterinburg';

const fixture = useTestApi({ AUTH_JWT_SECRET: TEST_JWT_SECRET });
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

interface Hooks {
  ready: boolean;
  visibleNodes: string[];
  graph: { order: number; hasNode(id: string): boolean };
}
declare const window: { __explorer?: Hooks };

async function waitForNetwork(): Promise<void> {
  await page.waitForFunction(() => window.__explorer?.ready === true, undefined, { timeout: 60_000 });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('requestfailed', (request) => {
    // Anything outside the page's own origin would mean a CDN or an outside asset.
    if (!request.url().startsWith(fixture.api.url)) pageErrors.push(`outside request: ${request.url()}`);
  });
  await page.goto(`${fixture.api.url}/explore/?test=1&lang=sl`);
  await waitForNetwork();
});

afterAll(async () => {
  await browser?.close();
});

describe('the explorer in Chromium', () => {
  it("opens on Kranj's partner network, drawn, with its partner cities and a legend", async () => {
    const shown = await page.evaluate(() => ({
      order: window.__explorer?.graph.order ?? 0,
      visible: window.__explorer?.visibleNodes ?? [],
    }));
    expect(shown.visible).toContain(KRANJ);
    expect(shown.visible).toContain(TWINNING);
    expect(shown.visible).toContain('city:yekaterinburg');
    expect(shown.order).toBeGreaterThan(10);
    await expect
      .poll(() =>
        page
          .getByTestId('sidebar')
          .getByText(/Mesto|Oseba|Podjetje/)
          .count(),
      )
      .toBeGreaterThan(0);
    const png = await page.screenshot({ path: join(SHOTS, 'network.png') });
    // The canvas is not blank: a drawn network has many distinct colours.
    expect(png.length).toBeGreaterThan(20_000);
    expect(pageErrors).toEqual([]);
  });

  it('finds Yekaterinburg as you type, and opens its twinning with the actors and their quotes', async () => {
    await page.getByTestId('search-input').fill('Yekaterinburg');
    const hit = page.locator(`[data-testid="search-hit"][data-id="${TWINNING}"]`);
    await hit.waitFor();
    await expect.poll(() => page.getByTestId('search-hit').count()).toBeGreaterThan(2);
    await hit.click();
    const view = page.locator(`[data-testid="twinning-view"][data-twinning-id="${TWINNING}"]`);
    await view.waitFor();
    for (const actor of ['org:iskratel', 'org:spirit-slovenija']) {
      const entry = view.locator(`[data-testid="twinning-actor"][data-actor-id="${actor}"]`).first();
      await entry.waitFor();
      expect((await entry.getByTestId('evidence-quote').first().innerText()).length).toBeGreaterThan(10);
    }
    // IskraUralTEL stands behind the twinning through its general director, the honorary consul.
    const uraltel = view.locator('[data-testid="actor-affiliation"][data-organization-id="org:iskrauraltel"]').first();
    await uraltel.waitFor();
    expect(await uraltel.getByTestId('evidence-quote').first().innerText()).toContain('IskraUralTEL');
    expect(await view.innerText()).toMatch(/Iskratel/);
    expect(await view.innerText()).toMatch(/SPIRIT Slovenija/);
    await page.screenshot({ path: join(SHOTS, 'twinning.png') });
  });

  it("opens an actor's source passage highlighted and scrolled into view in the document viewer", async () => {
    const entry = page.locator('[data-testid="twinning-actor"][data-actor-id="org:iskratel"]').first();
    const quote = (await entry.getByTestId('evidence-quote').first().innerText()).replace(/^[„"«]|[“"»]$/g, '').trim();
    await entry.getByTestId('open-source').first().click();
    const viewer = page.getByTestId('document-viewer');
    await viewer.waitFor();
    const mark = viewer.getByTestId('passage-highlight');
    await mark.waitFor();
    expect(quote).toContain((await mark.innerText()).trim().slice(0, 30));
    const box = await mark.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    expect(await viewer.getByTestId('passage-mismatch').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'document.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => viewer.count()).toBe(0);
  });

  it('switches the interface to English, and remembers it after a reload', async () => {
    const tabs = page.getByTestId('tabs');
    expect(await tabs.innerText()).toMatch(/Mreža/);
    await page.getByTestId('lang-en').click();
    await expect.poll(() => tabs.innerText()).toMatch(/Network/);
    await page.goto(`${fixture.api.url}/explore/?test=1`);
    await waitForNetwork();
    expect(await page.getByTestId('tabs').innerText()).toMatch(/Network/);
  });

  it('exports the network as a PNG file', async () => {
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('lets an editor review a small draft and load it; what the reviewer decided is recorded', async () => {
    const tag = Math.random()
      .toString(36)
      .replace(/[^a-z]/g, '')
      .slice(0, 5)
      .padEnd(5, 'q');
    const text = [
      'OBČINA KOBARID',
      'OBČINSKI SVET',
      '',
      'ZAPISNIK',
      '',
      '7. redne seje Občinskega sveta Občine Kobarid, ki je bila v torek, 14. marca 2023 ob 17. uri v sejni sobi Občine Kobarid.',
      '',
      `PRISOTNI: Nina Lenar${tag} – županja, Rok Kavčič${tag}, Eva Mlakar${tag} – člani sveta.`,
      '',
      'DNEVNI RED:',
      '1. Pobratenje z mestom Cividale del Friuli (Italija).',
      '',
      '1. Pobratenje z mestom Cividale del Friuli (Italija).',
      '',
      `Nina Lenar${tag} je predlagala pobratenje Občine Kobarid z mestom Cividale del Friuli.`,
      '',
      'Občinski svet je soglasno (3 PRISOTNI: 3 ZA) sprejel naslednji SKLEP:',
      'Občinski svet Občine Kobarid podpira pobratenje z mestom Cividale del Friuli (Italija).',
      '',
      'Seja se je končala ob 18.10.',
    ].join('\n');
    await page.goto(`${fixture.api.url}/explore/?test=1&view=review`);
    await page.getByTestId('tab-review').click();
    await page.getByTestId('review-token').fill(await signTestToken(['editor']));
    await page.getByTestId('review-mode-paste').click();
    await page.getByTestId('review-paste').fill(text);
    await page.getByTestId('review-draft').click();
    await page.getByTestId('review-proposals').waitFor({ timeout: 60_000 });
    const proposals = page.getByTestId('review-proposal');
    expect(await proposals.count()).toBeGreaterThan(5);
    // Decide every doubtful fact: accept what the importer proposed.
    const doubtful = page.locator('[data-testid="review-proposal"][data-review="true"]');
    const doubts = await doubtful.count();
    for (let i = 0; i < doubts; i++) {
      const proposal = doubtful.nth(i);
      const createNew = proposal.getByTestId('review-create-new');
      await ((await createNew.count()) ? createNew : proposal.getByTestId('review-accept')).click();
    }
    await expect.poll(() => page.getByTestId('review-undecided').getAttribute('data-count')).toBe('0');
    await page.screenshot({ path: join(SHOTS, 'review.png') });
    await page.getByTestId('review-load').click();
    const result = page.getByTestId('review-result');
    await result.waitFor({ timeout: 60_000 });
    const documentId = 'doc:kobarid-obcinski-svet-2023-03-14-seja-7';
    try {
      const loaded = await fixture.api.graphql<{ documents: { id: string; reviewDecisions: { action: string }[] }[] }>(
        'query ($id: ID!) { documents(where: { id: { eq: $id } }) { id reviewDecisions { action } } }',
        { id: documentId },
      );
      expect(loaded.errors).toBeUndefined();
      expect(loaded.data?.documents.map((d) => d.id)).toEqual([documentId]);
      expect(loaded.data?.documents[0]?.reviewDecisions.length).toBe(doubts);
      const found = await fixture.api.graphql<{ search: { type: string }[] }>('{ search(text: "Cividale") { type } }');
      expect(found.data?.search.map((hit) => hit.type)).toContain('City');
    } finally {
      await removeDocument(fixture.driver, fixture.database, documentId);
    }
    expect(pageErrors).toEqual([]);
  });
});
