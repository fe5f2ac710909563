// Invented sentences in the style of regional and park economic news (none copied from real
// articles), each with the figures an analyst would enter by hand: the generalisation suite.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../index.ts';
import { article, check, type Expect } from './check.ts';

describe.each<[string, string, Expect[]]>([
  [
    'investment with change and share',
    '上半年，北塘科技城完成固定资产投资86.4亿元，同比增长11.2%，其中工业投资42.1亿元，占比48.7%。',
    [
      {
        quote: '86.4亿元',
        value: 86.4,
        measure: 'level',
        category: 'investment',
        name: '固定资产投资',
        periodNorm: '2024-H1',
        kind: 'actual',
      },
      { quote: '11.2%', measure: 'change', category: 'investment', periodNorm: '2024-H1' },
      { quote: '42.1亿元', category: 'investment', name: '工业投资' },
      { quote: '48.7%', measure: 'ratio', category: 'investment' },
    ],
  ],
  [
    'output with decline',
    '1至6月，园区规上工业总产值312亿元，同比下降3.5%。',
    [
      { quote: '312亿元', category: 'output', name: '规上工业总产值', periodNorm: '2024-01..2024-06' },
      { quote: '3.5%', value: -3.5, measure: 'change', category: 'output' },
    ],
  ],
  [
    'trade in dollars',
    '今年前5个月，园区实现进出口总额18.6亿美元，其中出口12.3亿美元。',
    [
      { quote: '18.6亿美元', unit: '亿美元', category: 'trade', name: '进出口总额' },
      { quote: '12.3亿美元', category: 'trade', name: '出口' },
    ],
  ],
  [
    'enterprises, new and total',
    '截至6月底，全区拥有国家高新技术企业528家，今年新增高企37家。',
    [
      { quote: '528家', category: 'enterprises', name: '高新技术企业', kind: 'actual' },
      { quote: '37家', category: 'enterprises', name: '高企' },
    ],
  ],
  [
    'projects with investment',
    '二季度集中开工项目26个，总投资158亿元。',
    [
      { quote: '26个', category: 'projects', name: '项目' },
      { quote: '158亿元', category: 'investment', name: '总投资' },
    ],
  ],
  [
    'platforms',
    '园区新建省级以上研发平台5个，累计建成众创空间12家。',
    [
      { quote: '5个', category: 'platforms', name: '研发平台' },
      { quote: '12家', category: 'platforms', name: '众创空间' },
    ],
  ],
  [
    'talent',
    '全年引进高层次人才260名，其中博士86人。',
    [
      { quote: '260名', category: 'people', name: '人才' },
      { quote: '86人', category: 'people', name: '博士' },
    ],
  ],
  [
    'land',
    '上半年新增供地1260亩，盘活闲置土地320亩。',
    [
      { quote: '1260亩', category: 'area', unit: '亩' },
      { quote: '320亩', category: 'area', unit: '亩' },
    ],
  ],
  [
    'capacity and energy',
    '项目建成后年产能达20万吨，新增光伏装机容量15万千瓦。',
    [
      { quote: '20万吨', category: 'capacity', kind: 'forecast' },
      { quote: '15万千瓦', category: 'capacity', unit: '万千瓦' },
    ],
  ],
  [
    'fiscal',
    '一般公共预算收入完成24.8亿元，增长6.3%；税收收入19.2亿元。',
    [
      { quote: '24.8亿元', category: 'fiscal', name: '一般公共预算收入' },
      { quote: '6.3%', measure: 'change', category: 'fiscal' },
      { quote: '19.2亿元', category: 'fiscal', name: '税收收入' },
    ],
  ],
  [
    'target with 力争',
    '下半年，园区力争完成固定资产投资100亿元以上。',
    [{ quote: '100亿元以上', approx: 'over', kind: 'target', category: 'investment', periodNorm: '2024-H2' }],
  ],
  [
    'forecast with 预计',
    '预计全年地区生产总值增长7%左右。',
    [
      {
        quote: '7%左右',
        approx: 'about',
        measure: 'change',
        kind: 'forecast',
        category: 'gdp',
        periodNorm: '2024',
      },
    ],
  ],
  [
    'target to 2026',
    '到2026年，园区营业收入突破2000亿元，集聚规上企业超300家。',
    [
      { quote: '突破2000亿元', approx: 'over', kind: 'target', category: 'revenue', periodNorm: '2026' },
      { quote: '超300家', approx: 'over', kind: 'target', category: 'enterprises' },
    ],
  ],
  [
    'percentage points shared by a list',
    '工业投资和技改投资增速分别高于全市3.2、1.8个百分点。',
    [
      { quote: '3.2', value: 3.2, unit: '个百分点', measure: 'pp' },
      { quote: '1.8个百分点', value: 1.8, measure: 'pp' },
    ],
  ],
  [
    'ranges',
    '每年新增专精特新企业10—15家，单个项目投资5~8亿元。',
    [
      { quote: '10—15家', range: [10, 15], category: 'enterprises' },
      { quote: '5~8亿元', range: [5, 8], category: 'investment' },
    ],
  ],
  [
    'multiples and ranks',
    '园区产值较五年前翻了一番，综合排名位列全省第3位。',
    [
      { quote: '翻了一番', measure: 'multiple', value: 1 },
      { quote: '第3位', measure: 'rank', value: 3 },
    ],
  ],
  [
    'Chinese numerals',
    '园区新增上市企业三家，引进项目二十六个。',
    [
      { quote: '三家', value: 3, category: 'enterprises' },
      { quote: '二十六个', value: 26, category: 'projects' },
    ],
  ],
  [
    'over qualifiers',
    '全年接待游客逾120万人次，旅游收入超过9亿元。',
    [
      { quote: '逾120万人次', approx: 'over', unit: '万人次', value: 120 },
      { quote: '超过9亿元', approx: 'over', category: 'revenue' },
    ],
  ],
])('%s', (_name, body, expected) => {
  it(body, () => check(body, expected));
});

