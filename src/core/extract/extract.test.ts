// Table-driven cases for the whole pipeline on invented sentences: units, qualifiers, measures,
// kinds, categories and the figures that must not be found.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../shared/domain.ts';
import { extractFigures } from './index.ts';

const ctx = { published: '2023-06-30', subject: '示例高新区' };

function figures(text: string): Figure[] {
  return extractFigures(text, ctx);
}

describe('units and values', () => {
  it.each<[string, string, Partial<Figure>]>([
    ['该区完成固定资产投资240.3亿元。', '240.3亿元', { value: 240.3, unit: '亿元' }],
    ['奖励资金共1400多万元。', '1400多万元', { value: 1400, unit: '万元', approx: 'over' }],
    ['实际使用外资4.5亿美元。', '4.5亿美元', { value: 4.5, unit: '亿美元' }],
    ['引进外资300万欧元。', '300万欧元', { unit: '万欧元' }],
    ['募集资金5亿港元。', '5亿港元', { unit: '亿港元' }],
    ['合同金额20亿日元。', '20亿日元', { unit: '亿日元' }],
    ['营收12亿新台币。', '12亿新台币', { unit: '亿新台币' }],
    ['规划面积超100平方公里。', '超100平方公里', { value: 100, approx: 'over' }],
    ['总建筑面积约210万平方米。', '约210万平方米', { value: 210, unit: '万平方米', approx: 'about' }],
    ['用地面积约1068亩。', '约1068亩', { value: 1068, unit: '亩' }],
    ['占地30公顷。', '30公顷', { unit: '公顷' }],
    ['扩建4万吨新材料产能。', '4万吨', { value: 4, unit: '万吨' }],
    ['新增装机50万千瓦。', '50万千瓦', { unit: '万千瓦' }],
    ['年发电量3亿千瓦时。', '3亿千瓦时', { unit: '亿千瓦时' }],
    ['新建道路12公里。', '12公里', { unit: '公里' }],
    ['新增高企20家。', '20家', { value: 20, unit: '家' }],
    ['实施技改项目80个。', '80个', { value: 80, unit: '个' }],
    ['签约项目15项。', '15项', { unit: '项' }],
    ['引进专家10人以上。', '10人以上', { value: 10, unit: '人', approx: 'over' }],
    ['服务企业3000家次。', '3000家次', { unit: '家次' }],
    ['引进领军人才100名。', '100名', { unit: '名' }],
    ['建成标准厂房12座。', '12座', { unit: '座' }],
    ['两家企业成功上市。', '两家', { value: 2, unit: '家' }],
    ['四个重大平台开工。', '四个', { value: 4, unit: '个' }],
    ['打造超万亩的产业园。', '超万亩', { value: 1, unit: '万亩', approx: 'over' }],
    ['工业总产值突破千亿元。', '突破千亿元', { value: 1000, unit: '亿元', approx: 'over' }],
    ['出口额4.\n81亿美元。', '4.\n81亿美元', { value: 4.81 }],
  ])('%s → %s', (text, quote, expected) => {
    const found = figures(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.quote).toBe(quote);
    expect(found[0]).toMatchObject(expected);
  });

  it.each<[string, [number, number], string]>([
    ['产值增长15%一25%。', [15, 25], '%'],
    ['省瞪羚企业2-3家。', [2, 3], '家'],
    ['总投资30~50亿元。', [30, 50], '亿元'],
    ['新增两三家企业。', [2, 3], '家'],
    ['投资20至30亿元。', [20, 30], '亿元'],
  ])('range %s', (text, range, unit) => {
    const [f] = figures(text);
    expect(f?.range).toEqual(range);
    expect(f?.value).toBeNull();
    expect(f?.unit).toBe(unit);
    expect(f?.norm.value).toBeNull();
    expect(f?.norm.range).not.toBeNull();
  });

  it('normalises a range of money to both ends', () => {
    expect(figures('总投资30~50亿元。')[0]?.norm.range).toEqual([3e9, 5e9]);
  });

  it('gives listed numbers the shared unit', () => {
    const found = figures('工业和投资增速分别增长2、1.4个百分点。');
    expect(found.map((f) => [f.quote, f.value, f.unit, f.measure])).toEqual([
      ['2', 2, '个百分点', 'pp'],
      ['1.4个百分点', 1.4, '个百分点', 'pp'],
    ]);
  });

  it('maps traditional text with reading aids to simplified units and original offsets', () => {
    const text = '預計全年產(chǎn)值可達(dá)57.33億元。';
    const [f] = extractFigures(text, ctx);
    expect(f?.quote).toBe('57.33億元');
    expect(f?.unit).toBe('亿元');
    expect(text.slice(f!.start, f!.end)).toBe(f?.quote);
  });
});

