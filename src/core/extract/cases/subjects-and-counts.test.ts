// Invented sentences (none from real articles): companies named without a suffix, a paragraph's
// topic or speaker as the subject, N大 and 一个 as real counts, traditional script and noisy text.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../index.ts';
import { article, check, type Expect } from './check.ts';

describe.each<[string, string, Expect[]]>([
  [
    'a company opening its clause reports its own revenue',
    '星禾智造是园区龙头企业。今年上半年，星禾智造实现营业收入18.6亿元，同比增长23%。',
    [
      { quote: '18.6亿元', subject: '星禾智造', indicator: '营业收入', category: 'revenue' },
      { quote: '23%', subject: '星禾智造', measure: 'change' },
    ],
  ],
  [
    '该企业 refers back to the company introduced before',
    '星禾智造是园区的龙头企业。该企业今年上半年实现产值12.3亿元，同比增长31%。',
    [
      { quote: '12.3亿元', subject: '星禾智造', indicator: '产值', periodNorm: '2024-H1' },
      { quote: '31%', subject: '星禾智造', measure: 'change' },
    ],
  ],
  [
    'a company heading its paragraph',
    '华荣新材料：上半年实现销售收入6.8亿元，同比增长15.2%。',
    [
      { quote: '6.8亿元', subject: '华荣新材料', category: 'revenue' },
      { quote: '15.2%', subject: '华荣新材料', measure: 'change' },
    ],
  ],
  [
    'a company with a year before its export figure, and a multiple carried from it',
    '星海光电2023年出口额突破3000万美元，同比增长近4倍。',
    [
      { quote: '突破3000万美元', subject: '星海光电', indicator: '出口额', unit: '万美元', approx: 'over' },
      { quote: '近4倍', subject: '星海光电', indicator: '出口额', measure: 'multiple', approx: 'under' },
    ],
  ],
  [
    'a forecast about a company without a suffix',
    '华荣新材料今年预计产值可突破30亿元。',
    [{ quote: '突破30亿元', subject: '华荣新材料', kind: 'forecast', category: 'output' }],
  ],
  [
    'the speaker’s county carries into the next sentence',
    '东坪县委书记王强介绍，东坪县上半年地区生产总值增长7.1%。全县规上工业增加值增长9.3%。',
    [
      { quote: '7.1%', subject: '东坪县', category: 'gdp', measure: 'change' },
      { quote: '9.3%', subject: '东坪县', category: 'output', measure: 'change' },
    ],
  ],
  [
    'N大 counts named platforms',
    '园区已建成四大国家级平台，集聚省级以上研发机构52家。',
    [
      { quote: '四大', value: 4, unit: '个', category: 'platforms', name: '国家级平台' },
      { quote: '52家', category: 'platforms', name: '研发机构' },
    ],
  ],
  [
    'N大 before a platform without a level, 两院院士 not a count',
    '园区建成三大创新平台，集聚两院院士5人，引进博士以上人才150余人。',
    [
      { quote: '三大', value: 3, category: 'platforms' },
      { quote: '5人', category: 'people' },
      { quote: '150余人', approx: 'over', category: 'people' },
    ],
  ],
  [
    'one national platform is a count; 一批 is not',
    '园区建成一个国家级孵化器，引进一批高端人才。',
    [{ quote: '一个', value: 1, category: 'platforms', name: '孵化器' }],
  ],
  [
    'one platform coordinated with a count',
    '园区拥有国家级企业技术中心2个和一个国家级重点实验室。',
    [
      { quote: '2个', name: '技术中心', category: 'platforms' },
      { quote: '一个', value: 1, name: '重点实验室', category: 'platforms' },
    ],
  ],
  [
    'N大 before industries and actions is a slogan',
    '园区围绕三大主导产业，实施五大行动，开展一系列活动。',
    [],
  ],
  [
    'labels, specifications, ordinals and list markers',
    '园区推出12英寸晶圆项目，拥有“1+4+N”产业体系，举办第5届博览会，一是抓招商，二是抓服务。',
    [],
  ],
  [
    'currencies other than yuan',
    '园区与香港合作项目签约额达12亿港元，日资企业投资额达80亿日元。',
    [
      { quote: '12亿港元', unit: '亿港元', category: 'investment', name: '签约额' },
      { quote: '80亿日元', unit: '亿日元', category: 'investment', name: '投资额' },
    ],
  ],
  [
    'a share of the annual plan is reported, not planned',
    '全区16个重点项目完成投资达年度计划的65%，其中8个项目已竣工投产。',
    [
      { quote: '16个', category: 'projects', kind: 'actual' },
      { quote: '65%', measure: 'ratio', kind: 'actual' },
      { quote: '8个', category: 'projects', kind: 'actual' },
    ],
  ],
  [
    'a share raised by percentage points, then its level',
    '园区规上工业企业营收占全市比重提高2.3个百分点，达到21.6%。',
    [
      { quote: '2.3个百分点', measure: 'pp', category: 'revenue' },
      { quote: '21.6%', measure: 'ratio', category: 'revenue' },
    ],
  ],
])('subjects and counts: %s', (_name, body, expected) => {
  it(body, () => check(body, expected));
});

describe('traditional script and noisy text', () => {
  it('reads N大 and 一個 in traditional script', () => {
    check('園區已建成三大國家級平臺，並擁有一個省級重點實驗室。', [
      { quote: '三大', value: 3, category: 'platforms' },
      { quote: '一個', value: 1, category: 'platforms', name: '重点实验室' },
    ]);
  });

  it('reads a traditional quarter report with simplified names', () => {
    check('園區今年前三季度實現規上工業總產值845億元，同比增長12.6%，新增高新技術企業56家。', [
      { quote: '845億元', indicator: '规上工业总产值', periodNorm: '2024-01..2024-09' },
      { quote: '12.6%', measure: 'change', category: 'output' },
      { quote: '56家', name: '高新技术企业', category: 'enterprises' },
    ]);
  });

  it('does not let a company found by its clause shape become the article’s subject', () => {
    const text = article('星禾智造是园区龙头企业。今年上半年，星禾智造实现营业收入18.6亿元。');
    expect(analyseArticle(text).subject).toBe('北塘科技城');
  });
});
