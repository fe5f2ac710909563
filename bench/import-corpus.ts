// The import bench's generated articles. Invented, never copied: regional-economy news in the mix an
// analyst's folder holds, so the bench measures the work a real import does.
//
// Calibrated against the seed articles (../shared/seeds, read when this was written, never here):
// they carry 77 figures in 26,176 characters, about 3 per 1,000 characters, and none of the five
// nearly duplicates another. The `mixed` corpus is news (most articles, a figure every few sentences),
// work reports (denser) and statistical bulletins (a figure in nearly every clause): ~11 figures per
// 3 KB article, three times the seeds' density. One article in eight is a reprint of an earlier one
// by another outlet, the near-duplicates the import must link. One in ten is in traditional script
// (Big5), the rest UTF-8, GBK and UTF-16; full-width digits, a pinyin gloss and site boilerplate
// appear as they do in pasted pages.
//
// The `dense` corpus is the earlier bench's: every article a bulletin of ~26 figures made from four
// shared sentences, so each one nearly duplicates ten others. It stays as the worst case.
import t2s from '../resources/lexicon/t2s.json' with { type: 'json' };
import { encodeLegacy, encodeUtf16 } from '../src/core/ingest/fixtures/legacy-encoders.ts';
import type { SourceFile } from '../src/core/ingest/run.ts';
import { mulberry32 } from '../src/core/testing/random.ts';

export type CorpusKind = 'mixed' | 'dense';

const PLACES = [
  '临江高新区',
  '青湾开发区',
  '南屿县',
  '星河智造基地',
  '东港园区',
  '西岭新区',
  '北塘经开区',
  '云溪镇',
  '白鹭湾片区',
  '金沙综合保税区',
  '长丰工业园',
  '凤鸣科技城',
  '石桥街道',
  '江口港区',
  '松原市',
  '柳河区',
];
const INDUSTRIES = [
  '新能源',
  '集成电路',
  '生物医药',
  '智能制造',
  '现代物流',
  '数字经济',
  '新材料',
  '高端装备',
  '汽车零部件',
  '食品加工',
  '跨境电商',
  '文化旅游',
];
const COMPANIES = [
  '星耀新能源科技有限公司',
  '海川精密制造股份有限公司',
  '云启数据服务有限公司',
  '禾丰食品集团',
  '远航物流有限公司',
  '博瑞生物医药有限公司',
  '中科微芯半导体有限公司',
  '恒达新材料股份有限公司',
];
const OUTLETS = [
  '临江日报',
  '青湾发布',
  '南屿融媒',
  '东港观察',
  '西岭新闻网',
  '云溪在线',
  '江口晚报',
  '松原发布',
];

/** Sentences without figures; articles draw a few of many, so unrelated stories share little text. */
const PROSE = [
  '{p}坚持把招商引资和项目建设作为经济工作的主抓手,持续优化营商环境。',
  '有关负责人表示,下一步将围绕{i}产业精准招商,强化要素保障,推动签约项目早落地、早开工。',
  '{p}深入开展企业服务行动,组织专班走访重点企业,帮助企业解决用工、融资、用地等实际困难。',
  '在科技创新方面,{p}加快建设公共技术服务平台,引导企业加大研发投入。',
  '记者在{c}的生产车间看到,自动化生产线正满负荷运转,工人们忙着赶制订单。',
  '“我们今年的订单已经排到了年底。”{c}负责人介绍说。',
  '据了解,{p}正在谋划建设{i}产业园,重点引进产业链上下游配套企业。',
  '{p}持续深化“放管服”改革,推行企业开办“一网通办”,审批时限进一步压缩。',
  '针对中小企业融资难题,{p}联合多家银行推出专属信贷产品。',
  '今年以来,{p}聚焦{i}主导产业,推动产业链、创新链、人才链深度融合。',
  '在项目现场,塔吊林立,机器轰鸣,一派繁忙景象。',
  '{p}还积极对接高校和科研院所,共建联合实验室和中试基地。',
  '下一步,{p}将继续抓好稳增长各项政策落实,确保全年目标任务圆满完成。',
  '活动现场,与会嘉宾围绕{i}产业发展趋势进行了深入交流。',
  '{c}相关负责人表示,将依托当地产业基础,打造区域性研发和生产中心。',
  '{p}着力推动传统产业转型升级,加快数字化、智能化改造步伐。',
  '园区配套设施日趋完善,标准厂房、人才公寓、邻里中心相继投入使用。',
  '在人才引进方面,{p}出台专项政策,对高层次人才给予安家补贴和项目资助。',
  '业内人士认为,{i}产业正处于快速发展期,区域竞争日趋激烈。',
  '会议强调,要坚持稳中求进工作总基调,统筹发展和安全。',
  '{p}将以更大力度推进开放合作,积极融入区域协同发展大局。',
  '随着一批重大项目建成投产,{p}产业集聚效应进一步显现。',
  '{p}组织召开重点项目推进会,逐一梳理项目进展和存在问题。',
  '{c}的新厂房预计明年上半年竣工,届时将新增多条生产线。',
];

