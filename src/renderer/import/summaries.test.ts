// The batch summary across follow-ups: a mapped list replaces its skip line with what it imported,
// a cancelled mapping says so, and files left out of a folder stay listed with their reason.
import { describe, expect, it } from 'vitest';
import type { ImportSummary, UnmappedList } from '../../shared/domain.ts';
import {
  mappableHeaders,
  mappingOf,
  mappingRequests,
  markSkipped,
  replaceFile,
  withSkipped,
} from './summaries.ts';

const columns: UnmappedList = {
  sheet: null,
  headers: ['报道标题', '稿件正文'],
  sample: ['东港园区签约', '东港园区本月签约项目7个。'],
  recognised: {},
};
const batch: ImportSummary = {
  imported: [{ id: 1, title: '东港', file: 'a.txt', indicators: 2 }],
  duplicates: [],
  skipped: [
    { file: 'odd.csv', reason: 'no text column was recognised', columns },
    { file: 'photo.txt', reason: 'the file is binary' },
  ],
  counts: { imported: 1, duplicates: 0, nearDuplicates: 0 },
};
const picked = (name: string) => ({ name, dataBase64: 'eA==' });

describe('the import summary across follow-ups', () => {
  it('offers only skipped lists whose file is still at hand', () => {
    expect(mappingRequests(batch, [picked('a.txt'), picked('odd.csv'), picked('photo.txt')])).toEqual([
      { file: picked('odd.csv'), name: 'odd.csv', columns },
    ]);
    expect(mappingRequests(batch, [picked('a.txt')])).toEqual([]);
  });

  it('replaces the skip line of a mapped list with what it imported, counts included', () => {
    const again: ImportSummary = {
      imported: [
        { id: 2, title: '甲', file: 'odd.csv row 2', indicators: 1 },
        { id: 3, title: '乙', file: 'odd.csv row 3', indicators: 0 },
      ],
      duplicates: [{ file: 'odd.csv row 4', existingId: 1 }],
      skipped: [],
      nearDuplicates: [{ file: 'odd.csv row 3', id: 3, similarTo: [{ id: 1, similarity: 0.8 }] }],
    };
    const merged = replaceFile(batch, 'odd.csv', again);
    expect(merged.imported.map((a) => a.id)).toEqual([1, 2, 3]);
    expect(merged.skipped.map((s) => s.file)).toEqual(['photo.txt']);
    expect(merged.duplicates).toEqual(again.duplicates);
    expect(merged.nearDuplicates).toEqual(again.nearDuplicates);
    expect(merged.counts).toEqual({ imported: 3, duplicates: 1, nearDuplicates: 1 });
  });

  it('keeps a cancelled list skipped with the new reason, no longer mappable', () => {
    const after = markSkipped(batch, 'odd.csv', 'column mapping cancelled');
    expect(after.skipped[0]).toEqual({ file: 'odd.csv', reason: 'column mapping cancelled' });
    expect(mappingRequests(after, [picked('odd.csv')])).toEqual([]);
    expect(after.skipped[1]).toBe(batch.skipped[1]);
  });

  it('lists files the folder reader left out first', () => {
    const left = [{ file: 'big.txt', reason: 'the file is 70.0 MB' }];
    expect(withSkipped(batch, left).skipped.map((s) => s.file)).toEqual(['big.txt', 'odd.csv', 'photo.txt']);
    expect(withSkipped(batch, [])).toBe(batch);
  });

  it('maps by headers the API can take, and sends only the fields chosen', () => {
    const long = '列'.repeat(200);
    expect(mappableHeaders(['标题x', '', '正文x', '标题x', long, `${long}…`])).toEqual([
      '标题x',
      '正文x',
      long,
    ]);
    expect(mappingOf({ content: '正文x', title: '', date: undefined, url: '链接x' })).toEqual({
      content: '正文x',
      url: '链接x',
    });
  });
});
