// The review app's browser tests: Debian's chromium launched headless, and what they do to a page as a
// person would, shared so each test reads the same way.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Whether Debian's chromium is installed; on CI its absence is an error, elsewhere the browser tests are skipped. */
export function chromiumAvailable(): boolean {
  const available = existsSync(CHROMIUM);
  if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium for the review app test.`);
  if (!available) console.warn(`skipping the review app browser tests: ${CHROMIUM} is missing (apt-get install -y chromium)`);
  return available;
}

/** Headless Chromium over a fresh profile, one page open; `close` stops it and removes the profile. */
export async function openChromium(): Promise<{ browser: BrowserContext; page: Page; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'event-facts-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
  browser.setDefaultTimeout(30_000);
  const page = await browser.newPage();
  return { browser, page, close: async () => { await browser.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/**
 * Selects words of the article text (across its highlights) through the page's Selection API, as a drag of the mouse
 * would: their first occurrence, or the one after `nth` others.
 */
export const selectInArticle = (page: Page, words: string, nth = 0) => page.evaluate(([wanted, n]) => {
  const walker = document.createTreeWalker(document.querySelector('.text[data-source]')!, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const all = nodes.map((node) => node.data).join('');
  let start = all.indexOf(wanted);
  for (let i = 0; i < n && start >= 0; i++) start = all.indexOf(wanted, start + 1);
  if (start < 0) throw new Error(`not in the article ${n + 1} times: ${wanted}`);
  const at = (offset: number): [Text, number] => {
    let seen = 0;
    for (const node of nodes) { if (offset <= seen + node.data.length) return [node, offset - seen]; seen += node.data.length; }
    throw new Error('past the end of the article');
  };
  const range = document.createRange();
  range.setStart(...at(start));
  range.setEnd(...at(start + wanted.length));
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
}, [words, nth] as const);