describe('qualifiers', () => {
  it.each<[string, Figure['approx']]>([
    ['投资约5亿元。', 'about'],
    ['投资5亿元左右。', 'about'],
    ['投资大约5亿元。', 'about'],
    ['投资超5亿元。', 'over'],
    ['投资超过5亿元。', 'over'],
    ['投资逾5亿元。', 'over'],
    ['投资突破5亿元。', 'over'],
    ['供地不少于2500亩。', 'over'],
    ['覆盖率60%以上。', 'over'],
    ['开发面积4000余亩。', 'over'],
    ['投资近5亿元。', 'under'],
    ['投资接近5亿元。', 'under'],
    ['投资不到5亿元。', 'under'],
    ['能耗下降5%以内。', 'under'],
    ['投资5亿元。', 'exact'],
  ])('%s → %s', (text, approx) => {
    expect(figures(text)[0]?.approx).toBe(approx);
  });

  it('takes the qualifier into the span', () => {
    expect(figures('投资超64亿元。')[0]?.quote).toBe('超64亿元');
    expect(figures('覆盖率60%以上。')[0]?.quote).toBe('60%以上');
  });
});

describe('measure', () => {
  it.each<[string, Figure['measure'], number | null]>([
    ['地区生产总值同比增长6%。', 'change', 6],
    ['工业投资同比下降8.8%。', 'change', -8.8],
    ['市场主体净增11152户。', 'change', 11152],
    ['比去年同期增加了72个。', 'change', 72],
    ['占全市的15.6%。', 'ratio', 15.6],
    ['高企覆盖率60%。', 'ratio', 60],
    ['完成投资240亿元。', 'level', 240],
    ['新增高企20家。', 'level', 20],
    ['新开工项目184个。', 'level', 184],
    ['增速提高1.5个百分点。', 'pp', 1.5],
    ['占比下降2个百分点。', 'pp', -2],
    ['项目投资额增长了近5倍。', 'multiple', 5],
    ['在榜单中排名第15名。', 'rank', 15],
    ['完成15%一25%的产值增长。', 'change', null],
  ])('%s → %s', (text, measure, value) => {
    const [f] = figures(text);
    expect(f?.measure).toBe(measure);
    expect(f?.value).toBe(value);
  });

  it.each<[string, string, number, string]>([
    ['项目动工数量翻了两番。', '翻了两番', 4, '番'],
    ['产值翻一番。', '翻一番', 2, '番'],
    ['园区产值实现倍增。', '倍增', 2, '倍'],
  ])('doubling %s', (text, quote, norm, unit) => {
    const [f] = figures(text);
    expect(f?.quote).toBe(quote);
    expect(f?.norm.value).toBe(norm);
    expect(f?.unit).toBe(unit);
    expect(f?.measure).toBe('multiple');
  });

  it.each<[string, string, number, Figure['approx']]>([
    ['排名全省第一位。', '第一位', 1, 'exact'],
    ['挺进国家级高新区100强。', '100强', 100, 'under'],
    ['进入全国前10名。', '前10名', 10, 'under'],
  ])('rank %s', (text, quote, value, approx) => {
    const [f] = figures(text);
    expect(f?.quote).toBe(quote);
    expect(f?.value).toBe(value);
    expect(f?.norm.unit).toBe('rank');
    expect(f?.approx).toBe(approx);
  });
});

