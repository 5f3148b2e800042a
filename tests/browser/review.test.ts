// A reviewer's morning in a real browser (headless Debian chromium via playwright-core):
// sign in, the inbox, confirm one event after editing its date, reject another with a
// reason, both in the audit trail; a hostile article stays inert. Takes the screenshots
// in docs/.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordOutletResult } from '../../store/index.ts';
import { PASSWORD, startHarness, USERS, type ReviewHarness } from '../review/support.ts';

const docs = path.resolve(import.meta.dirname, '../../docs');
let h: ReviewHarness;
let base: string;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  base = await h.app.listen({ host: '127.0.0.1', port: 0 });
  userDataDir = await mkdtemp(path.join(os.tmpdir(), 'habeas-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 860 },
  });
  context.setDefaultTimeout(15_000);
  page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  await h?.close();
});

const eventOf = (key: string) => h.seeded[key]!.eventIds[0]!;

describe('reviewing in a browser', () => {
  it('signs in and shows the inbox, most corroborated first', async () => {
    await page.goto(`${base}/inbox`);
    await expect.poll(() => page.url()).toContain('/login?next=%2Finbox');
    await page.getByLabel('E-mail').fill(USERS.REVIEWER);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/inbox`);
    const first = page.locator('.event-row').first();
    await expect.poll(() => first.getAttribute('data-event-id')).toBe(String(eventOf('arrest-herald')));
    await page.keyboard.press('j');
    await expect.poll(() => first.getAttribute('class')).toContain('selected');
    await page.screenshot({ path: path.join(docs, 'review-inbox.png') });
  }, 60_000);

  it('shows an event with its evidence highlighted in every source', async () => {
    await page.goto(`${base}/events/${eventOf('arrest-herald')}`);
    expect(await page.locator('article.source').count()).toBe(2);
    expect(await page.locator('.evidence mark').allTextContents()).toEqual([
      'Police detained investigative journalist Sevinj Mammadova in Baku on 12 March 2024',
      'Sevinj Mammadova, a reporter known for her investigations, was taken into custody in March 2024',
    ]);
    expect(await page.locator('code.rule').first().textContent()).toBe('arrest-detained-by-police-1');
    await page.screenshot({ path: path.join(docs, 'review-event.png'), fullPage: true });
  }, 60_000);

  it('refuses an impossible date next to the field, then confirms after editing the date', async () => {
    const id = eventOf('sentence');
    await page.goto(`${base}/events/${id}`);
    await page.keyboard.press('e');
    const date = page.locator('#edit-date');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('edit-date');
    await date.fill('2024-02-30');
    await page.getByRole('button', { name: 'Save and confirm' }).click();
    await expect.poll(() => page.locator('#edit-date-error').textContent()).toBe('2024-02-30 is not a date: February 2024 has 29 days');
    expect(await page.locator('#edit-date').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('input[name=charges][value=hooliganism]').isChecked()).toBe(true); // the rest of the form kept
    await page.locator('#edit-date').fill('2024-04-02');
    await page.getByRole('button', { name: 'Save and confirm' }).click();
    await expect.poll(() => page.locator('.notice').first().textContent()).toBe(`Confirmed event #${id}.`);
    const event = await h.db.event.findUniqueOrThrow({ where: { id } });
    expect(event).toMatchObject({ status: 'CONFIRMED', date: '2024-04-02' });
  }, 60_000);

  it('rejects another event with a reason typed after r, sent with Enter', async () => {
    const id = eventOf('release-a');
    await page.goto(`${base}/events/${id}`);
    await page.keyboard.press('r');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reject-reason');
    await page.keyboard.type('not a release: transferred to another prison');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.notice').first().textContent()).toBe(`Rejected event #${id}.`);
    expect(await h.db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'REJECTED', rejectReason: 'not a release: transferred to another prison' });
  }, 60_000);

  it('shows both decisions in the audit trail of their events', async () => {
    await page.goto(`${base}/events/${eventOf('sentence')}`);
    const confirmed = await page.locator('.history').innerText();
    expect(confirmed).toMatch(/confirm by reviewer tester/);
    expect(confirmed).toMatch(/edit by reviewer tester/);
    expect(confirmed).toContain('date: 2024-04-03 → 2024-04-02');
    await page.goto(`${base}/events/${eventOf('release-a')}`);
    const rejected = await page.locator('.history').innerText();
    expect(rejected).toMatch(/reject by reviewer tester/);
    expect(rejected).toContain('Reason: not a release: transferred to another prison');
  }, 60_000);

  it('renders a hostile article inert: no script runs, no dialog opens, no javascript: link', async () => {
    await page.goto(`${base}/events/${eventOf('hostile')}`);
    await page.locator('details.full-text summary').click();
    expect(await page.locator('.source h3').textContent()).toContain('<script>window.__pwned=1</script>');
    expect(await page.locator('.source img, .source svg, .source script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.getByRole('link', { name: 'as fetched (rendered, scripts off)' }).click();
    await page.waitForURL(/\/snapshots\/\d+$/);
    const frame = page.frameLocator('iframe.snapshot-frame');
    expect(await frame.locator('h1').textContent()).toBe('Activist detained');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('reaches Outlets & queues from the navigation, read-only for a reviewer', async () => {
    await recordOutletResult(h.db, 'caspian-herald', { ok: true });
    await page.goto(`${base}/inbox`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outlets & queues' }).click();
    await page.waitForURL(`${base}/admin/outlets`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Outlets & queues');
    // No Redis in this test: the page says so and still shows the outlets, silent ones flagged.
    expect(await page.locator('main').innerText()).toContain('Redis cannot be reached');
    expect(await page.locator('#outlet-caspian-herald').getAttribute('class')).toBeNull();
    expect(await page.locator('#outlet-baku-observer').innerText()).toContain('silent: never fetched successfully');
    expect(await page.getByRole('button', { name: 'Retry every failed job' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Queue dashboard' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
