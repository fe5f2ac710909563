// Subjects that carry no name ending: an industry that opens its clause (临江生物医药产业工业总产值…)
// and a company or body that opens a ranking clause (星禾智造位列…). Found by the clause shape.

import { charTable } from './chars.ts';
import type { NameMention } from './subject.ts';
import { hasNameEnding } from './subject.ts';

const CLAUSE_OPEN = '(?:^|[。！？；;，,\\n：:])(?:[^，,。；;\\n]{0,12}?(?:年|季度|月|以来)[，,]?)?';
/** An industry named with its place: 2–12 characters ending in 产业, then what is measured. */
const INDUSTRY = new RegExp(
  `${CLAUSE_OPEN}([\\u4e00-\\u9fff]{2,12}?产业)(?:集群)?(?=(?:年|工业)?(?:总)?(?:产值|规模|营收|营业收入|实现|完成|达|突破|增长))`,
  'gu',
);
/** A ranking is about whoever opens the clause: 明湖智能位列全球…第15名. */
const RANKED = new RegExp(
  `${CLAUSE_OPEN}([\\u4e00-\\u9fffA-Za-z]{2,8}?)(?=(?:连续\\d+年|再次|再度|首次|成功)?(?:位列|位居|名列|荣登|跻身|入选|排名|排在|稳居|蝉联))`,
  'gu',
);
/** A company that opens its clause and reports its own business: 星禾智造实现营业收入…. */
const COMPANY = new RegExp(
  `${CLAUSE_OPEN}([\\u4e00-\\u9fffA-Za-z]{2,8}?)(?=(?:(?:19|20)\\d{2}年|今年|去年|全年|上半年|前三季度|[一二三四]季度)?(?:实现|完成|预计|营收|营业收入|销售收入|销售额|年产值|净利润|利润总额|年产能|(?<!进)出口额))`,
  'gu',
);
/** A company introduced as the topic of what follows: 星禾智造是园区的龙头企业. */
const INTRODUCED = new RegExp(
  `${CLAUSE_OPEN}([\\u4e00-\\u9fffA-Za-z]{2,8}?)(?=(?:是|作为)[^。，,；;\\n]{0,16}(?:企业|公司|龙头|厂商|制造商|供应商))`,
  'gu',
);
/** A company heading its own paragraph: 华荣新材料：上半年实现…. */
const HEADED = /(?:^|\n)([\u4e00-\u9fffA-Za-z]{2,8})[：:](?=[^\n]{0,30}(?:实现|完成|营收|收入|产值|销售))/gu;
/** Words that make an opening a quantity, a sector or a period rather than a company. */
const NOT_A_COMPANY =
  /工业|经济|产业|行业|制造业|服务业|农业|外贸|跨境|电商|消费|市场|财政|税收|投资|项目|企业|公司|园区|规上|规模|全年|半年|季度|今年|去年|我们|他们|累计|预计|同比|合计|共|已|新增|引进|主要|重点|龙头|部分|实现|完成|全部|整体|总体|^[该其此这那各全本]/u;

/** The article's own place, as a sentence names it without its name: 全市, 我区, 园区. */
const OWN_PLACE = /^(?:全|我|本|该)[市区县省镇园]|^园区/u;
/** Sectors counted as a whole (第二产业, 工业和主导产业) are the place's own figures, not an industry's. */
const NOT_AN_INDUSTRY = /第[一二三]产业|[和及、与]|主导产业$|重点产业$|优势产业$|特色产业$/u;
/** A company's name does not run into a plan (火炬开发区将奋力) or end in a function word. */
const NOT_A_COMPANY_END = /将|已经|正在|奋力|全力|努力|力争|争取/u;

/** Openings that are not names: pronouns, generic places, verbs, periods. */
const NOT_A_NAME =
  /^(其中|同时|此外|另外|全区|全市|全县|全省|园区|该区|本区|我区|我市|该市|企业|公司|项目|目前|今年|去年|综合|总体|整体|其|该|这|在|从|据|经|为|已|将)|(产业园|园区)$/u;

/**
 * Where each shape's look-ahead needs a cue word, and how far after a clause opening that cue can
 * start: the opening takes at most 16 characters, the name 2–8 (an industry's 产业 comes within 28).
 * Trying each shape only at openings close enough before a cue finds exactly what a scan from every
 * position finds, without running the slow clause patterns over the whole text.
 */
const GATES = new Map(
  (
    [
      [INDUSTRY, '产业', 28],
      [RANKED, '连续|再次|再度|首次|成功|位列|位居|名列|荣登|跻身|入选|排名|排在|稳居|蝉联', 24],
      [COMPANY, '实现|完成|预计|营收|营业收入|销售收入|销售额|年产值|净利润|利润总额|年产能|出口额', 29],
      [INTRODUCED, '是|作为', 24],
      // A heading's colon follows its line break by 3–9 characters.
      [HEADED, '：|:', 9],
    ] as const
  ).map(([pattern, cues, reach]) => {
    return [pattern, { cues: cues.split('|'), reach, sticky: new RegExp(pattern.source, 'uy') }] as const;
  }),
);

