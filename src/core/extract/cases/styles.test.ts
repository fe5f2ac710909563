// Invented sentences (none from real articles) in styles the seeds lack: statistical bulletins, work
// report targets, traditional-script business news with a currency before the number, and rankings.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../index.ts';
import { check, type Expect } from './check.ts';

describe.each<[string, string, Expect[]]>([
  [
    'a bulletin change 比上年增长 measures the quantity before it',
    '全年全市地区生产总值812.4亿元，比上年增长5.2%。',
    [
      { quote: '812.4亿元', indicator: '地区生产总值', category: 'gdp' },
      { quote: '5.2%', value: 5.2, measure: 'change', indicator: '地区生产总值', category: 'gdp' },
    ],
  ],
  [
    'a comparison phrase is cut from the name it follows',
    '全年规模以上工业增加值比上年增长6.7%。',
    [{ quote: '6.7%', measure: 'change', indicator: '规模以上工业增加值', category: 'output' }],
  ],
  [
    'a quantity without a lexicon term still names the change after it',
    '全年全社会用电量64.2亿千瓦时，比上年下降1.8%。',
    [
      { quote: '64.2亿千瓦时', unit: '亿千瓦时', indicator: '全社会用电量', category: 'other' },
      { quote: '1.8%', value: -1.8, measure: 'change', indicator: '全社会用电量', category: 'other' },
    ],
  ],
  [
    'a year-end comparison is neither the name nor the period',
    '年末户籍人口96.3万人，比上年末增加0.8万人。',
    [
      { quote: '96.3万人', indicator: '户籍人口', category: 'people' },
      { quote: '0.8万人', measure: 'change', indicator: '户籍人口' },
    ],
  ],
  [
    'power generation is output',
    '一季度园区企业发电量3.6亿千瓦时，同比增长2.1%。',
    [
      { quote: '3.6亿千瓦时', category: 'output', name: '发电量' },
      { quote: '2.1%', category: 'output', name: '发电量' },
    ],
  ],
  [
    '涨幅 is a change, not a ratio',
    '今年居民消费价格涨幅控制在3%左右，增速保持在6%以上。',
    [
      { quote: '3%左右', measure: 'change', approx: 'about' },
      { quote: '6%以上', measure: 'change', approx: 'over' },
    ],
  ],
  [
    'a work report 预期目标 makes every listed goal a target',
    '今年主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长4%以上；城镇新增就业3万人以上。',
    [
      { quote: '5.5%左右', kind: 'target', indicator: '地区生产总值' },
      { quote: '4%以上', kind: 'target', approx: 'over', indicator: '一般公共预算收入' },
      { quote: '3万人以上', kind: 'target', category: 'people' },
    ],
  ],
  [
    'a target year is not part of the name',
    '力争到2027年产业规模突破千亿元。',
    [{ quote: '突破千亿元', kind: 'target', indicator: '产业规模', periodNorm: '2027' }],
  ],
  [
    '年均 is cut from the name of an average growth',
    '新区数字产业增加值年均增长12%—15%。',
    [{ quote: '12%—15%', range: [12, 15], measure: 'change', indicator: '数字产业增加值' }],
  ],
  [
    'a qualified 成 is a share whatever noun follows',
    '目前，园区约三成企业完成数字化改造。',
    [{ quote: '约三成', value: 3, unit: '成', approx: 'about', measure: 'ratio' }],
  ],
  [
    'the base year of a comparison is not the period',
    '力争到2027年产业规模较2023年翻一番。目前软件业务收入是2020年的2.5倍。',
    [
      { quote: '翻一番', kind: 'target', period: '到2027年', periodNorm: '2027' },
      { quote: '2.5倍', measure: 'multiple', period: '目前' },
    ],
  ],
  [
    '和 after a unit parts two listed items',
    '上半年新认定高新技术企业52家、小巨人企业3家，总数分别达到486家和21家。',
    [{ quote: '52家' }, { quote: '3家' }, { quote: '486家', name: '总数' }, { quote: '21家', name: '总数' }],
  ],
  [
    'Hong Kong 按年 and a bare 上升 are not names',
    '上半年集资总额约330亿港元，按年增长22%。恒生指数上半年累计上升3.9%。',
    [
      { quote: '约330亿港元', indicator: '集资总额' },
      { quote: '22%', measure: 'change', indicator: '集资总额' },
      { quote: '3.9%', measure: 'change', indicator: '恒生指数' },
    ],
  ],
  [
    'container throughput in 标箱 is a count, and its change carries the name',
    '上半年港区完成集装箱吞吐量356.2万标箱，同比增长9.1%。',
    [
      { quote: '356.2万标箱', value: 356.2, unit: '万标箱', indicator: '集装箱吞吐量', category: 'capacity' },
      { quote: '9.1%', measure: 'change', indicator: '集装箱吞吐量' },
    ],
  ],
  [
    'a multiple of last year (是去年同期的) restates the quantity',
    '新能源汽车产量12.6万辆，是去年同期的1.8倍。',
    [
      { quote: '12.6万辆', indicator: '新能源汽车产量' },
      { quote: '1.8倍', measure: 'multiple', indicator: '新能源汽车产量' },
    ],
  ],
  [
    '近3年, 年均 and 平均 are not part of a name',
    '2023年实现工业产值156亿元，近3年年均增长12.4%；企业生产效率平均提升25%。',
    [
      { quote: '156亿元', indicator: '工业产值' },
      { quote: '12.4%', measure: 'change', indicator: '工业产值' },
      { quote: '25%', measure: 'change', indicator: '企业生产效率' },
    ],
  ],
  [
    '多 after 倍 is a lower bound, and 跨境电商进出口 is a quantity, not a company',
    '其中，跨境电商进出口额突破300亿元，是2019年的3倍多。',
    [
      { quote: '突破300亿元', approx: 'over', indicator: '跨境电商进出口额', category: 'trade' },
      { quote: '3倍多', value: 3, approx: 'over', measure: 'multiple', indicator: '跨境电商进出口额' },
    ],
  ],
  [
    'the 将 of an estimate is a forecast',
    '交易所预计下半年将有约40家公司上市。',
    [{ quote: '约40家', kind: 'forecast', approx: 'about' }],
  ],
])('%s', (_title, body, expected) => {
  it('finds the figures an analyst would enter', () => check(body, expected));
});

