import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_MISSING, findChromium } from './findChromium.js';

/**
 * Debian's Chromium, headless, driven by playwright-core. The flags keep it
 * off the network (this machine's closed network refuses its background
 * connections) and let it run as root.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
