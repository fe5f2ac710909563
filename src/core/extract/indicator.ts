// Names the quantity a figure measures (固定资产投资, 新增高企) from the words around it, and files it
// under a SCHEMA.md category by the lexicon term that heads that phrase.
import type { Category } from '../../shared/domain.ts';
import { charTable } from './chars.ts';
import { BUILTIN_LEXICON, type Lexicon } from './lexicon.ts';
import type { TermIndex } from './terms.ts';
import type { UnitFamily } from './units.ts';

/**
 * What phraseBefore reads of each character, in one table: whether it ends the phrase, ends a list item
 * (5家、: a digit or a unit before 、 ends the phrase too), or is a quote or period sign cleanPhrase
 * would need to remove, or a verb (实现, 完成) it would cut the phrase after.
 */
const ENDS_PHRASE = 1;
const ENDS_ITEM = 2;
const QUOTE_MARK = 4;
const PERIOD_MARK = 8;
const VERB_MARK = 16;
const PHRASE_CHAR = new Uint8Array(0x10000);
for (const [chars, flag] of [
  ['，,。；;：:！？!?\n（()）|■●—', ENDS_PHRASE],
  ['0123456789个家项名人位条座户所批台套亩吨元%倍', ENDS_ITEM],
  ['“”"‘’《》', QUOTE_MARK],
  ['年月季来十12', PERIOD_MARK],
  ['实完', VERB_MARK],
] as const)
  for (const c of chars) PHRASE_CHAR[c.charCodeAt(0)]! |= flag;
const LIST_COMMA = 0x3001;
/** 分别达到486家和21家: 和 after a unit parts two items as 、 does. */
const AND = 0x548c;
const LEADING_WORDS =
  '该企业|该公司|该项目|区内企业|区内|园内|科学城|科技城|科创城|新城|开发区|高新区|经开区|新区|的|了|拥有|集聚|聚集|挺进|进入|跻身|位列|迈入|入围|入选|稳居|位居|其中|同时|此外|另外|并且|并|而且|而|以及|及|和|与|在|由|对|把|让|使|全区|全市|全县|全省|全镇|全园|园区|全年|今年|去年|目前|当前|预计|计划|力争|争取|确保|努力|奋力|全力|加快|推进|推动|将|要|拟|已经|已|共有|共|累计|总计|实现了|实现|完成|达到|其|有|同比|环比|比去年同期|与去年同期相比|又|还|再|均|分别|带动|通过|发挥|充分发挥|打造|形成|以'.split(
    '|',
  );
const TRAILING_WORDS =
  '控制在|保持在|稳定在|提高到|提升到|提高至|提升至|扩大至|扩大到|增长到|增长至|预计可|可以|有望|可|预计可达|预计达到|预计达|预计|将达到|将达|可达到|可达|达到了|达到|达|为|是|实现了|实现|完成了|完成|突破|超过|共计|共|累计|合计|总计|有|占|约|了|至|到|的|同比|环比|分别|形成|带动|以|将|已|在|排|排名第|位居|居|稳居|列|力争|争取|确保|计划|增长|下降|提高|增加|减少|比上年|比去年|比上年同期|比去年同期|比上年末|比上|较上年|较去年|较上年同期|较去年同期|较上年末|较上|年均|平均|提升|降低|按年|按年增长|上升|上涨|下跌|新台币|台币|港币|港元|美元|欧元|日元|人民币'.split(
    '|',
  );
/** Where the noun after a count stops: a function word, punctuation or white space (\\s). */
const STOP_IN_NOUN = charTable(
  '和及在从向对于将已并为是被把等，,。；;:：、!?！？()（）' +
    '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
);
const PERIODS =
  /(到?(?:19|20)\d{2}年?|今年|去年|明年|全年|年内|上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}[至-]\d{1,2}月|“?十[三四五]五”?(?:期间|时期)?|以来|年底|年末|近\d{1,2}年)/gu;

/**
 * The framing words by their first (last) character. A leading word is the first in list order that
 * opens the phrase, as an alternation anchored at the start takes it; a trailing word is the longest
 * that closes it, as an alternation anchored at the end finds it from the left.
 */
const LEADING_BY_FIRST = groupBy(LEADING_WORDS, (w) => w.charCodeAt(0));
const TRAILING_BY_LAST = groupBy(
  [...TRAILING_WORDS].sort((a, b) => b.length - a.length),
  (w) => w.charCodeAt(w.length - 1),
);

function groupBy(words: readonly string[], key: (w: string) => number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) (out.get(key(w)) ?? out.set(key(w), []).get(key(w))!).push(w);
  return out;
}

/** The characters the framing words start (end) with: most phrases start and end on none. */
const LEADING_FIRST = charTable([...LEADING_BY_FIRST.keys()].map((c) => String.fromCharCode(c)).join(''));
const TRAILING_LAST = charTable([...TRAILING_BY_LAST.keys()].map((c) => String.fromCharCode(c)).join(''));