/**
 * Most prose is put together from these, so that two unrelated stories share about a tenth of their
 * shingles (real ones share less; the stock phrases of the genre keep it above zero).
 */
const SKELETONS = [
  '{o1}{p}{v}{n},{v}{n}{t}。',
  '{o1}{c}{v}{a}{n}{t}。',
  '{p}把{v}{n}作为{a}{n}的重要抓手,{v}{n}。',
  '围绕{i}产业,{p}{v}{n}和{n},{v}{a}{n}{t}。',
  '{o1}有关部门{v}{n},并对{n}进行{a}部署。',
  '据{p}相关负责人介绍,{v}{n}是{a}{n}的关键一环{t}。',
  '{c}表示,将{v}{a}{n},同时{v}{n}。',
  '在{n}方面,{p}{v}{n}{t}。',
  '{o1}{p}先后{v}{n}、{n}等{a}举措。',
  '会上,与会人员就{v}{n}、{v}{n}等议题展开讨论。',
];
const OPENERS = [
  '',
  '',
  '今年以来,',
  '近年来,',
  '据悉,',
  '与此同时,',
  '下一步,',
  '在此基础上,',
  '目前,',
  '此外,',
  '为此,',
  '从现场了解到,',
];
const VERBS = [
  '深入推进',
  '持续优化',
  '加快建设',
  '大力培育',
  '全面落实',
  '积极谋划',
  '统筹推进',
  '着力打造',
  '认真组织',
  '精准对接',
  '扎实开展',
  '稳步推进',
  '探索建立',
  '加速布局',
  '不断完善',
  '有序推动',
  '全力保障',
  '深化拓展',
  '系统梳理',
  '协调解决',
  '积极争取',
  '主动服务',
  '集中攻坚',
  '严格落实',
  '广泛动员',
  '加快培育',
  '创新实施',
  '持续强化',
  '大力发展',
  '加快构建',
  '用心打造',
  '有效破解',
  '全面提升',
  '进一步规范',
  '同步推进',
  '重点支持',
];
const NOUNS = [
  '营商环境',
  '产业链',
  '重点项目',
  '公共技术服务平台',
  '人才公寓',
  '企业服务专班',
  '科技创新体系',
  '数字化车间',
  '标准厂房',
  '产业基金',
  '物流通道',
  '招商引资',
  '产城融合',
  '绿色低碳转型',
  '专精特新企业',
  '研发中心',
  '应用场景',
  '要素保障',
  '用地指标',
  '审批流程',
  '融资渠道',
  '供应链协同',
  '质量标准体系',
  '知识产权保护',
  '园区基础设施',
  '污水处理设施',
  '智慧园区平台',
  '企业家座谈会',
  '政银企对接会',
  '项目储备库',
  '亩均效益评价',
  '工业互联网平台',
  '产学研合作',
  '中试基地',
  '孵化器',
  '加速器',
  '人才引进政策',
  '技能培训',
  '安全生产',
  '节能降耗',
  '数据要素',
  '跨境贸易便利化',
  '口岸通关',
  '冷链物流',
  '总部经济',
  '楼宇经济',
  '夜间经济',
  '文旅融合',
  '乡村振兴',
  '城市更新',
  '老旧厂房改造',
  '低效用地盘活',
  '企业上市培育',
  '首台套装备',
  '检验检测服务',
  '创新联合体',
  '共性技术攻关',
  '产业地图',
  '链主企业',
  '配套企业',
  '营收目标',
  '项目全生命周期管理',
  '帮办代办服务',
];
const MODIFIERS = [
  '更高水平',
  '全方位',
  '高质量',
  '系统性',
  '常态化',
  '精细化',
  '多层次',
  '一体化',
  '全链条',
  '针对性',
  '前瞻性',
  '长效',
];
const TAILS = [
  '',
  '',
  '',
  ',为高质量发展注入新动能',
  ',推动产业集聚发展',
  ',切实帮助企业解决实际困难',
  ',加快形成新的增长点',
  ',不断提升服务效能',
  ',助力区域经济稳步增长',
  ',确保各项任务落到实处',
  ',持续释放发展活力',
  ',取得阶段性成效',
];

