import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../shared/domain.ts';
import { touchedBy } from './touched.ts';

const row = (id: number, articleId: number, version: number) => ({ id, articleId, version }) as Indicator;

describe('touchedBy', () => {
  it('names each article an edit touched, once', () => {
    expect(touchedBy([row(1, 7, 2), row(2, 7, 3), row(3, 9, 2)], 0)).toEqual([7, 9]);
  });

  it('asks for a full refresh when rows were added or removed', () => {
    expect(touchedBy([row(1, 7, 1)], 0)).toBeNull();
    expect(touchedBy([], 1)).toBeNull();
  });

  it('asks for a full refresh when a bulk change spans many articles', () => {
    const rows = Array.from({ length: 21 }, (_, i) => row(i + 1, i + 1, 2));
    expect(touchedBy(rows, 0)).toBeNull();
  });
});