function withoutLeading(s: string): string {
  if (s === '' || LEADING_FIRST[s.charCodeAt(0)] !== 1) return s;
  const words = LEADING_BY_FIRST.get(s.charCodeAt(0));
  if (words) for (const w of words) if (s.startsWith(w)) return s.slice(w.length);
  return s;
}

function withoutTrailing(s: string): string {
  if (s === '' || TRAILING_LAST[s.charCodeAt(s.length - 1)] !== 1) return s;
  const words = TRAILING_BY_LAST.get(s.charCodeAt(s.length - 1));
  if (words) for (const w of words) if (s.endsWith(w)) return s.slice(0, s.length - w.length);
  return s;
}

/** Every PERIODS alternative holds 年, 月, 季, 来 or 十, or starts 19/20: a phrase without them has none. */
const PERIOD_SIGN = charTable('年月季来十12');
const QUOTES = charTable('“”"‘’《》');

/** What a phrase may hold: false where the caller, having read every character of it, knows it holds none. */
export interface PhraseMay {
  names: boolean;
  quotes: boolean;
  periods: boolean;
  /** 实现 or 完成 (afterVerb): the words that follow may name the quantity. */
  verbs: boolean;
}

const MAY_HOLD_ANY: PhraseMay = { names: true, quotes: true, periods: true, verbs: true };

function hasAny(s: string, table: Uint8Array): boolean {
  for (let i = 0; i < s.length; i++) if (table[s.charCodeAt(i)] === 1) return true;
  return false;
}

export interface IndicatorContext {
  text: string;
  start: number;
  end: number;
  family: UnitFamily;
  /** The article's names (parks, companies), removed from the phrase: they are its subject. */
  names: TermIndex<true>;
  lexicon?: Lexicon;
}

export function nameIndicator(ctx: IndicatorContext): string {
  const lexicon = ctx.lexicon ?? BUILTIN_LEXICON;
  const after = nounAfter(ctx.text, ctx.end, lexicon);
  // A count names what follows it (12个制造业项目); otherwise the phrase before leads when it ends in a
  // lexicon term or when nothing follows. Each side is read only when the choice needs it.
  let phrase: string;
  if (ctx.family === 'count' && after) phrase = after;
  else {
    const before = phraseBefore(ctx);
    phrase = after && !endsInTerm(before, lexicon) ? after : before;
  }
  if (ctx.family === 'rank' && phrase && !/排名|排行|强/u.test(phrase)) phrase += '排名';
  if (ctx.family === 'area' && phrase && !/(面积|用地|供地|占地|土地)/u.test(phrase)) phrase += '面积';
  return phrase || fallbackName(ctx.family);
}

/** True when a lexicon term ends within the last three characters of the phrase (the head noun). */
function endsInTerm(phrase: string, lexicon: Lexicon): boolean {
  const head = lastTerm(phrase, lexicon);
  return head !== null && head.end >= phrase.length - 3;
}

function phraseBefore(ctx: IndicatorContext): string {
  const { text, start } = ctx;
  let i = start;
  let seen = 0;
  let nameStart = false;
  const nameStarts = ctx.names.startBits();
  while (i > 0 && start - i < 30) {
    const c = text.charCodeAt(i - 1);
    const kind = PHRASE_CHAR[c]!;
    if ((kind & ENDS_PHRASE) !== 0) break;
    if ((c === LIST_COMMA || c === AND) && i >= 3 && (PHRASE_CHAR[text.charCodeAt(i - 2)]! & ENDS_ITEM) !== 0)
      break;
    seen |= kind;
    nameStart ||= (nameStarts[c >>> 5]! & (1 << (c & 31))) !== 0;
    i--;
  }
  const s = cleanPhrase(text.slice(i, start), ctx.names, {
    names: nameStart,
    quotes: (seen & QUOTE_MARK) !== 0,
    periods: (seen & PERIOD_MARK) !== 0,
    verbs: (seen & VERB_MARK) !== 0,
  });
  return s.length > 14 ? s.slice(-14) : s;
}