/** Sentences with figures: `{n}` draws a number; each template carries one to three figures. */
const FIGURES = [
  '{p}实现地区生产总值{n100}亿元,同比增长{pct}%。',
  '规模以上工业增加值同比增长{pct}%,增速高于全市平均水平。',
  '完成固定资产投资{n100}亿元,其中工业投资增长{pct}%。',
  '外贸进出口总额达{n100}亿元,同比增长{pct}%。',
  '社会消费品零售总额{n100}亿元,增长{pct}%。',
  '一般公共预算收入{n10}亿元,同比增长{pct}%。',
  '今年以来,{p}共签约项目{n10}个,总投资{n100}亿元。',
  '{c}总投资{n10}亿元,达产后预计年产值可达{n10}亿元。',
  '全区新增高新技术企业{n10}家,总数达到{n100}家。',
  '{i}产业实现营业收入{n100}亿元,占全区比重{pct}%。',
  '实际使用外资{n1}亿美元,增长{pct}%。',
  '专利授权量{n100}件,其中发明专利{n10}件。',
  '新开工项目{n10}个,竣工投产项目{n1}个。',
  '到2026年,{p}力争{i}产业规模突破{n100}亿元。',
  '项目占地约{n100}亩,建成后可带动就业{n100}余人。',
  '{p}全年接待游客{n100}万人次,实现旅游收入{n10}亿元。',
];

const PINYIN_GLOSS = '產(chǎn)業(yè)';
const FOOTER = [
  '关键词: 产业 园区 招商',
  '责任编辑:{o}',
  'Copyright © 2024 {o} All rights reserved',
  '【打印】【关闭】',
];

function fill(template: string, r: () => number, at: { p: string; i: string; c: string; o: string }): string {
  const pick = (list: readonly string[]) => list[Math.floor(r() * list.length)]!;
  return template
    .replace(/\{(p|i|c|o)\}/g, (_, k: 'p' | 'i' | 'c' | 'o') => at[k])
    .replace(/\{o1\}/g, () => pick(OPENERS))
    .replace(/\{v\}/g, () => pick(VERBS))
    .replace(/\{n\}/g, () => pick(NOUNS))
    .replace(/\{a\}/g, () => pick(MODIFIERS))
    .replace(/\{t\}/g, () => pick(TAILS))
    .replace(/\{n100\}/g, () => `${Math.floor(r() * 900) + 100}.${Math.floor(r() * 10)}`)
    .replace(/\{n10\}/g, () => String(Math.floor(r() * 90) + 10))
    .replace(/\{n1\}/g, () => String(Math.floor(r() * 9) + 1))
    .replace(/\{pct\}/g, () => `${Math.floor(r() * 25) + 1}.${Math.floor(r() * 10)}`);
}

interface Story {
  title: string;
  body: string[];
}

/** A story of about 1,300 characters in one of three styles (see the top of this file). */
function story(r: () => number): Story {
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const at = { p: pick(PLACES), i: pick(INDUSTRIES), c: pick(COMPANIES), o: pick(OUTLETS) };
  const style = r();
  // news: a figure sentence one time in twelve; reports: one in five; bulletins: one in two.
  const figureShare = style < 0.65 ? 0.08 : style < 0.9 ? 0.2 : 0.5;
  const title = fill(
    pick([
      '{p}{i}产业跑出加速度',
      '{p}:项目建设按下“快进键”',
      '{c}落户{p}',
      '{p}经济运行稳中向好',
      '{p}召开{i}产业发展大会',
    ]),
    r,
    at,
  );
  const body: string[] = [];
  let length = 0;
  while (length < 1250) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(r() * 3);
    for (let k = 0; k < count; k++) {
      const template = r() < figureShare ? pick(FIGURES) : r() < 0.25 ? pick(PROSE) : pick(SKELETONS);
      sentences.push(fill(template, r, at));
    }
    const paragraph = sentences.join('');
    body.push(paragraph);
    length += paragraph.length;
  }
  // Pasted-page noise, now and then.
  if (r() < 0.1) body[0] = body[0]!.replace('产业', PINYIN_GLOSS);
  if (r() < 0.1)
    body[body.length - 1] = body[body.length - 1]!.replace(/\d/g, (d) =>
      String.fromCharCode(0xff10 + Number(d)),
    );
  return { title, body };
}

const toTraditional = (() => {
  const map = new Map<string, string>();
  const trad = [...t2s.traditional];
  const simp = [...t2s.simplified];
  // The first traditional form Big5 can write (some are variants only Unicode has).
  simp.forEach((s, k) => {
    if (map.has(s)) return;
    try {
      encodeLegacy(trad[k]!, 'big5');
      map.set(s, trad[k]!);
    } catch {
      // not in Big5: try the next pair
    }
  });
  return (text: string) => text.replace(/[\u3400-\u9fff]/g, (c) => map.get(c) ?? c);
})();

