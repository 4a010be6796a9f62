import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env";
import { repoRoot } from "../../lib/test-support/files";
import { openRuntime, type Runtime } from "../../jobs/runtime";
import { createAccount } from "../../services/auth/passwords";
import { launchChromium, requireChromium, signIn } from "../support/browser";
import { freshDatabase, type TestDatabase } from "../support/database";
import { startWebServer, type WebServer } from "../support/server";
import { sessionCookie } from "../support/session";

const AUTH_SECRET = "account-test-secret-with-32-plus-chars";
const WINDOW_S = 600;
const OLD = "pat-password-123";
const NEW = "pat-new-password-456";
const shots = path.join(repoRoot, "tests", "e2e", "screenshots");

/**
 * A person changes their own password on the Account page, as they would in a browser: wrong
 * current password, mismatched new ones, too short, then the change, which signs their other
 * sessions out and keeps this one; afterwards only the new password signs in.
 */
describe.skipIf(!requireChromium("the account test"))("changing one's own password", () => {
  let database: TestDatabase;
  let rt: Runtime;
  let server: WebServer;
  let browser: Browser;
  const config = parseEnv({ AUTH_SECRET });

  beforeAll(async () => {
    database = await freshDatabase();
    rt = await openRuntime(parseEnv({ DATABASE_URL: database.url, AUTH_SECRET }));
    for (const name of ["pat", "ria"]) {
      await createAccount(rt.db, { email: `${name}@example.com`, name, password: `${name}-password-123`, isAdmin: false }, { userId: null, label: "test" });
    }
    server = await startWebServer({ DATABASE_URL: database.url, AUTH_SECRET, SIGN_IN_RATE_WINDOW_S: String(WINDOW_S) });
    browser = await launchChromium();
    fs.mkdirSync(shots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rt?.close();
    await database?.drop();
  });

  async function fill(page: Page, fields: { current: string; password: string; confirm: string }): Promise<void> {
    await page.getByLabel("Current password").fill(fields.current);
    await page.getByLabel("New password", { exact: true }).fill(fields.password);
    await page.getByLabel("New password again").fill(fields.confirm);
  }

  /** Fills and sends the form, and resolves with the message it answers with (the refusals). */
  async function change(page: Page, fields: { current: string; password: string; confirm: string }): Promise<string> {
    await fill(page, fields);
    const button = page.getByRole("button", { name: "Change password" });
    // The server's checks are under test, not the browser's (minlength).
    await page.locator("form", { has: button }).evaluate((form) => ((form as HTMLFormElement).noValidate = true));
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/account"), button.click()]);
    await expect.poll(() => button.isEnabled()).toBe(true);
    return (await page.locator("form p[role]").textContent()) ?? "";
  }

  const signedInWith = async (cookie: string) => {
    const response = await fetch(`${server.base}/account`, { headers: { cookie }, redirect: "manual" });
    return response.status === 200;
  };

  it("checks the current password and the new one, then changes it and ends the other sessions", async () => {
    const otherDevice = await sessionCookie(rt.db, { ...config, DATABASE_URL: database.url }, { email: "pat@example.com", password: OLD });
    const bystander = await sessionCookie(rt.db, { ...config, DATABASE_URL: database.url }, { email: "ria@example.com", password: "ria-password-123" });
    expect(await signedInWith(otherDevice)).toBe(true);

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.base, { email: "pat@example.com", password: OLD });
    await page.getByRole("link", { name: /pat@example\.com/ }).click();
    await page.getByRole("heading", { name: "Your account", level: 1 }).waitFor();

    expect(await change(page, { current: "not-my-password", password: NEW, confirm: NEW })).toBe("The current password is wrong.");
    expect(await change(page, { current: OLD, password: NEW, confirm: `${NEW}x` })).toBe("The two new passwords differ: type the same one twice.");
    expect(await change(page, { current: OLD, password: "short", confirm: "short" })).toBe("The password needs at least 10 characters.");
    expect(await change(page, { current: OLD, password: "x".repeat(129), confirm: "x".repeat(129) })).toBe("The password may have at most 128 characters.");
    expect(await signedInWith(otherDevice)).toBe(true);

    await fill(page, { current: OLD, password: NEW, confirm: NEW });
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Your password was changed. Other sessions were signed out.").waitFor();
    // The other device is signed out; this browser and other people are not.
    expect(await signedInWith(otherDevice)).toBe(false);
    expect(await signedInWith(bystander)).toBe(true);
    await page.reload();
    await page.getByRole("heading", { name: "Your account", level: 1 }).waitFor();
    await page.screenshot({ path: path.join(shots, "account.png"), fullPage: true });
    await context.close();

    await expect(sessionCookie(rt.db, { ...config, DATABASE_URL: database.url }, { email: "pat@example.com", password: OLD })).rejects.toThrow();
    expect(await signedInWith(await sessionCookie(rt.db, { ...config, DATABASE_URL: database.url }, { email: "pat@example.com", password: NEW }))).toBe(true);
    const [audit] = await rt.db.query<{ actor: string; subject: string }>(`SELECT actor, subject FROM audit_events WHERE action = 'user.password'`);
    expect(audit).toEqual({ actor: "pat@example.com", subject: "pat@example.com" });
  });

  it("counts wrong current passwords against the account's sign-in limit", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.base, { email: "ria@example.com", password: "ria-password-123" });
    await page.goto(`${server.base}/account`);
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await change(page, { current: `guess-${i}-password`, password: NEW, confirm: NEW }));
    expect(answers.slice(0, 10)).toEqual(Array(10).fill("The current password is wrong."));
    expect(answers[10]).toMatch(/^Too many wrong passwords for this account\. Try again in \d+ minutes\.$/);
    // Even the right one is refused while limited: the limit is not a hint about which guess was right.
    expect(await change(page, { current: "ria-password-123", password: NEW, confirm: NEW })).toMatch(/^Too many wrong passwords/);
    await context.close();
  });
});