/** A phrase as an indicator name: without the names in it, quotes, periods and framing verbs. */
export function cleanPhrase(raw: string, names: TermIndex<true>, may: PhraseMay = MAY_HOLD_ANY): string {
  let s = may.names ? withoutNames(raw, names) : raw;
  if (may.quotes && hasAny(s, QUOTES)) s = s.replace(/[“”"‘’《》]/gu, '');
  if (may.periods && hasAny(s, PERIOD_SIGN)) s = s.replace(PERIODS, '');
  if (may.verbs) s = afterVerb(s);
  for (let k = 0; k < 4; k++) {
    const next = withoutTrailing(withoutLeading(s));
    if (next === s) break;
    s = next;
  }
  return s;
}

/** 科学城实现技工贸总收入 → 实现技工贸总收入: what is achieved follows the verb; who achieves it is the subject. */
function afterVerb(s: string): string {
  let may = false;
  for (let i = 1; i < s.length - 3 && !may; i++) may = ACHIEVE_FIRST[s.charCodeAt(i)] === 1;
  if (!may) return s;
  for (const verb of ACHIEVE) {
    const at = s.lastIndexOf(verb);
    if (at > 0 && s.length - at - verb.length >= 2) return s.slice(at);
  }
  return s;
}

const ACHIEVE = ['实现', '完成'];
const ACHIEVE_FIRST = charTable('实完');

/** The noun right after a count: 12个[制造业项目]集中动工 → 制造业项目. */
function withoutNames(s: string, names: TermIndex<true>): string {
  const found = names.all(s);
  if (found.length === 0) return s;
  let out = '';
  let at = 0;
  for (const n of found) {
    out += s.slice(at, n.start);
    at = n.end;
  }
  return out + s.slice(at);
}

function nounAfter(text: string, end: number, lexicon: Lexicon): string {
  const limit = Math.min(text.length, end + 24);
  const from = end < limit && text.charCodeAt(end) === 0x7684 /* 的 */ ? end + 1 : end;
  // The noun runs to the first stop, 16 characters at most, without quotes. A quote matters only when
  // it comes before that end: most nouns are one slice of the text.
  let stop = from;
  const last = Math.min(limit, from + 16);
  while (stop < last && STOP_IN_NOUN[text.charCodeAt(stop)] !== 1 && QUOTES[text.charCodeAt(stop)] !== 1)
    stop++;
  let s: string;
  if (stop < last && QUOTES[text.charCodeAt(stop)] === 1) {
    s = text.slice(from, limit).replace(/[“”"‘’]/gu, '');
    for (let i = 0; i < s.length; i++) {
      if (STOP_IN_NOUN[s.charCodeAt(i)] === 1) {
        s = s.slice(0, i);
        break;
      }
    }
    s = s.slice(0, 16);
  } else s = text.slice(from, stop);
  const bestEnd = lexicon.heads.lastEnding(s)?.end ?? -1;
  if (bestEnd < 0) {
    const term = lastTerm(s.slice(0, 10), lexicon);
    return term ? s.slice(0, term.end) : '';
  }
  return s.slice(0, bestEnd);
}

const FALLBACK_NAMES: Partial<Record<UnitFamily, string>> = {
  area: '面积',
  money: '金额',
  count: '数量',
  rank: '排名',
  mass: '规模',
  multiple: '增长倍数',
};

function fallbackName(family: UnitFamily): string {
  return FALLBACK_NAMES[family] ?? '比例';
}

/** Words that say how a quantity moved or what share it is, but not what it is. */
const MEASURE_FIRST = charTable('占比较是增下提减同环可能约共总数金');
const MEASURE_ONLY =
  /^(?:占比|比重|比例|增速|增幅|增长|下降|提高|提升|减少|增加|同比|环比|按年|是|同期|[比较](?:上年|去年|上)?(?:同期|末)?|占|可|能|约|共|总量|数量|金额)*$/u;

/** True when a name says nothing of its own (a fallback or a measure word), so a neighbour's may stand in. */
export function isWeakName(name: string, family: UnitFamily): boolean {
  return (
    name === fallbackName(family) ||
    name.length <= 1 ||
    (MEASURE_FIRST[name.charCodeAt(0)] === 1 && MEASURE_ONLY.test(name))
  );
}

/** The lexicon term ending last in the phrase (the head of a Chinese noun phrase); longest at a tie. */
function lastTerm(phrase: string, lexicon: Lexicon): { category: Category; end: number } | null {
  const hit = lexicon.categories.lastEnding(phrase);
  return hit ? { category: hit.value, end: hit.end } : null;
}

export function categoryOf(phrase: string, lexicon: Lexicon = BUILTIN_LEXICON): Category | null {
  return lastTerm(phrase, lexicon)?.category ?? null;
}

/**
 * Category of a figure: the unit decides for land; otherwise the indicator's head term, then the context
 * text[from, to), read in place. `whole`, when known, is categoryOf(indicator): not looked up twice.
 */
export function categorise(
  indicator: string,
  family: UnitFamily,
  text: string,
  from: number,
  to: number,
  lexicon: Lexicon = BUILTIN_LEXICON,
  whole?: Category | null,
): Category {
  if (family === 'area') return 'area';
  if (family === 'rank') return 'other';
  // 经济体量、企业数量双倍增: the first of a listed pair leads.
  const cut = indicator.indexOf('、');
  const full = whole === undefined ? categoryOf(indicator, lexicon) : whole;
  const own = cut < 0 ? full : (categoryOf(indicator.slice(0, cut), lexicon) ?? full);
  if (own) return family === 'mass' && own !== 'output' ? 'capacity' : own;
  if (family === 'power' || family === 'energy' || family === 'mass') return 'capacity';
  return lexicon.categories.lastEnding(text, from, to)?.value ?? 'other';
}
