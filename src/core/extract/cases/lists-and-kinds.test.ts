// Invented sentences (none from real articles): names shared across 分别 lists and 其中 clauses, and
// how far a plan word (将, 要, 力争, 预计) reaches across clauses and sentences.
import { describe, it } from 'vitest';
import { check, type Expect } from './check.ts';

describe.each<[string, string, Expect[]]>([
  [
    'two names, two levels, then two changes with 同比分别',
    '园区工业总产值、营业收入分别达到380亿元、420亿元，同比分别增长12.1%、10.5%。',
    [
      { quote: '380亿元', indicator: '工业总产值', category: 'output', measure: 'level' },
      { quote: '420亿元', indicator: '营业收入', category: 'revenue', measure: 'level' },
      { quote: '12.1%', indicator: '工业总产值', category: 'output', measure: 'change' },
      { quote: '10.5%', indicator: '营业收入', category: 'revenue', measure: 'change' },
    ],
  ],
  [
    'changes joined by 和 share the first measure',
    '1-5月，园区工业增加值和工业投资分别增长8.5%和12.3%。',
    [
      { quote: '8.5%', indicator: '工业增加值', category: 'output', measure: 'change' },
      { quote: '12.3%', indicator: '工业投资', category: 'investment', measure: 'change' },
    ],
  ],
  [
    'a 分别 list after named counts reuses their names',
    '新增国家级高新技术企业45家、省级科技型中小企业120家，分别增长25%、18%。',
    [
      { quote: '45家', name: '高新技术企业', category: 'enterprises' },
      { quote: '120家', name: '科技型中小企业', category: 'enterprises' },
      { quote: '25%', name: '高新技术企业', measure: 'change' },
      { quote: '18%', name: '科技型中小企业', measure: 'change' },
    ],
  ],
  [
    '甲、乙等企业 lists subjects, not indicators',
    '星禾智造、华荣新材料等企业营收分别达到18亿元、12亿元。',
    [
      { quote: '18亿元', indicator: '营收', subject: '星禾智造', category: 'revenue' },
      { quote: '12亿元', indicator: '营收', subject: '华荣新材料', category: 'revenue' },
    ],
  ],
  [
    '其中 splits a total into named parts',
    '全区进出口总额52亿元，其中出口38亿元、进口14亿元。',
    [
      { quote: '52亿元', indicator: '进出口总额', category: 'trade' },
      { quote: '38亿元', indicator: '出口', category: 'trade' },
      { quote: '14亿元', indicator: '进口', category: 'trade' },
    ],
  ],
  [
    'a clause without a name continues its neighbour',
    '今年以来，园区完成投资80亿元，预计全年可完成150亿元。',
    [
      { quote: '80亿元', indicator: '投资', kind: 'actual' },
      { quote: '150亿元', indicator: '投资', kind: 'forecast', category: 'investment' },
    ],
  ],
  [
    'a rate with a name of its own is not carried from the count before',
    '园区新增就业岗位4500个，城镇登记失业率控制在3.5%以内。',
    [
      { quote: '4500个', name: '就业岗位', category: 'people' },
      { quote: '3.5%以内', indicator: '城镇登记失业率', approx: 'under', measure: 'ratio' },
    ],
  ],
  [
    'a fiscal total, its tax part and the share',
    '全年实现一般公共预算收入18.2亿元，其中税收收入15.6亿元，占比85.7%。',
    [
      { quote: '18.2亿元', indicator: '一般公共预算收入', category: 'fiscal' },
      { quote: '15.6亿元', indicator: '税收收入', category: 'fiscal' },
      { quote: '85.7%', indicator: '税收收入', measure: 'ratio', category: 'fiscal' },
    ],
  ],
  [
    'research centres are platforms',
    '园区获批国家级科技企业孵化器3家，新增省级工程技术研究中心8个。',
    [
      { quote: '3家', name: '孵化器', category: 'platforms' },
      { quote: '8个', name: '工程技术研究中心', category: 'platforms' },
    ],
  ],
])('lists and shared names: %s', (_name, body, expected) => {
  it(body, () => check(body, expected));
});

describe.each<[string, string, Expect[]]>([
  [
    '将 in an earlier clause does not reach a clause dated to a past half-year',
    '园区将继续优化营商环境，上半年新增市场主体1200户。',
    [{ quote: '1200户', kind: 'actual', periodNorm: '2024-H1', category: 'enterprises' }],
  ],
  [
    '要 in an earlier clause does not reach reported months',
    '园区要抓好项目建设，1-6月完成工业投资46亿元，同比增长9%。',
    [
      { quote: '46亿元', kind: 'actual', periodNorm: '2024-01..2024-06' },
      { quote: '9%', kind: 'actual', measure: 'change' },
    ],
  ],
  [
    'a plan sentence does not make the next, dated sentence a plan',
    '园区将推动产业升级。园区上半年实现营收210亿元。',
    [{ quote: '210亿元', kind: 'actual', category: 'revenue' }],
  ],
  [
    '将 still governs the clauses after it when they carry no past period',
    '园区将新建标准厂房10万平方米，新增企业50家。',
    [
      { quote: '10万平方米', kind: 'target', category: 'area' },
      { quote: '50家', kind: 'target', category: 'enterprises' },
    ],
  ],
  [
    '力争 reaches the whole sentence over a year not yet over',
    '下一步，园区将围绕主导产业精准招商，力争全年引进亿元以上项目20个，实际到位资金50亿元。',
    [
      { quote: '20个', kind: 'target', category: 'projects' },
      { quote: '50亿元', kind: 'target', category: 'investment' },
    ],
  ],
  [
    'a target and a present count in one sentence',
    '力争到2025年产值突破500亿元，目前已集聚企业120家。',
    [
      { quote: '突破500亿元', kind: 'target', approx: 'over', periodNorm: '2025' },
      { quote: '120家', kind: 'actual', category: 'enterprises' },
    ],
  ],
  [
    '预计 makes both figures of its sentence forecasts',
    '预计全年园区营收将达到520亿元，利润总额35亿元。',
    [
      { quote: '520亿元', kind: 'forecast', category: 'revenue' },
      { quote: '35亿元', kind: 'forecast', category: 'profit' },
    ],
  ],
  [
    '打造了 reports what was built',
    '园区打造了生物医药产业园，入驻企业86家，去年产值达42亿元。',
    [
      { quote: '86家', kind: 'actual', category: 'enterprises' },
      { quote: '42亿元', kind: 'actual', periodNorm: '2023' },
    ],
  ],
  [
    'a goal sentence, then last year as reported',
    '目标是到2027年，园区营收达到1000亿元。去年园区营收620亿元。',
    [
      { quote: '1000亿元', kind: 'target', periodNorm: '2027' },
      { quote: '620亿元', kind: 'actual', periodNorm: '2023' },
    ],
  ],
  [
    '要确保 with a growth floor',
    '我们要确保今年GDP增长6%以上。去年园区GDP增长5.2%。',
    [
      { quote: '6%以上', kind: 'target', approx: 'over', measure: 'change', category: 'gdp' },
      { quote: '5.2%', kind: 'actual', measure: 'change', category: 'gdp' },
    ],
  ],
  [
    '有望 with a doubling',
    '该公司年产能扩大至50万台，产值有望翻一番。',
    [
      { quote: '50万台', category: 'capacity' },
      { quote: '翻一番', kind: 'forecast', measure: 'multiple' },
    ],
  ],
])('kind across clauses: %s', (_name, body, expected) => {
  it(body, () => check(body, expected));
});
