import type { IGetRowsParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import type { AppApi } from '../../shared/api.ts';
import type { Indicator } from '../../shared/domain.ts';
import { makeIndicator } from '../../shared/testing/indicator.ts';
import { scopedDatasource, type Scope } from './datasource.ts';

/** A store of `n` rows over articles 1 and 2 that answers listIndicators as core does, and logs counts. */
function storeOf(n: number) {
  const rows: Indicator[] = Array.from({ length: n }, (_, i) =>
    makeIndicator({ id: i + 1, articleId: i < 30 ? 1 : 2, subject: i % 2 ? '北城' : '临江' }),
  );
  const counted: string[] = [];
  const store: Pick<AppApi, 'listIndicators'> = {
    async listIndicators(q) {
      const subject = q.filters?.[0]?.value;
      const hits = rows.filter(
        (r) =>
          (q.articleId === undefined || r.articleId === q.articleId) && (!subject || r.subject === subject),
      );
      if (q.count) counted.push(`${q.articleId ?? 'corpus'}${subject ? `/${subject}` : ''}`);
      const offset = q.offset ?? 0;
      return {
        items: hits.slice(offset, offset + (q.limit ?? 100)),
        total: q.count === false ? -1 : hits.length,
      };
    },
  };
  return { rows, store, counted };
}

const bySubject = (subject: string) => ({ subject: { filterType: 'text', type: 'equals', filter: subject } });

function setup(n: number) {
  const s = storeOf(n);
  const scope: Scope = { articleId: null };
  const reported: number[] = [];
  const source = scopedDatasource(
    s.store,
    () => scope,
    (e) => {
      throw e;
    },
    (total) => reported.push(total),
  );
  /** Asks for rows 0–100 of the scope, as the grid does; resolves with the row count it was given. */
  const page = (filterModel: object = {}, startRow = 0) =>
    new Promise<number | undefined>((resolve, reject) => {
      source.getRows({
        startRow,
        endRow: startRow + 100,
        sortModel: [],
        filterModel,
        successCallback: (_rows, lastRow) => resolve(lastRow),
        failCallback: reject,
        context: undefined,
      } as Partial<IGetRowsParams> as IGetRowsParams); // the datasource reads only these
    });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { ...s, scope, source, reported, page, settle };
}

describe('the grid datasource', () => {
  it('shows the first rows before counting, and counts a view once however often it reopens', async () => {
    const g = setup(250);
    expect(await g.page()).toBeUndefined(); // a full page: the count follows
    await g.settle();
    expect(g.reported).toEqual([250]);
    g.scope.articleId = 1;
    expect(await g.page()).toBe(30); // a short page is its own count
    g.scope.articleId = null;
    expect(await g.page()).toBe(250);
    expect(await g.page({}, 100)).toBe(250);
    expect(g.counted).toEqual(['corpus']);
  });

  it('keeps counts per filter, and drops filtered ones on any write, all of them when rows come or go', async () => {
    const g = setup(400);
    await g.page();
    await g.page(bySubject('临江'));
    await g.settle();
    expect(g.counted).toEqual(['corpus', 'corpus/临江']);
    expect(await g.page(bySubject('临江'))).toBe(200);

    g.source.wrote(false); // an edit: a status or subject may have changed, not the number of rows
    expect(await g.page()).toBe(400);
    expect(await g.page(bySubject('临江'))).toBeUndefined();
    await g.settle();
    expect(g.counted).toEqual(['corpus', 'corpus/临江', 'corpus/临江']);

    g.rows.push(makeIndicator({ id: 401, articleId: 2, subject: '临江' }));
    g.source.wrote(true);
    expect(await g.page()).toBeUndefined();
    await g.settle();
    expect(g.reported.at(-1)).toBe(401);
  });

  it('corrects a kept count from a short page', async () => {
    const g = setup(250);
    await g.page();
    await g.settle();
    g.rows.splice(120); // rows removed elsewhere: the kept 250 is stale
    expect(await g.page({}, 100)).toBe(120);
    expect(await g.page()).toBe(120);
  });

  it('reports a late count only for the view still shown, and keeps it for later', async () => {
    const g = setup(400);
    void g.page(bySubject('北城')); // its count will be on its way when the view changes
    g.scope.articleId = 1;
    await g.page();
    await g.settle();
    expect(g.counted).toEqual(['corpus/北城']);
    expect(g.reported).toEqual([]);
    g.scope.articleId = null;
    expect(await g.page(bySubject('北城'))).toBe(200);
  });
});
