import { describe, expect, it } from 'vitest';
import { analyseArticle, toEvalJson } from './index.ts';
import { findPublished, findTitle } from './article.ts';

describe('article facts', () => {
  it.each<[string, string | null]>([
    ['标题\n2023-02-17 10:06:00\n正文', '2023-02-17'],
    ['标题\n发布日期：2023年2月17日\n正文', '2023-02-17'],
    ['标题\n时间: 2022/11/3', '2022-11-03'],
    ['（某报7月25日02版）正文', null],
    ['Copyright © 2005-2023 某网站', null],
  ])('published of %j is %s', (text, expected) => {
    expect(findPublished(text)).toBe(expected);
  });

  it('skips navigation lines when finding the title', () => {
    expect(findTitle('首页 资讯 > 正文\n\n园区经济开门红\n正文')).toBe('园区经济开门红');
  });
});

describe('analyseArticle and toEvalJson', () => {
  const text =
    '\uFEFF北城高新区一季度开门红\n2023-04-10 09:00:00\n今年一季度，北城高新区完成固定资产投资超64亿元，同比增长12%。';
  const analysis = analyseArticle(text);

  it('finds title, date, subject and figures', () => {
    expect(analysis.published).toBe('2023-04-10');
    expect(analysis.subject).toBe('北城高新区');
    expect(analysis.figures.map((f) => f.quote)).toEqual(['超64亿元', '12%']);
  });

  it('writes the SCHEMA.md form with quotes that match the text', () => {
    const json = toEvalJson('a.txt', analysis, text) as {
      indicators: { start: number; end: number; quote: string; period_norm: string | null; norm: object }[];
    };
    expect(json).toMatchObject({ article: 'a.txt', published: '2023-04-10', subject: '北城高新区' });
    for (const i of json.indicators) expect(text.slice(i.start, i.end)).toBe(i.quote);
    expect(json.indicators[0]).toMatchObject({ period_norm: '2023-Q1', norm: { value: 6.4e9, unit: 'CNY' } });
    expect(json.indicators[1]).toMatchObject({ measure: 'change', category: 'investment' });
  });
});
