// Drives the indicator grid in Chromium for the grid benchmark. Each step is timed inside the page,
// from the input event's own timestamp to the animation frame in which the grid shows the awaited
// row, so the figure is the app's and not the driver's round trips (also reported, as "outer").
// Waits are on what the grid shows (a row id at an index), never on fixed delays.
import type { Locator, Page } from 'playwright-core';

const GRID = '[data-testid="indicator-grid"]';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

type Check = { kind: 'first' | 'firstNot'; id: string } | { kind: 'near'; index: number };

/** Runs in the page: is the grid showing what we wait for? Then how long since the input. */
function shown({ grid, check }: { grid: string; check: Check }): { ms: number } | false {
  const rows = (sel: string) => [...document.querySelectorAll(`${grid} [role="row"]${sel}`)];
  let ok = false;
  if (check.kind === 'first') {
    ok = rows(`[row-index="0"][row-id="${check.id}"]`).some((row) =>
      [...row.querySelectorAll('.ag-cell')].some((c) => c.textContent),
    );
  } else if (check.kind === 'firstNot') {
    const row = rows('[row-index="0"][row-id]')[0];
    ok = row !== undefined && row.getAttribute('row-id') !== check.id;
  } else if (check.kind === 'near') {
    const at = check.index;
    ok = rows('[row-index][row-id]').some((r) => Math.abs(Number(r.getAttribute('row-index')) - at) < 200);
  }
  if (!ok) return false;
  const t0 = (window as unknown as { __benchInput?: number }).__benchInput;
  return { ms: t0 === undefined ? -1 : performance.now() - t0 };
}

export interface Timing {
  /** From the input event to the frame showing the result, measured in the page. */
  app: number;
  /** The same, seen from the driver (its round trips to the browser included). */
  outer: number;
}

export class GridDriver {
  readonly page: Page;
  private inFlight = 0;
  private idle: (() => void)[] = [];

  constructor(page: Page) {
    this.page = page;
    const isApi = (url: string) => url.includes('/api/');
    page.on('request', (r) => {
      if (isApi(r.url())) this.inFlight++;
    });
    const done = (url: string) => {
      if (!isApi(url)) return;
      this.inFlight--;
      if (this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
    };
    page.on('requestfinished', (r) => done(r.url()));
    page.on('requestfailed', (r) => done(r.url()));
  }

  rowAt(index: number): Locator {
    return this.page.locator(`${GRID} [role="row"][row-index="${index}"][row-id] [col-id="value"]`);
  }

  /** No API call in flight, still none a frame later (a render may start the next one). */
  async settled(): Promise<void> {
    for (;;) {
      if (this.inFlight > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
      await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      if (this.inFlight === 0) return;
    }
  }

  /** The next pointer, key or input event starts the clock (its own timestamp, not the handler's). */
  private async armClock(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __benchInput?: number };
      delete w.__benchInput;
      const start = (e: Event) => {
        w.__benchInput ??= e.timeStamp;
        for (const t of ['pointerdown', 'keydown', 'input']) removeEventListener(t, start, true);
      };
      for (const t of ['pointerdown', 'keydown', 'input']) addEventListener(t, start, true);
    });
  }

  private async until(check: Check): Promise<number> {
    const handle = await this.page.waitForFunction(shown, { grid: GRID, check });
    return ((await handle.jsonValue()) as { ms: number }).ms;
  }

  async waitForFirstRow(id: string): Promise<number> {
    return this.until({ kind: 'first', id });
  }

  async waitForFirstRowNot(id: string): Promise<number> {
    return this.until({ kind: 'firstNot', id });
  }

  async waitForRowNear(index: number): Promise<number> {
    return this.until({ kind: 'near', index });
  }

  /** Times an input (click, key, fill, scroll) until the grid shows the result. */
  async timed(act: () => Promise<unknown>, done: () => Promise<number>): Promise<Timing> {
    await this.armClock();
    const t0 = performance.now();
    await act();
    const app = await done();
    return { app, outer: performance.now() - t0 };
  }

  /** Scrolling has no input event when set by script: the clock starts as it is set. */
  async scrollTo(share: number): Promise<void> {
    await this.page.locator(`${GRID} .ag-grid-viewport`).evaluate((el, s) => {
      (window as unknown as { __benchInput?: number }).__benchInput = performance.now();
      el.scrollTop = s * (el.scrollHeight - el.clientHeight);
    }, share);
  }

  /** Scrolls the grid sideways until the column's header is drawn (columns are virtualised too). */
  async revealColumn(colId: string): Promise<void> {
    await this.page.locator(`${GRID} .ag-grid-viewport`).evaluate(async (el, id) => {
      const host = el.closest('[data-testid="indicator-grid"]')!;
      const drawn = () => host.querySelector(`.ag-header-cell[col-id="${id}"]`);
      for (let left = 0; !drawn() && left <= el.scrollWidth; left += 200) {
        el.scrollLeft = left;
        await new Promise((r) => requestAnimationFrame(r));
      }
    }, colId);
  }

  async clickHeader(colId: string): Promise<void> {
    await this.revealColumn(colId);
    await this.page.locator(`${GRID} .ag-header-cell[col-id="${colId}"] .ag-header-cell-label`).click();
  }

  /** Opens the column's filter from its header button; resolves with its text input. */
  async openFilter(colId: string): Promise<Locator> {
    await this.revealColumn(colId);
    await this.page
      .locator(`${GRID} .ag-header-cell[col-id="${colId}"] .ag-header-cell-filter-button`)
      .click();
    const input = this.page.locator('.ag-filter .ag-filter-body input').first();
    await input.waitFor();
    return input;
  }

  async startEdit(index: number): Promise<void> {
    await this.revealColumn('value');
    await this.rowAt(index).dblclick();
    await this.page.locator(`${GRID} .ag-cell-inline-editing`).waitFor();
    await this.page.keyboard.press('ControlOrMeta+a');
  }

  /**
   * Presses Enter and waits for the store's answer to the edit. In the page: from the key's event
   * timestamp to the end of the updateIndicator response (Resource Timing).
   */
  async commitEdit(): Promise<Timing> {
    await this.armClock();
    await this.page.evaluate(() => performance.clearResourceTimings());
    const t0 = performance.now();
    await Promise.all([
      this.page.waitForResponse((r) => r.url().includes('/api/updateIndicator') && r.ok()),
      this.page.keyboard.press('Enter'),
    ]);
    const outer = performance.now() - t0;
    const app = await this.page.evaluate(() => {
      const entry = performance
        .getEntriesByType('resource')
        .find((e) => e.name.includes('/api/updateIndicator')) as PerformanceResourceTiming | undefined;
      const start = (window as unknown as { __benchInput?: number }).__benchInput;
      return entry && start !== undefined ? entry.responseEnd - start : -1;
    });
    return { app, outer };
  }
}
