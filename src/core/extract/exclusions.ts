// Numbers that look like figures but are not (SCHEMA.md "Do not count"): ordinals, labels such as
// “3+3+1” or 5G, product specifications, durations, slogans with counters, idioms with 一.
import { charTable } from './chars.ts';
import type { Candidate } from './scan.ts';

/** What may follow a counter and turn the count into a duration or a label. */
const AFTER_COUNTER: Record<string, readonly string[]> = {
  个: ['月', '小时', '工作日', '季度', '星期', '年头', '世纪', '阶段', '百分点'],
  位: ['数', '一体'],
  名: ['单', '义'],
  台: ['阶'],
  条: ['件', '例'],
  家: ['庭', '乡', '属'],
  项: ['目'],
  所: ['有', '在', '以', '谓', '属', '得'],
  成: [...'为立果功本员交长型效都熟就份分品绩'],
  度: ['电'],
};

/** Slogans built from a counter ("两个维护", "四个全面") are names, not counts. */
const SLOGANS = [
  ...['代表', '维护', '确立', '全面', '自信', '意识', '务必', '毫不动摇', '必须', '一体', '一批'],
  ...['坚持', '着力', '聚焦', '转变', '优先', '服务'],
];

/** Words that make a number a product specification (“20倍以上高清变焦镜头”, 12英寸). */
const SPEC_AFTER = [
  ...['高清', '变焦', '光学', '像素', '英寸', '纳米', '寸', '速', '级', '型', '系列', '版', '代', '字'],
  ...['号', '流', '周年', '强县', '强市', '强区', '强企业', '强榜', '强名单', '强中', '强之'],
];

/** Words that make a number a level or an edition (3级, 二期, 第十届). */
const SCALE_AFTER = ['级', '档', '线', '期', '届', '次会', '号'];

/** True when one of the words starts at `at`: /^(a|b)/.test(text.slice(at, at + 8)) for short words. */
function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

/** 超10亿元项目, 5000万元以上企业: a money threshold naming a class of projects or firms, not an amount. */
const SIZE_CLASS_AFTER = ['项目', '的项目', '企业', '的企业', '重大项目', '产业项目', '工业项目'];
const SIZE_CLASS_FIRST = charTable('项的企重产工');

const PROGRAMME_AFTER = ['计划', '行动', '工程', '”'];

/** What the tests below look at first: most candidates fail them on one character, without a regex. */
const LABEL_BEFORE = charTable('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+＋_./:@#');
const LABEL_AFTER = charTable('+＋ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
const SCALE_FIRST = charTable('级档线期届次号');
const SPEC_FIRST = charTable('高变光像英纳寸速级型系版代字号流周强');
const ORDINAL = 0x7b2c; // 第
const PLUS = 43;
const WIDE_PLUS = 0xff0b;

const isDigit = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/** The six characters before a candidate, read only by the rare doubling and 成 tests. */
function sixBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - 6), start);
}