describe.each<[string, string, string, Expect[]]>([
  [
    'a bulletin on last year resolves 全年 and 年末 to the year its title names',
    '临江市2023年国民经济和社会发展统计公报',
    '全年地区生产总值812.4亿元。年末常住人口96.3万人。',
    [
      { quote: '812.4亿元', period: '全年', periodNorm: '2023' },
      { quote: '96.3万人', period: '年末', periodNorm: '2023' },
    ],
  ],
  [
    'a section without a period of its own takes the title’s',
    '东湖科创园前三季度成绩单',
    '一、总体情况\n营业收入128.6亿元。\n二、招商引资\n新签约项目46个。',
    [
      { quote: '128.6亿元', period: '前三季度', periodNorm: '2024-01..2024-09' },
      { quote: '46个', period: '前三季度', periodNorm: '2024-01..2024-09' },
    ],
  ],
  [
    'a title’s goal year does not date what the body reports',
    '东湖科创园：到2027年力争产值突破500亿元',
    '一、总体情况\n在全省园区综合评价中，园区排名第3。',
    [
      { quote: '突破500亿元', kind: 'target', periodNorm: '2027' },
      { quote: '第3', measure: 'rank', kind: 'actual', period: null, periodNorm: null },
    ],
  ],
])('%s', (_title, title, body, expected) => {
  it('takes the period from the title only when it dates the body', () => check(body, expected, title));
});

describe.each<[string, string, string, number, string]>([
  ['新台币 before 亿元', '上半年合并营收达新台币3,456亿元。', '3,456亿元', 345600000000, 'TWD'],
  ['港币 before 亿元', '上半年实现除税前利润港币120亿元。', '120亿元', 12000000000, 'HKD'],
  ['美元 before 万元', '公司完成融资美元800万元。', '800万元', 8000000, 'USD'],
  ['人民币 before 亿元 stays CNY', '实现营业收入人民币56亿元。', '56亿元', 5600000000, 'CNY'],
])('a currency named before the number: %s', (_title, body, quote, norm, currency) => {
  it('normalises in that currency and leaves it out of the name', () => {
    const f = analyseArticle(`星港集团业绩\n2024-07-20\n${body}`).figures;
    expect(f.map((x) => x.quote)).toEqual([quote]);
    expect(f[0]!.norm).toMatchObject({ value: norm, unit: currency });
    expect(f[0]!.indicator).not.toMatch(/币|美元|港元/u);
  });
});

describe.each<[string, string, Expect[]]>([
  [
    'a bare 第N after 位列 ends its clause',
    '在全国百强县榜单中，江阴市位列第1，昆山市位列第二。',
    [
      { quote: '第1', value: 1, measure: 'rank', subject: '江阴市' },
      { quote: '第二', value: 2, measure: 'rank', subject: '昆山市' },
    ],
  ],
  [
    'a bare 第N after 居 and a place',
    '全市进出口总额2863.4亿元，总量居全省第3。',
    [{ quote: '2863.4亿元' }, { quote: '第3', value: 3, unit: '名', measure: 'rank' }],
  ],
  ['排名第N with its own counter is read as before', '园区综合排名第5位。', [{ quote: '第5位', value: 5 }]],
])('%s', (_title, body, expected) => {
  it('finds the rank', () => check(body, expected));
});

describe.each<[string, string]>([
  ['an ordinal session', '位列第三届论坛的主办方之一。'],
  ['an ordinal batch', '园区位列第二批试点名单。'],
])('not a rank: %s', (_title, body) => {
  it('finds no figure', () => check(body, []));
});

describe.each<[string, string, string]>([
  ['a bare park word opening the title', '高新区上半年经济运行情况', '高新区'],
  ['a city named once, in the title', '临江市2025年国民经济和社会发展统计公报', '临江市'],
])('the main subject from %s', (_title, title, subject) => {
  it('is the name the title opens on', () => {
    const a = analyseArticle(`${title}\n2024-07-20\n上半年，完成固定资产投资21.5亿元。`);
    expect(a.subject).toBe(subject);
    expect(a.figures[0]!.subject).toBe(subject);
  });
});
