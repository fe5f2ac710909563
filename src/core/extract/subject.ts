// Who a figure is about: parks, regions and companies named in the article (珠海高新区, 华明泰),
// found by their name endings and by "下称" aliases; the nearest one before a figure is its subject.

import { charTable, openingKey } from './chars.ts';
import { indexDoc, paragraphStart, statementStart, type Doc } from './doc.ts';
import { topicNames } from './topics.ts';

/** Name endings, the longer and more specific first: their order decides at one position, as in a regex. */
export const SUFFIXES = [
  '高新技术产业开发区',
  '经济技术开发区',
  '经济开发区',
  '高新技术开发区',
  '综合保税区',
  '保税港区',
  '保税区',
  '自贸片区',
  '开发区',
  '高新区',
  '经开区',
  '自贸区',
  '示范区',
  '合作区',
  '创新区',
  '试验区',
  '新区',
  '科创城',
  '科技城',
  '科学城',
  '新城',
  '产业园',
  '科技园',
  '工业园',
  '高科技园',
  '产业基地',
  '港区',
  '股份有限公司',
  '有限公司',
  '股份',
  '集团',
  '街道',
  '市',
  '县',
  '区',
  '镇',
  '省',
  '港',
];

/** Characters that cannot be inside a name: they end the walk back from a suffix (with all non-CJK ones). */
const STOP_WORDS =
  '在的和与及是将为对从以把了向于由等让使被给同也都又还就即并而或如若但其该此这那各全每本我你他她它们着过得已则更最共年月日里内外前后两一';
/** Names that end in a generic place word (全区, 产业园区, 上市) are not names. */
const GENERIC =
  /(园区|城区|辖区|社区|(?<!自贸)片区|景区|小区|厂区|街区|全区|该区|本区|我区|各区|市区|山区|矿区|库区|湖区|专区|功能区|地区|上市|城市|超市|都市|门市|股市|省市|全市|本市|我市|各市|全省|本省|我省|各省|城镇|乡镇|市县|区县|大区|集聚区|产业区|生活区|商务区|核心区|启动区|先行区|拓展区|配套区)$|^([一二三四五六七八九十两几多]+[大个家类项座批]|[业能湾市省县区]|国家级|省级|市级|国党)/u;
/** A verb the walk back ran into: 助力珠海高新区 is about 珠海高新区. */
const VERBS =
  '推进|推动|建设|打造|培育|加快|发挥|依托|围绕|聚焦|落实|贯彻|引进|支持|服务|助力|带动|联手|入驻|落户|签约|成立|组建|设立|举办|召开|位于|来到|走进|对标|获悉|认定|申报|组织|实施|构建|形成|考察|调研|统筹|实现|抓|抢抓|进入|挺进|跻身|迈入|晋级|创建|争创|扩建|新建|投建|入选|获评|评为|荣获|获批|列入|入围|授予|命名为|认定为';
const LEADING_VERB = new RegExp(`^.*?(${VERBS})`, 'u');
/** First characters of the verbs: a walk holding none of them has no verb to strip. */
const VERB_FIRST = new Set(VERBS.split('|').map((v) => v[0]));
/** After a one-character ending (省级, 区委, 市场) the character is not a place. */
const NOT_PLACE_AFTER = /^[级委党内域场民长政属直辖情况口元币股资澳湾航务]/u;
/** Company endings: a company's name runs longer before them than a place's before 港 or 新城. */
const COMPANY_ENDINGS = new Set(['股份', '集团']);
/** 股份制, 股份合作: shares, not a company. */
const NOT_A_SHAREHOLDING = /^(制|合作|有限|比例|转让)/u;
/** Words that introduce a company or place before its name (企业, 区内, 龙头). */
const GENERIC_LEAD = /^.*(?:企业|公司|区内|园内|龙头)/u;
const LEAD_CHAR = charTable('企公内龙');
function mayHoldLead(walked: string): boolean {
  for (let i = 0; i < walked.length; i++) if (LEAD_CHAR[walked.charCodeAt(i)] === 1) return true;
  return false;
}
const SHORT_FORMS: [RegExp, string][] = [
  [/高新技术产业开发区$/u, '高新区'],
  [/经济技术开发区$/u, '经开区'],
];

