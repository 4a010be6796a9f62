import fs from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const haveChromium = fs.existsSync(CHROMIUM);

/**
 * Whether a browser test can run: without Chromium it is skipped with a warning, except under
 * CI=true, where a missing browser fails the run.
 */
export function requireChromium(what: string): boolean {
  if (!haveChromium && process.env.CI) throw new Error(`${what} needs Chromium at ${CHROMIUM}`);
  if (!haveChromium) console.warn(`skipping ${what}: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  return haveChromium;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Signs in through the sign-in page as a person would, and waits until the dashboard is shown.
 * `base` is the server's origin; afterwards the page's context holds the session cookie.
 */
export async function signIn(page: Page, base: string, credentials: { email: string; password: string }): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.locator("#email").fill(credentials.email);
  await page.locator("#password").fill(credentials.password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 }), page.locator('form:has(#password) button[type="submit"]').click()]);
}