export function exclusionReason(c: Candidate, text: string): string | null {
  const lastBefore = c.start > 0 ? text.charCodeAt(c.start - 1) : -1;
  const firstAfter = c.end < text.length ? text.charCodeAt(c.end) : -1;
  const chineseNumeral = c.numeral !== '' && !isDigit(c.numeral);

  if (c.form === 'plain' && c.info.unit === '番') return 'doubling without 翻';
  if (
    c.form === 'plain' &&
    c.info.family === 'rank' &&
    !/(进入|跻身|位列|挺进|迈入|入围|入选|位居|居|列|成为|晋级|闯入)[^，,。；;]{0,12}$/u.test(
      text.slice(Math.max(0, c.start - 16), c.numberStart),
    )
  ) {
    return 'N强 as a list name';
  }
  if (c.form !== 'rank' && c.numberStart > 0 && text.charCodeAt(c.numberStart - 1) === ORDINAL)
    return 'ordinal';
  if (lastBefore >= 0 && LABEL_BEFORE[lastBefore] === 1) return 'label or code';
  if (firstAfter >= 0 && LABEL_AFTER[firstAfter] === 1 && c.info.family !== 'percent') return 'label';
  if (firstAfter === PLUS || firstAfter === WIDE_PLUS) return 'label';
  if (
    firstAfter >= 0 &&
    SCALE_FIRST[firstAfter] === 1 &&
    startsWithAny(text, c.end, SCALE_AFTER) &&
    c.form === 'plain'
  )
    return 'scale label';
  if (
    firstAfter >= 0 &&
    SPEC_FIRST[firstAfter] === 1 &&
    startsWithAny(text, c.end, SPEC_AFTER) &&
    c.form !== 'doubling'
  )
    return 'specification';
  if (c.form === 'doubling' && startsWithAny(text, c.end, PROGRAMME_AFTER)) return 'programme name';
  if (c.form === 'doubling' && /(聚焦|围绕|实施|开展|推进|助推|服务)$/u.test(sixBefore(text, c.start)))
    return 'goal name';
  if (insideShortQuote(text, c.start, c.end)) return 'label in quotes';
  if (
    c.info.family === 'money' &&
    c.approx === 'over' &&
    firstAfter >= 0 &&
    SIZE_CLASS_FIRST[firstAfter] === 1 &&
    startsWithAny(text, c.end, SIZE_CLASS_AFTER)
  )
    return 'size class';
  if (c.info.family === 'count') {
    const unitWord = unitCounter(c.info.unit);
    const rule = AFTER_COUNTER[unitWord];
    if (rule && startsWithAny(text, c.end, rule)) return 'duration or word';
    if (chineseNumeral && startsWithAny(text, c.end, SLOGANS)) return 'slogan';
  }
  if (c.info.unit === '成') {
    if (startsWithAny(text, c.end, AFTER_COUNTER['成'] ?? [])) return 'word with 成';
    // 约三成企业: a qualifier read into the figure makes 成 a share, whatever noun follows.
    if (
      c.numberStart === c.start &&
      !/^(以上|左右|多|的|，|,|。|、|；)/u.test(text.slice(c.end, c.end + 8)) &&
      !/(占|超|近|约|达|有|逾|了)$/u.test(sixBefore(text, c.start))
    )
      return 'word with 成';
  }
  if (c.info.unit === '度' && !isDigit(c.numeral)) return 'word with 度';
  if (chineseNumeral) {
    if (
      c.value === 1 &&
      c.range === null &&
      (c.info.family === 'count' || c.info.unit === '元') &&
      !singlePlatform(text, c)
    )
      return 'idiom with 一';
    if (/^[十百千]$/.test(c.numeral) && c.approx === 'exact') return 'bare 十/百/千 without qualifier';
    if (c.info.unit === '元' || c.info.unit === '米' || c.info.unit === '度')
      return 'Chinese numeral with a bare unit';
    if (
      c.form !== 'rank' &&
      /(统|同|唯|之|万|其|这|那|每|星期|周|初|再|第|是|个)$/u.test(
        text.slice(Math.max(0, c.numberStart - 2), c.numberStart),
      )
    ) {
      return 'numeral inside a word';
    }
  }
  if (c.value !== null && c.value === 0) return 'zero';
  return null;
}

/** 和一个省级平台, 建成一个国家级孵化器: one platform is a count, where 一个 elsewhere is an idiom. */
const PLATFORM_AFTER =
  /^[“"]?[^，,。；;、\n]{0,12}?(?:平台|基地|中心|实验室|研究院|孵化器|产业园|示范区|集群)/u;
const LEVEL_AFTER = /^[“"]?(?:国家级|省级|市级|国字号|国家)/u;

function singlePlatform(text: string, c: Candidate): boolean {
  if (!/^[个家所座]$/u.test(c.info.unit)) return false;
  const after = text.slice(c.end, c.end + 20);
  if (!PLATFORM_AFTER.test(after)) return false;
  return LEVEL_AFTER.test(after) || /[和及、]$/u.test(text.slice(Math.max(0, c.start - 1), c.start));
}

function unitCounter(unit: string): string {
  const c = unit.charCodeAt(0);
  return c === 0x4e07 || c === 0x4ebf ? unit.slice(1) : unit;
}

/** True inside a short quoted label (“三个高地”); long quotes are speech and keep their figures. */
function insideShortQuote(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 12);
  let open = -1;
  for (let i = Math.min(start, text.length - 1); i >= from; i--) {
    if (OPENING_QUOTE[text.charCodeAt(i)] === 1) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = open + 1; i < start; i++) if (CLOSING_QUOTE[text.charCodeAt(i)] === 1) return false;
  const restEnd = Math.min(text.length, end + 14);
  for (let i = end; i < restEnd; i++) {
    const c = text.charCodeAt(i);
    if (CLOSING_QUOTE[c] === 1) return true;
    if (c === 0xff0c || c === 0x3002 || c === 0xff1b) return false;
  }
  return false;
}

const OPENING_QUOTE = charTable('“《「');
const CLOSING_QUOTE = charTable('”》」');
