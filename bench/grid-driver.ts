// Drives the indicator grid in Chromium for the grid benchmark: waits on what the grid shows (a row
// id at an index), never on fixed delays, and knows when the page has no API call in flight.
import type { Locator, Page } from 'playwright-core';

const GRID = '[data-testid="indicator-grid"]';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
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

  async timed(act: () => Promise<unknown>, done: () => Promise<unknown>): Promise<number> {
    const t0 = performance.now();
    await act();
    await done();
    return performance.now() - t0;
  }

  /** Row 0 is drawn with this id and its cells (the page it belongs to has arrived). */
  async waitForFirstRow(id: string): Promise<void> {
    await this.page.waitForFunction(
      ([grid, want]) => {
        const parts = document.querySelectorAll(`${grid} [role="row"][row-index="0"][row-id="${want}"]`);
        return [...parts].some((row) => [...row.querySelectorAll('.ag-cell')].some((c) => c.textContent));
      },
      [GRID, id] as const,
    );
  }

  async waitForFirstRowNot(id: string): Promise<void> {
    await this.page.waitForFunction(
      ([grid, not]) => {
        const row = document.querySelector(`${grid} [role="row"][row-index="0"][row-id]`);
        return row !== null && row.getAttribute('row-id') !== not;
      },
      [GRID, id] as const,
    );
  }

  async waitForRowNear(target: number): Promise<void> {
    await this.page.waitForFunction(
      ([grid, at]) =>
        [...document.querySelectorAll(`${grid} [role="row"][row-index][row-id]`)].some(
          (r) => Math.abs(Number(r.getAttribute('row-index')) - at) < 200,
        ),
      [GRID, target] as const,
    );
  }

  async scrollTo(share: number): Promise<void> {
    await this.page.locator(`${GRID} .ag-grid-viewport`).evaluate((el, s) => {
      el.scrollTop = s * (el.scrollHeight - el.clientHeight);
    }, share);
  }

  async clickHeader(colId: string): Promise<void> {
    await this.revealColumn(colId);
    await this.page.locator(`${GRID} .ag-header-cell[col-id="${colId}"] .ag-header-cell-label`).click();
  }

  /** Scrolls the grid sideways until the column's header is drawn (columns are virtualised too). */
  async revealColumn(colId: string): Promise<void> {
    await this.page.locator(`${GRID} .ag-grid-viewport`).evaluate(async (el, id) => {
      const drawn = () =>
        el.closest('[data-testid="indicator-grid"]')!.querySelector(`.ag-header-cell[col-id="${id}"]`);
      for (let left = 0; !drawn() && left <= el.scrollWidth; left += 200) {
        el.scrollLeft = left;
        await new Promise((r) => requestAnimationFrame(r));
      }
    }, colId);
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
    await this.rowAt(index).dblclick();
    await this.page.locator(`${GRID} .ag-cell-inline-editing`).waitFor();
    await this.page.keyboard.press('ControlOrMeta+a');
  }

  /** Presses Enter and times it until the store has answered the edit. */
  async commitEdit(): Promise<number> {
    const t0 = performance.now();
    await Promise.all([
      this.page.waitForResponse((r) => r.url().includes('/api/updateIndicator') && r.ok()),
      this.page.keyboard.press('Enter'),
    ]);
    return performance.now() - t0;
  }
}