/**
 * Every cue word of every gated shape, by first character (CUE_SLOT[code] - 1 indexes CUE_WORDS), each
 * with the number of its shape in SHAPES: one pass over an article finds the cues of all shapes.
 */
const SHAPES = [...GATES.keys()];
const CUE_WORDS: { word: string; shape: number }[][] = [];
const CUE_SLOT = new Uint8Array(0x10000);
SHAPES.forEach((pattern, shape) => {
  for (const word of GATES.get(pattern)!.cues) {
    const code = word.charCodeAt(0);
    if (CUE_SLOT[code] === 0) CUE_SLOT[code] = CUE_WORDS.push([]);
    CUE_WORDS[CUE_SLOT[code]! - 1]!.push({ word, shape });
  }
});

/** For each gated shape, where its cue words start in text, ascending (overlapping cues too: 排名列). */
export function cuePositions(text: string): Map<RegExp, number[]> {
  const found: number[][] = SHAPES.map(() => []);
  for (let i = 0; i < text.length; i++) {
    const slot = CUE_SLOT[text.charCodeAt(i)]!;
    if (slot === 0) continue;
    for (const { word, shape } of CUE_WORDS[slot - 1]!) {
      if (!text.startsWith(word, i)) continue;
      const at = found[shape]!;
      if (at.length === 0 || at[at.length - 1] !== i) at.push(i);
    }
  }
  return new Map(SHAPES.map((pattern, shape) => [pattern, found[shape]!]));
}

/** 。！？；;，,\n：: — the characters CLAUSE_OPEN may start with (besides the text's start). */
const OPENS = charTable('。！？；;，,\n：:');

/** The clause shapes, for checking the gate against a plain scan. */
export const TOPIC_PATTERNS = [INDUSTRY, RANKED, COMPANY, INTRODUCED, HEADED];

/**
 * The matches text.matchAll(pattern) gives, tried only at openings within `reach` before a cue;
 * `cues`: where the pattern's cue words start (cuePositions), when the caller has them.
 */
export function gatedMatches(
  pattern: RegExp,
  text: string,
  cues: readonly number[] | undefined = cuePositions(text).get(pattern),
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const gate = GATES.get(pattern);
  if (!gate || !cues) {
    return [...text.matchAll(pattern)];
  }
  const { reach, sticky } = gate;
  let next = 0;
  for (const cue of cues) {
    // A name takes at least two characters, so an opening lies 2..reach before its cue.
    const last = cue - 2;
    for (let b = Math.max(next, cue - reach); b <= last; b++) {
      next = b + 1;
      if (b !== 0 && OPENS[text.charCodeAt(b)] !== 1) continue;
      sticky.lastIndex = b;
      const m = sticky.exec(text);
      if (!m) continue;
      out.push(m);
      next = b + m[0].length;
      b = next - 1;
    }
  }
  return out;
}

/** `places`: the stems of places the article names (高邮 of 高邮市); an industry must start with one. */
export function topicNames(text: string, places: readonly string[]): NameMention[] {
  const out: NameMention[] = [];
  const cues = cuePositions(text);
  for (const pattern of TOPIC_PATTERNS) {
    const company = pattern === COMPANY || pattern === INTRODUCED || pattern === HEADED;
    for (const m of gatedMatches(pattern, text, cues.get(pattern))) {
      const name = m[1] ?? '';
      const end = m.index + m[0].length;
      // 全市集成电路产业实现产值…: the industry of the article's own place, named without it.
      const own = pattern === INDUSTRY ? OWN_PLACE.exec(name) : null;
      if (own && name.length - own[0].length >= 4 && !NOT_AN_INDUSTRY.test(name)) {
        const industry = name.slice(own[0].length);
        const place = own[0] === '园区' ? '园' : own[0].charAt(1);
        out.push({ name: industry, start: end - industry.length, end, ownPlace: place });
        continue;
      }
      if (NOT_A_NAME.test(name) || /^[\d]/u.test(name)) continue;
      if (company && (NOT_A_COMPANY.test(name) || /[市县区省镇]$/u.test(name))) continue;
      if (pattern === INDUSTRY) {
        if (!places.some((p) => name.startsWith(p) && name.length > p.length + 3)) continue;
      }
      if (company && (NOT_A_COMPANY_END.test(name) || hasNameEnding(name))) continue;
      out.push({ name, start: end - name.length, end, ...(company ? { company: true } : {}) });
    }
  }
  return out;
}