describe('traditional-script and noisy text', () => {
  it('reads a traditional article and reports traditional quotes', () => {
    check('今年上半年，園區完成固定資產投資45.6億元，同比增長9.1%，新增企業兩百家。', [
      { quote: '45.6億元', value: 45.6, unit: '亿元', category: 'investment', periodNorm: '2024-H1' },
      { quote: '9.1%', measure: 'change' },
      { quote: '兩百家', value: 200, category: 'enterprises' },
    ]);
  });

  it('reads full-width digits and a number broken across lines', () => {
    check('园区实现营业收入１２３．４亿元，出口额4.\n7亿美元。', [
      { quote: '１２３．４亿元', value: 123.4, category: 'revenue' },
      { quote: '4.\n7亿美元', value: 4.7, category: 'trade' },
    ]);
  });
});

describe('subjects and periods beyond the sentence', () => {
  it('takes the period from a heading line above the paragraph', () => {
    const found = analyseArticle(
      article('一、2023年主要指标\n园区实现工业总产值520亿元。\n完成固定资产投资88亿元。'),
    ).figures;
    expect(found.map((f) => f.periodNorm)).toEqual(['2023', '2023']);
    expect(found.map((f) => f.kind)).toEqual(['actual', 'actual']);
  });

  it('does not take 去年同期 as the period of a change', () => {
    const [, change] = analyseArticle(article('上半年园区完成投资50亿元，比去年同期增长12%。')).figures;
    expect(change?.periodNorm).toBe('2024-H1');
  });
});

describe('subjects without a name ending', () => {
  it('takes an industry named with its place as the subject of its output', () => {
    const text = article('东坪县大力发展家居产业。东坪智能家居产业年产值突破80亿元。', '东坪县产业发展');
    expect(analyseArticle(text).figures[0]).toMatchObject({
      quote: '突破80亿元',
      subject: '东坪智能家居产业',
    });
  });

  it('takes whoever opens a ranking clause as the subject of the rank', () => {
    const text = article('北塘科技城企业表现亮眼。星禾智造位列全国智能装备企业第12位。');
    expect(analyseArticle(text).figures[0]).toMatchObject({ quote: '第12位', subject: '星禾智造' });
  });

  it('keeps the park as the subject of an industry-cluster target without a place', () => {
    const text = article('北塘科技城力争打造新能源产业集群规模300亿元。');
    expect(analyseArticle(text).figures[0]?.subject).toBe('北塘科技城');
  });
});