/** One entry per UTF-16 code unit: 1 outside the CJK block (U+4E00–U+9FFF) and for STOP_WORDS. */
const STOP_CHAR = new Uint8Array(0x10000).fill(1);
STOP_CHAR.fill(0, 0x4e00, 0xa000);
for (const c of STOP_WORDS) STOP_CHAR[c.charCodeAt(0)] = 1;

const BYLINE = /^(党工委|管委会|党委)?[^，,。、]{0,4}(书记|主任|局长|负责人|代表)/u;
/** BYLINE needs one of its titles to start within ten characters: 书, 主, 局, 负 or 代. */
function titleNear(text: string, at: number): boolean {
  const end = Math.min(text.length, at + 10);
  for (let i = at; i < end; i++) {
    const c = text[i];
    if (c === '书' || c === '主' || c === '局' || c === '负' || c === '代') return true;
  }
  return false;
}

/** True when some character of a walked-back name could start a verb (walks hold only CJK characters). */
function mayHoldVerb(walked: string): boolean {
  for (let i = 0; i < walked.length; i++) if (VERB_FIRST.has(walked[i]!)) return true;
  return false;
}

export interface NameMention {
  name: string;
  start: number;
  end: number;
  /** Named as the object of a verb (推进生物健康产业园): rarely whom a figure is about. */
  object?: boolean;
  /** Named in a speaker's byline (…高新区党工委书记): the subject of the section that follows. */
  anchor?: boolean;
  /** A company found by its clause shape (星禾智造实现…): weighs less in the article's main subject. */
  company?: boolean;
  /**
   * An industry of the article's own place (全市集成电路产业): the kind of place named (市, 区, 县, 园…),
   * so the subject can prefix the article's subject when that is such a place.
   */
  ownPlace?: string;
}

/** True when a name-ending of a park or an administrative place closes `name` (…开发区, …市). */
export function hasNameEnding(name: string): boolean {
  const found = endingsIn(name);
  const last = found.at(-1);
  return last !== undefined && last.index + last.suffix.length === name.length && last.suffix !== '港';
}

/**
 * The suffixes of two or more characters by their first two, in list order, and the one-character ones:
 * at most characters that start a suffix (区, 产, 高) the next character already rules them all out.
 */
const SUFFIXES_BY_OPENING = new Map<number, string[]>();
for (const s of SUFFIXES.filter((s) => s.length > 1)) {
  const k = openingKey(s.charCodeAt(0), s.charCodeAt(1));
  (SUFFIXES_BY_OPENING.get(k) ?? SUFFIXES_BY_OPENING.set(k, []).get(k)!).push(s);
}
const ONE_CHAR_SUFFIX = new Map(SUFFIXES.filter((s) => s.length === 1).map((s) => [s.charCodeAt(0), s]));
const SUFFIX_FIRST = charTable(SUFFIXES.map((s) => s[0]).join(''));
const SUFFIX_SECOND = charTable(SUFFIXES.map((s) => s[1] ?? '').join(''));
// The one-character suffixes come last in SUFFIXES, so at one position any longer suffix wins, as the
// alternation would choose; endingsIn relies on that (gates.test.ts checks it against the alternation).

interface Ending {
  suffix: string;
  index: number;
}

/**
 * What text.matchAll(new RegExp(SUFFIXES.join('|'), 'gu')) finds (leftmost, first alternative in list
 * order, no overlaps), without the regex: most characters start no suffix, one table read says so.
 */
export function endingsIn(text: string): Ending[] {
  const out: Ending[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SUFFIX_FIRST[c] !== 1) continue;
    const next = text.charCodeAt(i + 1);
    const suffix =
      (SUFFIX_SECOND[next] === 1 ? longerSuffixAt(text, i, openingKey(c, next)) : undefined) ??
      ONE_CHAR_SUFFIX.get(c);
    if (suffix === undefined) continue;
    out.push({ suffix, index: i });
    i += suffix.length - 1;
  }
  return out;
}

const ALIAS = /[(（](?:下称|以下简称|简称)[“"]?([\u4e00-\u9fffA-Za-z]{2,8})[”"]?[)）]/gu;

function longerSuffixAt(text: string, i: number, opening: number): string | undefined {
  const suffixes = SUFFIXES_BY_OPENING.get(opening);
  if (suffixes !== undefined) for (const s of suffixes) if (text.startsWith(s, i)) return s;
  return undefined;
}

