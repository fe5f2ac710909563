// Numbers that look like figures but are not (SCHEMA.md "Do not count"): ordinals, labels such as
// “3+3+1” or 5G, product specifications, durations, slogans with counters, idioms with 一.
import type { Candidate } from './scan.ts';

/** What may follow a counter and turn the count into a duration or a label. */
const AFTER_COUNTER: Record<string, RegExp> = {
  个: /^(月|小时|工作日|季度|星期|年头|世纪|阶段|百分点)/u,
  位: /^(数|一体)/u,
  名: /^(单|义)/u,
  台: /^阶/u,
  条: /^(件|例)/u,
  家: /^(庭|乡|属)/u,
  项: /^目/u,
  所: /^(有|在|以|谓|属|得)/u,
  成: /^(为|立|果|功|本|员|交|长|型|效|都|熟|就|份|分|品|绩)/u,
  度: /^(电)/u,
};

/** Slogans built from a counter ("两个维护", "四个全面") are names, not counts. */
const SLOGANS =
  /^(代表|维护|确立|全面|自信|意识|务必|毫不动摇|必须|一体|一批|坚持|着力|聚焦|转变|优先|服务)/u;

/** Words that make a number a product specification (“20倍以上高清变焦镜头”, 12英寸). */
const SPEC_AFTER =
  /^(高清|变焦|光学|像素|英寸|纳米|寸|速|级|型|系列|版|代|字|号|流|周年|强县|强市|强区|强企业|强榜|强名单|强中|强之)/u;

export function exclusionReason(c: Candidate, text: string): string | null {
  const before = text.slice(Math.max(0, c.start - 6), c.start);
  const wideBefore = text.slice(Math.max(0, c.start - 16), c.numberStart);
  const after = text.slice(c.end, c.end + 8);
  const chineseNumeral = c.numeral !== '' && !/^\d/.test(c.numeral);

  if (c.form === 'plain' && c.info.unit === '番') return 'doubling without 翻';
  if (
    c.form === 'plain' &&
    c.info.family === 'rank' &&
    !/(进入|跻身|位列|挺进|迈入|入围|入选|位居|居|列|成为|晋级|闯入)[^，,。；;]{0,12}$/u.test(wideBefore)
  ) {
    return 'N强 as a list name';
  }
  if (c.form !== 'rank' && /第$/.test(text.slice(0, c.numberStart))) return 'ordinal';
  if (/[A-Za-z+＋_./:@#]$/.test(before)) return 'label or code';
  if (/^[+＋A-Za-z]/.test(after) && c.info.family !== 'percent') return 'label';
  if (/^[+＋]/.test(after)) return 'label';
  if (/^(级|档|线|期|届|次会|号)/u.test(after) && c.form === 'plain') return 'scale label';
  if (SPEC_AFTER.test(after) && c.form !== 'doubling') return 'specification';
  if (c.form === 'doubling' && /^(计划|行动|工程|”)/u.test(after)) return 'programme name';
  if (c.form === 'doubling' && /(聚焦|围绕|实施|开展|推进|助推|服务)$/u.test(before)) return 'goal name';
  if (insideShortQuote(text, c.start, c.end)) return 'label in quotes';
  if (c.info.family === 'count') {
    const unitWord = unitCounter(c.info.unit);
    const rule = AFTER_COUNTER[unitWord];
    if (rule?.test(after)) return 'duration or word';
    if (chineseNumeral && SLOGANS.test(after)) return 'slogan';
  }
  if (c.info.unit === '成') {
    if (AFTER_COUNTER['成']?.test(after)) return 'word with 成';
    if (!/^(以上|左右|多|的|，|,|。|、|；)/u.test(after) && !/(占|超|近|约|达|有|逾|了)$/u.test(before))
      return 'word with 成';
  }
  if (c.info.unit === '度' && !/^\d/.test(c.numeral)) return 'word with 度';
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
  return unit.replace(/^[万亿]/u, '');
}

/** True inside a short quoted label (“三个高地”); long quotes are speech and keep their figures. */
function insideShortQuote(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 12);
  const window = text.slice(from, start + 1);
  const at = Math.max(window.lastIndexOf('“'), window.lastIndexOf('《'), window.lastIndexOf('「'));
  if (at < 0) return false;
  const open = from + at;
  const between = text.slice(open + 1, start);
  if (/[”》」]/u.test(between)) return false;
  const rest = text.slice(end, end + 14);
  const close = rest.search(/[”》」]/u);
  return close >= 0 && !/[，。；]/u.test(rest.slice(0, close));
}
