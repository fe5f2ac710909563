// Reviewing a demo article with the keyboard alone in a real browser: accept, reject, correct a value,
// add a figure from a text selection made with arrow keys, undo and redo, re-anchor, reload (the state
// is identical), read the history, and a stale write from a second tab refused with a message.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR, openSession, type Session } from './harness.ts';

const WAIT = { timeout: 10_000 };

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const grid = (page: Page) => page.getByTestId('indicator-grid');
const cell = (page: Page, rowIndex: number, col: string) =>
  grid(page).locator(`[role="row"][row-index="${rowIndex}"] [col-id="${col}"]`);
const rowId = async (page: Page, rowIndex: number) =>
  Number(
    await grid(page).locator(`[role="row"][row-index="${rowIndex}"][row-id]`).first().getAttribute('row-id'),
  );

const focusedRowId = async (page: Page) => {
  const focused = page.locator('[role="row"]:has(.ag-cell-focus)').first();
  await focused.waitFor();
  return Number(await focused.getAttribute('row-id'));
};

type Stored = {
  id: number;
  status: string;
  value: number | null;
  unit: string;
  quote: string;
  span_start: number;
  span_end: number;
  version: number;
};
const stored = (): Stored[] =>
  s.app.store.db
    .prepare(
      'SELECT id, status, value, unit, quote, span_start, span_end, version FROM indicators ORDER BY id',
    )
    .all() as Stored[];
const statusOf = (id: number) => stored().find((r) => r.id === id)?.status;

/** What the page shows: each highlighted figure's status, by row id. */
const highlights = (page: Page) =>
  page
    .getByTestId('figure-highlight')
    .evaluateAll((marks) =>
      marks.map((m) => `${m.getAttribute('data-indicator-id')}:${m.getAttribute('data-status')}`),
    );

/**
 * Where a number in plain article text (outside any highlight) stands: its offset in the article
 * and the characters to select. Only read here; the test selects it with the keyboard.
 */
async function findPlainNumber(page: Page): Promise<{ offset: number; quote: string; text: string }> {
  return page.getByTestId('article-text').evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const content = node.textContent ?? '';
      const m = /\d+(?:\.\d+)?[^\d\s，。、,]{0,2}/.exec(content);
      if (m && !(node.parentElement as HTMLElement).closest('mark'))
        return { offset: offset + m.index, quote: m[0], text: root.textContent ?? '' };
      offset += content.length;
    }
    throw new Error('no plain number in the demo article');
  });
}

/** Presses a key `n` times (the caret moves one character per press). */
async function pressTimes(page: Page, key: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await page.keyboard.press(key);
}

const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

