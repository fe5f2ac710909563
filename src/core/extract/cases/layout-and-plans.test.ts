// Invented sentences (none from real articles): numbers and cues parted by layout, full-width thousands,
// subjects without a place-name ending, honours that are not subjects, and plans stated by a paragraph.
import { describe, it } from 'vitest';
import { check, type Expect } from './check.ts';

describe.each<[string, string, Expect[]]>([
  [
    'a full-width thousands comma keeps its leading digits',
    '上半年，园区实现营业收入１，２３４．５亿元。',
    [{ quote: '１，２３４．５亿元', value: 1234.5, unit: '亿元', category: 'revenue' }],
  ],
  [
    'a half-width comma in full-width digits too',
    '全年完成工业投资2，086亿元，增长6.1%。',
    [
      { quote: '2，086亿元', value: 2086, category: 'investment' },
      { quote: '6.1%', measure: 'change' },
    ],
  ],
  [
    'a list parted by commas stays separate numbers',
    '园区东、西、南片区新增企业数分别为12，15，18家。',
    [{ quote: '18家', value: 18, unit: '家' }],
  ],
  [
    'a change cue and its number on two lines',
    '上半年，园区进出口总额86.2亿元，同比增长\n12.6%。',
    [
      { quote: '86.2亿元', category: 'trade' },
      { quote: '12.6%', value: 12.6, measure: 'change', indicator: '进出口总额' },
    ],
  ],
  [
    'a decline cue and its number parted by a space',
    '一季度出口额21亿元，同比下降 3.2%。',
    [
      { quote: '21亿元', category: 'trade' },
      { quote: '3.2%', value: -3.2, measure: 'change' },
    ],
  ],
  [
    'a blank line still parts a heading from the next paragraph',
    '二、工业生产稳步增长\n\n12个重点项目集中开工。',
    [{ quote: '12个', measure: 'level', category: 'projects' }],
  ],
])('%s', (_title, body, expected) => {
  it('finds the figures an analyst would enter', () => check(body, expected));
});

describe.each<[string, string, Expect[]]>([
  [
    'a bonded zone',
    '西港综合保税区上半年实现进出口总额56亿元。',
    [{ quote: '56亿元', subject: '西港综合保税区' }],
  ],
  [
    'a port area',
    '东湖港区完成货物吞吐量2,345万吨。',
    [{ quote: '2,345万吨', value: 2345, subject: '东湖港区', indicator: '货物吞吐量' }],
  ],
  [
    'a free-trade area section',
    '南沙自贸片区新设企业1,203家。',
    [{ quote: '1,203家', value: 1203, subject: '南沙自贸片区', category: 'enterprises' }],
  ],
  [
    'an industrial base',
    '临江新材料产业基地去年实现产值96亿元。',
    [{ quote: '96亿元', subject: '临江新材料产业基地', category: 'output' }],
  ],
  [
    'a group company',
    '星海集团上半年实现营业收入56.8亿元，同比增长\n8.1%。',
    [
      { quote: '56.8亿元', subject: '星海集团', category: 'revenue' },
      { quote: '8.1%', subject: '星海集团', measure: 'change' },
    ],
  ],
  [
    'an industry of the article’s own city',
    '全市集成电路产业实现产值420亿元，同比增长15%。',
    [
      { quote: '420亿元', subject: '集成电路产业', category: 'output', indicator: '产值' },
      { quote: '15%', subject: '集成电路产业', measure: 'change' },
    ],
  ],
  [
    'a company speaks for its own paragraph only',
    '蓝湾科技实现净利润3.5亿元。\n全区新增高新技术企业20家。',
    [
      { quote: '3.5亿元', subject: '蓝湾科技', category: 'profit' },
      { quote: '20家', subject: '北塘科技城' },
    ],
  ],
  [
    'an honour is not a subject',
    '北塘科技城入选中国百强产业园，全年新增企业300家。',
    [
      { quote: '百强', measure: 'rank' },
      { quote: '300家', subject: '北塘科技城' },
    ],
  ],
  [
    'a plan ahead is not a company',
    '2025年，北塘科技城将奋力实现新增供地不少于800亩。',
    [{ quote: '不少于800亩', subject: '北塘科技城', kind: 'target' }],
  ],
])('subject: %s', (_title, body, expected) => {
  it('names whom the figure is about', () => check(body, expected, '北塘科技城经济运行情况'));
});

describe.each<[string, string, Expect[]]>([
  [
    'a paragraph that opens with a goal governs its sentences',
    '目标是到2026年，园区营收突破800亿元。高新技术企业达到400家。研发投入强度超过4%。',
    [
      { quote: '突破800亿元', kind: 'target' },
      { quote: '400家', kind: 'target' },
      { quote: '超过4%', kind: 'target' },
    ],
  ],
  [
    'a goal heading governs the paragraph below it',
    '三、发展目标\n园区规上工业总产值达到900亿元，引育人才5000名。',
    [
      { quote: '900亿元', kind: 'target' },
      { quote: '5000名', kind: 'target' },
    ],
  ],
  [
    'a reported comparison in a goal paragraph stays actual',
    '力争到2026年，园区营收突破800亿元。上半年营收310亿元，同比增长9%。',
    [
      { quote: '突破800亿元', kind: 'target' },
      { quote: '310亿元', kind: 'actual' },
      { quote: '9%', kind: 'actual' },
    ],
  ],
  [
    'a finished period in a goal paragraph stays actual',
    '园区计划全年引进项目60个。一季度已签约项目18个。',
    [
      { quote: '60个', kind: 'target' },
      { quote: '18个', kind: 'actual' },
    ],
  ],
  [
    'a plan in the paragraph before does not reach the next one',
    '园区力争全年营收增长10%。\n上半年园区新增企业260家。',
    [
      { quote: '10%', kind: 'target' },
      { quote: '260家', kind: 'actual' },
    ],
  ],
  [
    'a plan over a span of years still running is a target',
    '“十四五”期间，园区将新建标准厂房100万平方米。新增上市企业10家。',
    [
      { quote: '100万平方米', kind: 'target', periodNorm: '2021..2025' },
      { quote: '10家', kind: 'target' },
    ],
  ],
  [
    'a label holding 计划 is not a plan',
    '园区遴选30家“倍增计划”企业。当年新增规上企业12家。',
    [
      { quote: '30家', kind: 'actual' },
      { quote: '12家', kind: 'actual' },
    ],
  ],
])('kind: %s', (_title, body, expected) => {
  it('tells actual figures from targets', () => check(body, expected));
});