function page(s: Story, i: number, r: () => number, outlet: string): string {
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 28) + 1).padStart(2, '0');
  const lines = [s.title, `发布时间:2024-${month}-${day} 10:06 来源:${outlet}`, ...s.body];
  for (const line of FOOTER) if (r() < 0.6) lines.push(line.replace('{o}', outlet));
  return lines.join('\n\n');
}

function encode(i: number, text: string, traditional: boolean): SourceFile {
  const name = `a${i}.txt`;
  if (traditional) {
    const trad = toTraditional(text);
    // A page with pinyin glosses was saved as UTF-8 (Big5 has no tone marks), as such pages are.
    if (trad.includes('ǎ')) return { name, bytes: Buffer.from(trad, 'utf8') };
    return { name, bytes: encodeLegacy(trad.replace('©', '(C)'), 'big5') };
  }
  switch (i % 3) {
    case 1:
      return { name, bytes: encodeLegacy(text.replace('©', '(C)'), 'gbk') };
    case 2:
      return { name, bytes: encodeUtf16(text, 'le', true) };
    default:
      return { name, bytes: Buffer.from(text, 'utf8') };
  }
}

function mixed(total: number): SourceFile[] {
  const r = mulberry32(20241122);
  const stories: Story[] = [];
  const files: SourceFile[] = [];
  for (let i = 0; i < total; i++) {
    const outlet = OUTLETS[Math.floor(r() * OUTLETS.length)]!;
    let s: Story;
    if (stories.length > 20 && r() < 0.125) {
      // A reprint: an earlier story from another outlet, a paragraph dropped, an editor's line added.
      const original = stories[stories.length - 1 - Math.floor(r() * Math.min(500, stories.length))]!;
      const body = original.body.filter((_, k) => k !== 1 || original.body.length < 4);
      s = { title: original.title, body: [...body, `(本文转载自${outlet},有删节)`] };
    } else {
      s = story(r);
      stories.push(s);
      if (stories.length > 600) stories.shift();
    }
    files.push(encode(i, page(s, i, r, outlet), r() < 0.1));
  }
  return files;
}

const DENSE_PLACES = ['临江高新区', '青湾开发区', '南屿县', '星河智造基地', '东港园区', '西岭新区'];
const DENSE_INDUSTRIES = ['新能源', '集成电路', '生物医药', '智能制造', '现代物流', '数字经济'];
const DENSE_PROSE = [
  '园区坚持把招商引资和项目建设作为经济工作的主抓手,持续优化营商环境,推动产业链上下游协同发展。',
  '有关负责人表示,下一步将围绕主导产业精准招商,强化要素保障,加快推动签约项目早落地、早开工、早投产。',
  '与此同时,园区深入开展企业服务行动,组织专班走访重点企业,帮助企业解决用工、融资、用地等方面的实际困难。',
  '在科技创新方面,园区加快建设公共技术服务平台,引导企业加大研发投入,培育一批专精特新中小企业。',
];

/** The earlier bench's article: ~1,200 characters, three figures in every three lines. */
function denseArticle(i: number): string {
  const place = DENSE_PLACES[i % DENSE_PLACES.length]!;
  const industry = DENSE_INDUSTRIES[i % DENSE_INDUSTRIES.length]!;
  const lines = [
    `${place}${industry}产业发展情况通报(第${i}期)`,
    `发布时间:2024-${String((i % 12) + 1).padStart(2, '0')}-15 来源:${place}发布`,
  ];
  for (let k = 0; lines.join('').length < 1200; k++) {
    const n = (i * 31 + k * 7) % 97;
    lines.push(
      `${k + 1}月份,${place}${DENSE_INDUSTRIES[(i + k) % 6]}产业完成产值${n + 12}.${k % 10}亿元,同比增长${(n % 25) + 1}.${k % 9}%,新增规上企业${(n % 17) + 2}家。`,
      DENSE_PROSE[(i + k) % DENSE_PROSE.length]!,
      DENSE_PROSE[(i + k + 1) % DENSE_PROSE.length]!,
    );
  }
  lines.push(`编号${i}。`, '关键词: 产业 园区', 'Copyright © 2024 某某网 All rights reserved');
  return lines.join('\n');
}

function dense(total: number): SourceFile[] {
  const files: SourceFile[] = [];
  for (let i = 0; i < total; i++) {
    const text = denseArticle(i);
    if (i % 4 === 1) files.push({ name: `a${i}.txt`, bytes: encodeLegacy(text.replace('©', '(C)'), 'gbk') });
    else if (i % 4 === 2) files.push({ name: `a${i}.txt`, bytes: encodeUtf16(text, 'le', true) });
    else files.push({ name: `a${i}.txt`, bytes: Buffer.from(text, 'utf8') });
  }
  return files;
}

export function importCorpus(kind: CorpusKind, total: number): SourceFile[] {
  return kind === 'mixed' ? mixed(total) : dense(total);
}