describe('reviewing an article by keyboard', () => {
  const ids: Record<string, number> = {};
  let before: Stored[] = [];

  it('accepts, rejects and corrects rows with single keys', async () => {
    const { page } = s;
    const demo = fs
      .readdirSync(DEMO_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()[0]!;
    await page.getByTestId('import-input').setInputFiles(path.join(DEMO_DIR, demo));
    await expect.poll(() => page.getByTestId('figure-highlight').count(), WAIT).toBeGreaterThan(4);
    await cell(page, 0, 'value').waitFor();
    ids.accepted = await rowId(page, 0);
    ids.rejected = await rowId(page, 1);
    ids.corrected = await rowId(page, 2);

    await page.keyboard.press('n'); // into the grid: the first pending row
    await expect
      .poll(() => page.locator('.ag-cell-focus').first().getAttribute('col-id'), WAIT)
      .toBe('value');
    await page.keyboard.press('a');
    await expect.poll(() => statusOf(ids.accepted!), WAIT).toBe('confirmed');
    await page.keyboard.press('r'); // accept moved the focus to the next row
    await expect.poll(() => statusOf(ids.rejected!), WAIT).toBe('rejected');
    await page.keyboard.press('e');
    await page.locator('.ag-cell-inline-editing').waitFor(); // what the analyst sees before typing
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('777');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => stored().find((r) => r.id === ids.corrected), WAIT)
      .toMatchObject({
        value: 777,
        status: 'corrected',
      });
    const mark = (id: number) => page.locator(`[data-testid="figure-highlight"][data-indicator-id="${id}"]`);
    await expect.poll(() => mark(ids.rejected!).getAttribute('data-status'), WAIT).toBe('rejected');
    await expect.poll(() => mark(ids.accepted!).getAttribute('data-status'), WAIT).toBe('confirmed');
  });

  it('adds a figure from a text selection made with the keyboard, pre-filled, then undoes and redoes it', async () => {
    const { page } = s;
    const count = stored().length;
    const { offset, quote, text } = await findPlainNumber(page);
    expect(text).not.toContain('\r'); // one arrow press per character below
    await page.keyboard.press('t'); // into the article text
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('article-text');
    await page.keyboard.press('ControlOrMeta+Home');
    await pressTimes(page, 'ArrowRight', [...text.slice(0, offset)].length);
    await expect.poll(() => page.getByTestId('text-caret').isVisible()).toBe(true);
    await pressTimes(page, 'Shift+ArrowRight', [...quote].length);
    await expect.poll(() => selectedText(page)).toBe(quote);
    // The text cannot be changed: typing, deleting and pasting do nothing to it.
    await page.keyboard.type('9');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('ControlOrMeta+v');
    expect(await page.getByTestId('article-text').textContent()).toBe(text);
    await expect.poll(() => selectedText(page)).toBe(quote);

    await page.keyboard.press('i');
    await expect.poll(() => stored().length, WAIT).toBe(count + 1);
    const added = stored().at(-1)!;
    expect(added).toMatchObject({
      quote,
      status: 'added',
      span_start: offset,
      span_end: offset + quote.length,
    });
    // Pre-filled by the extractor: the number as the value, and a unit.
    expect(added.value).toBe(Number(/\d+(?:\.\d+)?/.exec(quote)![0]));
    expect(added.unit).not.toBe('');
    ids.added = added.id;
    // The grid's focus (what the next key acts on) follows the new figure once its row is loaded.
    await expect.poll(() => focusedRowId(page), WAIT).toBe(added.id);
    const addedMark = page.locator(`[data-testid="figure-highlight"][data-indicator-id="${added.id}"]`);
    await expect.poll(() => addedMark.getAttribute('data-status'), WAIT).toBe('added');

    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => stored().length, WAIT).toBe(count);
    await expect.poll(() => addedMark.count(), WAIT).toBe(0);
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect.poll(() => stored().length, WAIT).toBe(count + 1);
    await expect.poll(() => addedMark.count(), WAIT).toBe(1);
  });

  it('re-anchors a figure to a selection made with the keyboard', async () => {
    const { page } = s;
    const figure = stored().find((r) => r.id === ids.added)!;
    await page.keyboard.press('t');
    await page.keyboard.press('ControlOrMeta+Home');
    const { text } = await findPlainNumber(page);
    await pressTimes(page, 'ArrowRight', [...text.slice(0, figure.span_start)].length);
    await page.keyboard.press('Enter'); // choose the figure under the caret: its row in the grid
    await expect.poll(() => focusedRowId(page), WAIT).toBe(ids.added);
    await page.keyboard.press('t');
    const shorter = [...figure.quote].length - 1;
    await pressTimes(page, 'Shift+ArrowRight', shorter);
    await page.keyboard.press('m');
    await expect
      .poll(() => stored().find((r) => r.id === ids.added), WAIT)
      .toMatchObject({ span_start: figure.span_start, span_end: figure.span_start + shorter });
  });

  it('moves the caret by line, to a line’s ends and by word', async () => {
    const { page } = s;
    const caretAt = () =>
      page.getByTestId('article-text').evaluate((root) => {
        const sel = window.getSelection()!;
        const range = document.createRange();
        range.selectNodeContents(root);
        range.setEnd(sel.focusNode!, sel.focusOffset);
        return range.toString().length;
      });
    const { text, offset, quote } = await findPlainNumber(page);
    const firstBreak = text.indexOf('\n');
    await page.keyboard.press('t');
    await page.keyboard.press('ControlOrMeta+Home');
    expect(await caretAt()).toBe(0);
    await page.keyboard.press('End');
    expect(await caretAt()).toBe(firstBreak);
    await page.keyboard.press('Home');
    expect(await caretAt()).toBe(0);
    await page.keyboard.press('ArrowDown');
    expect(await caretAt()).toBe(firstBreak + 1);
    await page.keyboard.press('ArrowUp');
    expect(await caretAt()).toBe(0);
    // By word: a number with its decimals is one word.
    await pressTimes(page, 'ArrowRight', [...text.slice(0, offset)].length);
    await page.keyboard.press('ControlOrMeta+Shift+ArrowRight');
    expect(await selectedText(page)).toBe(/\d+(?:\.\d+)?/.exec(quote)![0]);
    await page.keyboard.press('ControlOrMeta+End');
    expect(await caretAt()).toBe(text.length);
    await page.keyboard.press('Escape');
    expect(await selectedText(page)).toBe('');

    // The help overlay lists the text keys beside the command that leads there.
    await page.keyboard.press('?');
    const help = page.getByTestId('help-overlay');
    await help.waitFor(WAIT);
    expect(await help.locator('[data-command="focusText"] kbd').textContent()).toBe('T');
    expect(await help.getByTestId('help-text-keys').textContent()).toMatch(/Shift\+→.*Esc.*Enter/s);
    await help.getByRole('button').last().click();
    await help.waitFor({ state: 'detached', ...WAIT });
  });

  it('shows the same state after a reload', async () => {
    const { page } = s;
    before = stored();
    const shown = await highlights(page);
    await page.reload();
    await expect.poll(() => highlights(page), WAIT).toEqual(shown);
    expect(stored()).toEqual(before);
    const corrected = grid(page).locator(`[row-id="${ids.corrected}"] [col-id="value"]`);
    await expect.poll(() => corrected.textContent(), WAIT).toBe('777');
  });

  it('lists each change in the history, with its command', async () => {
    const { page } = s;
    await page.keyboard.press('h');
    const panel = page.getByTestId('history-panel');
    await panel.waitFor();
    await panel.getByRole('button', { name: /本文|This article/ }).click();
    const entries = panel.getByTestId('history-entry');
    await expect
      .poll(
        async () => new Set(await entries.evaluateAll((es) => es.map((e) => e.getAttribute('data-command')))),
        WAIT,
      )
      .toEqual(new Set(['accept', 'reject', 'edit', 'add', 'undo', 'redo', 'reanchor']));
  });

  it('refuses a stale write from a second tab, with a message', async () => {
    const { page } = s;
    const other = await s.context.newPage();
    await other.goto(s.app.server.url);
    await cell(other, 0, 'value').waitFor();
    await other.bringToFront();
    await other.keyboard.press('n'); // the first pending row
    const target = await focusedRowId(other);
    await other.keyboard.press('r');
    await expect.poll(() => statusOf(target), WAIT).toBe('rejected');

    await page.bringToFront();
    // This tab still shows that row as pending, at its old version ("next pending" would ask the store
    // and skip it, so the analyst picks it from the grid).
    await grid(page).locator(`[row-id="${target}"] [col-id="value"]`).click();
    await expect.poll(() => focusedRowId(page), WAIT).toBe(target);
    await page.keyboard.press('a');
    const banner = page.getByTestId('error-banner');
    await banner.waitFor(WAIT);
    expect(await banner.getAttribute('data-code')).toBe('stale');
    expect(await banner.textContent()).toMatch(/他处修改|changed elsewhere/);
    expect(statusOf(target)).toBe('rejected');
    await other.close();
  });
});
