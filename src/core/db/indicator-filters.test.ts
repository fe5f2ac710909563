// Column filters with two conditions, on a real store: AND narrows, OR widens, and the two mix with
// other columns' filters as the grid sends them.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorFilter } from '../../shared/api.ts';
import { apiSchemas } from '../../shared/api.ts';
import { makeIndicator } from '../../shared/testing/indicator.ts';
import { tempDir } from '../testing/temp.ts';
import { insertIndicators, listIndicators } from './indicators.repo.ts';
import { openStore, type Db } from './open.ts';

const tmp = tempDir();
let db: Db;
/** Row id by a name the test reads: subject/value. */
const ids = new Map<string, number>();

const ROWS: [subject: string, value: number | null, period: string | null][] = [
  ['临江高新区', 5, '2023年'],
  ['临江高新区', 50, null],
  ['临江高新区', 500, '2024年'],
  ['北城经开区', 8, '2024年'],
  ['北城经开区', 80, ''],
  ['南湖园区', 300, '2023年'],
  ['南湖园区', null, '2024年'],
];

beforeAll(() => {
  db = openStore(path.join(tmp.dir, 'tally.db')).db;
  const article = Number(
    db
      .prepare(
        `INSERT INTO articles (title, content_hash, original_text, clean_text, imported_at)
         VALUES ('示例', 'h', '示例文本', '示例文本', '2024-01-01T00:00:00Z')`,
      )
      .run().lastInsertRowid,
  );
  const figures = ROWS.map(([subject, value, period], i) =>
    makeIndicator({ start: i * 10, end: i * 10 + 5, subject, value, period }),
  );
  insertIndicators(db, article, figures, 'pending', '2024-01-01T00:00:00Z').forEach((id, i) => {
    const [subject, value] = ROWS[i]!;
    ids.set(`${subject}/${value}`, id);
  });
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

/** The rows a set of filters returns, by name, and the count the grid is told. */
function matching(filters: IndicatorFilter[]): { names: string[]; total: number } {
  const query = apiSchemas.listIndicators.parse({ filters, sort: [{ field: 'id', dir: 'asc' }] });
  const page = listIndicators(db, query);
  const byId = new Map([...ids].map(([name, id]) => [id, name]));
  return { names: page.items.map((r) => byId.get(r.id)!), total: page.total };
}

describe('column filters with two conditions', () => {
  it('AND: both conditions on the value hold', () => {
    expect(
      matching([
        { field: 'value', op: 'greaterThan', value: 6 },
        { field: 'value', op: 'lessThan', value: 100 },
      ]),
    ).toEqual({ names: ['临江高新区/50', '北城经开区/8', '北城经开区/80'], total: 3 });
  });

  it('OR: either condition on the value holds', () => {
    expect(
      matching([{ field: 'value', op: 'lessThan', value: 6, or: [{ op: 'greaterThan', value: 400 }] }]),
    ).toEqual({ names: ['临江高新区/5', '临江高新区/500'], total: 2 });
  });

  it('OR: either subject, and each OR group still ANDs with the other columns', () => {
    const either: IndicatorFilter = {
      field: 'subject',
      op: 'equals',
      value: '北城经开区',
      or: [{ op: 'equals', value: '南湖园区' }],
    };
    expect(matching([either])).toEqual({
      names: ['北城经开区/8', '北城经开区/80', '南湖园区/300', '南湖园区/null'],
      total: 4,
    });
    expect(matching([either, { field: 'value', op: 'inRange', value: 50, to: 300 }])).toEqual({
      names: ['北城经开区/80', '南湖园区/300'],
      total: 2,
    });
  });

  it('OR with operators that take no value or negate, without leaking past the group', () => {
    // Blank periods, or periods that do not mention 2024: the NULL and '' rows and the 2023 rows.
    const period: IndicatorFilter = {
      field: 'period',
      op: 'blank',
      or: [{ op: 'notContains', value: '2024' }],
    };
    expect(matching([period]).names).toEqual([
      '临江高新区/5',
      '临江高新区/50',
      '北城经开区/80',
      '南湖园区/300',
    ]);
    // Were the OR not parenthesised, the subject condition would bind only to its last branch.
    expect(matching([period, { field: 'subject', op: 'equals', value: '临江高新区' }]).names).toEqual([
      '临江高新区/5',
      '临江高新区/50',
    ]);
  });

  it('is refused at the boundary with an unknown operator among the alternatives', () => {
    const bad = { field: 'value', op: 'lessThan', value: 1, or: [{ op: 'regex', value: '.*' }] };
    expect(apiSchemas.listIndicators.safeParse({ filters: [bad] }).success).toBe(false);
  });
});