describe('kind', () => {
  it.each<[string, Figure['kind']]>([
    ['今年上半年完成投资5亿元。', 'actual'],
    ['目前已投产12个。', 'actual'],
    ['预计全年产值可达57亿元。', 'forecast'],
    ['产值有望突破100亿元。', 'forecast'],
    ['力争GDP增长6%。', 'target'],
    ['计划年内建设8个项目。', 'target'],
    ['目标是引进人才100名。', 'target'],
    ['园区将打造超100平方公里的集聚区。', 'target'],
    ['2022年，园区实现供地项目23个。', 'actual'],
    ['到2025年，税收达到40亿元。', 'target'],
    ['这是重要的一年，完成产值5亿元。', 'actual'],
  ])('%s → %s', (text, kind) => {
    expect(figures(text)[0]?.kind).toBe(kind);
  });

  it('carries a plan from the sentence before', () => {
    const found = figures('园区将加快发展。全年新增高企20家。');
    expect(found[0]?.kind).toBe('target');
  });
});

describe('category and indicator', () => {
  it.each<[string, Figure['category'], string]>([
    ['完成固定资产投资240亿元。', 'investment', '固定资产投资'],
    ['工业总产值突破千亿元。', 'output', '工业总产值'],
    ['地区生产总值超500亿元。', 'gdp', '地区生产总值'],
    ['实现营业收入30亿元。', 'revenue', '营业收入'],
    ['进出口总额12亿美元。', 'trade', '进出口总额'],
    ['利润总额3亿元。', 'profit', '利润总额'],
    ['税收达到40亿元。', 'fiscal', '税收'],
    ['用地面积约1068亩。', 'area', '用地面积'],
    ['新增高企20家。', 'enterprises', '新增高企'],
    ['12个制造业项目集中动工。', 'projects', '制造业项目'],
    ['引进领军人才100名。', 'people', '引进领军人才'],
    ['发挥6个国家级企业创新中心的作用。', 'platforms', '国家级企业创新中心'],
    ['新增产能30万吨。', 'capacity', '新增产能'],
  ])('%s → %s', (text, category, indicator) => {
    const [f] = figures(text);
    expect(f?.category).toBe(category);
    expect(f?.indicator).toBe(indicator);
  });
});

describe('not figures', () => {
  it.each([
    '2023年7月25日，园区召开大会。',
    '第一季度经济开门红。',
    '加快5G网络建设。',
    '持续优化“3+3+1”现代产业体系。',
    '建设5.0产业新空间。',
    '打造“五好”园区。',
    '第三届论坛在此举行。',
    '一是抓项目，二是抓平台。',
    '首批产业顾问名单公布。',
    '推动12英寸晶圆项目落地。',
    '镜头获评“20倍以上高清变焦镜头”产品。',
    '经历了40多年的高速发展。',
    '增速创近7年新高。',
    '用3到5年时间打造产业集群。',
    '形成百亿级产业集群。',
    '聚焦“三个高地”建设。',
    '一个电话就能得到反馈。',
    '引进一名人才、带来一个团队。',
    '积极推进亿元项目建设。',
    '流转万亩农田。',
    '每18个月更新一次。',
    '保持两位数增长。',
    '制定“倍增计划”企业名单。',
    '在全球500强中排名靠前。',
    '《珠海特区报》7月25日02版',
    '联系电话0756-1234567。',
    '坚持三位一体发展。',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('subject and period', () => {
  it('takes the subject named in the sentence, else the article subject', () => {
    expect(figures('北城高新区今年新增高企20家。')[0]?.subject).toBe('北城高新区');
    expect(figures('今年新增高企20家。')[0]?.subject).toBe('示例高新区');
  });

  it('resolves the period against the publication date', () => {
    const [f] = figures('今年一季度完成投资5亿元。');
    expect(f?.period).toBe('今年一季度');
    expect(f?.periodNorm).toBe('2023-Q1');
  });

  it('reports a confidence between 0 and 1', () => {
    for (const f of figures('完成投资5亿元，新增企业两家。')) {
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });
});
