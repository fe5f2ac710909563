// Whole invented articles (none from real ones): a regional GDP report, investment promotion news in
// traditional script and a park's half-year report, each with the figures an analyst would enter.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../index.ts';
import { check } from './check.ts';

describe('a regional GDP report', () => {
  const body =
    '前三季度，青禾市实现地区生产总值3,215.6亿元，同比增长5.8%。第二产业增加值1,402.7亿元，增长6.9%。\n' +
    '全市一般公共预算收入215.3亿元，其中税收收入168.2亿元，占比78.1%。\n' +
    '截至9月末，全市市场主体总量达52.6万户，较年初净增3.1万户。';

  it('reads thousands, shares and net additions', () =>
    check(
      body,
      [
        { quote: '3,215.6亿元', value: 3215.6, category: 'gdp', subject: '青禾市' },
        { quote: '5.8%', measure: 'change', category: 'gdp' },
        { quote: '1,402.7亿元', value: 1402.7, name: '第二产业增加值' },
        { quote: '6.9%', measure: 'change' },
        { quote: '215.3亿元', category: 'fiscal', name: '一般公共预算收入' },
        { quote: '168.2亿元', category: 'fiscal', name: '税收收入' },
        { quote: '78.1%', measure: 'ratio', category: 'fiscal' },
        { quote: '52.6万户', category: 'enterprises', periodNorm: '2024-09' },
        { quote: '3.1万户', measure: 'change', category: 'enterprises' },
      ],
      '青禾市前三季度经济运行情况',
    ));
});

describe('investment promotion news in traditional script', () => {
  const body =
    '今年以來，南湖經開區共簽約項目48個，總投資約326億元，其中超10億元項目9個。\n' +
    '區內企業華辰股份今年一季度實現營業收入8.6億元，淨利潤1.1億元。\n' +
    '園區推進股份制改革，全年新增市場主體1,200戶。';

  it('skips a size class, names a listed company and keeps the park elsewhere', () =>
    check(
      body,
      [
        { quote: '48個', category: 'projects', subject: '南湖经开区' },
        { quote: '約326億元', approx: 'about', category: 'investment' },
        { quote: '9個', category: 'projects' },
        { quote: '8.6億元', subject: '华辰股份', indicator: '营业收入', periodNorm: '2024-Q1' },
        { quote: '1.1億元', subject: '华辰股份', category: 'profit' },
        { quote: '1,200戶', value: 1200, subject: '南湖经开区' },
      ],
      '南湖經開區招商引資再創佳績',
    ));
});

describe('a park half-year report under headings', () => {
  const body =
    '一、主要指标\n上半年，科学城实现技工贸总收入1,520亿元，同比增长\n11.3%。\n' +
    '二、下半年目标\n全年技工贸总收入力争突破3,200亿元。新引进重大项目30个。';

  it('names what the verb achieves and lets the goal heading govern its paragraph', () => {
    check(
      body,
      [
        { quote: '1,520亿元', indicator: '技工贸总收入', kind: 'actual', subject: '东川科学城' },
        { quote: '11.3%', measure: 'change', indicator: '技工贸总收入', kind: 'actual' },
        { quote: '突破3,200亿元', indicator: '技工贸总收入', kind: 'target' },
        { quote: '30个', kind: 'target', category: 'projects' },
      ],
      '东川科学城上半年经济运行情况',
    );
    expect(analyseArticle(`东川科学城简报\n${body}`).subject).toBe('东川科学城');
  });
});