export function findNames(text: string): NameMention[] {
  const found: NameMention[] = [];
  const endings = endingsIn(text);
  const firstBreak = text.indexOf('\n');
  const titleEnd = firstBreak < 0 ? text.length : firstBreak;
  // Where each ending occurs, so a variant is counted among them rather than by rescanning the text.
  const at = new Map<string, number[]>();
  for (const m of endings) (at.get(m.suffix) ?? at.set(m.suffix, []).get(m.suffix)!).push(m.index);
  const counts = new Map<string, number>();
  const count = (variant: string, suffix: string) => {
    let n = counts.get(variant);
    if (n === undefined) {
      const lead = variant.length - suffix.length;
      n = 0;
      for (const p of at.get(suffix) ?? []) if (p >= lead && text.startsWith(variant, p - lead)) n++;
      counts.set(variant, n);
    }
    return n;
  };
  for (const m of endings) {
    const end = m.index + m.suffix.length;
    const longest = m.suffix.length >= 3 || COMPANY_ENDINGS.has(m.suffix) ? 6 : 3;
    let start = m.index;
    while (start > 0 && m.index - start < longest && STOP_CHAR[text.charCodeAt(start - 1)] !== 1) start--;
    const single = m.suffix.length === 1;
    if (single && end < text.length && NOT_PLACE_AFTER.test(text[end]!)) continue;
    const walked = text.slice(start, m.index);
    if (m.suffix === '股份' && NOT_A_SHAREHOLDING.test(text.slice(end, end + 2))) continue;
    const unverbed = mayHoldVerb(walked) ? walked.replace(LEADING_VERB, '') : walked;
    const object = unverbed !== walked;
    // 区内企业华辰股份: the company is named after the words that introduce it.
    const body = mayHoldLead(unverbed) ? unverbed.replace(GENERIC_LEAD, '') : unverbed;
    const anchor = titleNear(text, end) && BYLINE.test(text.slice(end, end + 10));
    const inTitle = end <= titleEnd;
    let name = shorten(bestVariant(count, text, m.index, body.length, m.suffix, single, inTitle));
    // 高新区上半年经济运行情况: a title that opens on a bare park word is about that park.
    if (name === '' && m.index === 0 && !single && body === '' && text[end] !== '区') name = m.suffix;
    if (name === '' || GENERIC.test(name)) continue;
    start = end - (name === shorten(body + m.suffix) ? body.length + m.suffix.length : name.length);
    // Overlapping endings (经济技术开发区 also ends in 开发区): keep the longer, earlier one.
    const prev = found.at(-1);
    if (prev && prev.end >= end) continue;
    if (prev && prev.start === start) found.pop();
    found.push({ name, start, end, object, anchor });
  }
  // Every alias is introduced by a word ending in 称: most articles have none to look for.
  const aliases = text.includes('称') ? text.matchAll(ALIAS) : [];
  for (const m of aliases) {
    const alias = m[1] ?? '';
    for (const a of text.matchAll(new RegExp(alias, 'gu'))) {
      found.push({ name: alias, start: a.index, end: a.index + alias.length });
    }
  }
  const places = [...new Set(found.map((n) => n.name))]
    .filter((n) => /[市县区省镇]$/u.test(n) && n.length >= 3)
    .map((n) => n.slice(0, -1));
  for (const t of topicNames(text, places)) {
    if (!found.some((n) => n.start < t.end && t.start < n.end && n.name.length >= t.name.length))
      found.push(t);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Of 力珠海高新区, 珠海高新区 …: the variant the article repeats most (the longer one at a tie). */
function bestVariant(
  countOf: (variant: string, suffix: string) => number,
  text: string,
  at: number,
  bodyLength: number,
  suffix: string,
  single: boolean,
  inTitle: boolean,
): string {
  let best = '';
  let bestCount = 0;
  // The body ends where the suffix starts (at), so a variant is one slice of the text, not a concatenation.
  for (let k = bodyLength; k >= 2; k--) {
    const variant = text.slice(at - k, at + suffix.length);
    const count = countOf(variant, suffix);
    if (count > bestCount) {
      best = variant;
      bestCount = count;
    }
  }
  // 临江市2025年统计公报: a one-character ending (市, 县) needs a second mention, or the title's word.
  return single && bestCount < 2 && !(inTitle && best.length >= 3) ? '' : best;
}

function shorten(name: string): string {
  if (!name.endsWith('开发区')) return name;
  for (const [pattern, short] of SHORT_FORMS) if (pattern.test(name)) return name.replace(pattern, short);
  return name;
}

/** The article's main subject: the most mentioned name, with the title and lead counting triple. */
export function mainSubject(text: string, names: NameMention[], leadLength = 200): string | null {
  const score = new Map<string, number>();
  for (const n of names) {
    if (n.ownPlace) continue;
    if (
      /[市省县]$/u.test(n.name) &&
      n.name.length <= 3 &&
      names.some((o) => o.name.length > n.name.length && o.name.startsWith(n.name))
    ) {
      score.set(n.name, (score.get(n.name) ?? 0) + 0.5);
      continue;
    }
    score.set(n.name, (score.get(n.name) ?? 0) + (n.start < leadLength && !n.company ? 3 : 1));
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [name, s] of score) {
    if (s > bestScore) {
      best = name;
      bestScore = s;
    }
  }
  return best;
}

/** The names of one article, indexed once so each figure's look-up is a binary search. */
export interface SubjectIndex {
  doc: Doc;
  names: NameMention[];
  /** lastAnchor[k]: the last byline name among names[0..k], or null. */
  lastAnchor: (NameMention | null)[];
}

export function indexSubjects(doc: Doc, names: NameMention[]): SubjectIndex {
  const sorted = [...names].sort((a, b) => a.end - b.end);
  const lastAnchor: (NameMention | null)[] = [];
  let anchor: NameMention | null = null;
  for (const n of sorted) {
    if (n.anchor) anchor = n;
    lastAnchor.push(anchor);
  }
  return { doc, names: sorted, lastAnchor };
}

/**
 * Whom a figure is about: a name earlier in its sentence that is not a verb's object; else the name in
 * the byline heading its section; else the nearest name within `reach`; else the article's subject.
 */
export function subjectFor(
  index: SubjectIndex,
  figureStart: number,
  fallback: string | null,
  reach = 400,
): string {
  const { names } = index;
  const sentenceStart = statementStart(index.doc, figureStart);
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((names[mid]?.end ?? 0) <= figureStart) lo = mid + 1;
    else hi = mid;
  }
  let inSentence: NameMention | null = null;
  let near: NameMention | null = null;
  for (let k = lo - 1; k >= 0; k--) {
    const n = names[k]!;
    if (n.object) continue;
    if (figureStart - n.end > reach) break;
    // A company found by its clause shape speaks for its own paragraph only.
    if ((n.company || n.ownPlace) && n.start < paragraphStart(index.doc, figureStart)) break;
    near ??= n;
    if (n.start >= sentenceStart) inSentence ??= n;
    break;
  }
  const anchor = lo > 0 ? (index.lastAnchor[lo - 1] ?? null) : null;
  // 园区新增市场主体1200户: a sentence that opens on its own place is not about a company before it.
  if (
    inSentence === null &&
    near !== null &&
    isCompany(near) &&
    opensOnOwnPlace(index.doc.text, sentenceStart)
  )
    near = null;
  const found = inSentence ?? anchor ?? near;
  if (found?.ownPlace) return ownIndustry(found.name, found.ownPlace, fallback);
  return found?.name ?? fallback ?? '';
}

function isCompany(n: NameMention): boolean {
  const name = n.name;
  return n.company === true || name.endsWith('公司') || name.endsWith('股份') || name.endsWith('集团');
}

const OWN_PLACE_OPENINGS = ['全区', '全市', '全县', '全省', '园区', '该区', '本区', '我区', '全园'];
const OWN_PLACE_FIRST = charTable('全园该本我');

function opensOnOwnPlace(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0x3000)) i++;
  if (OWN_PLACE_FIRST[text.charCodeAt(i)] !== 1) return false;
  for (const w of OWN_PLACE_OPENINGS) if (text.startsWith(w, i)) return true;
  return false;
}

/** 集成电路产业 of 全市 in an article about 临江市: 临江市集成电路产业; of another kind of place, as named. */
function ownIndustry(industry: string, place: string, subject: string | null): string {
  if (!subject) return industry;
  const last = subject.charAt(subject.length - 1);
  const fits = place === '园' ? !/[市县省镇]/u.test(last) : last === place;
  return fits ? subject + industry : industry;
}

export function subjectAt(
  text: string,
  names: NameMention[],
  figureStart: number,
  fallback: string | null,
  reach = 400,
): string {
  return subjectFor(indexSubjects(indexDoc(text), names), figureStart, fallback, reach);
}
