// Turns scanner candidates into figures: drops exclusions and overlaps, expands lists that share
// one unit (分别增长2、1.4个百分点), and fills in every field from the context around each figure.
import type { Category, Figure, Measure } from '../../shared/domain.ts';
import { confidenceOf } from './confidence.ts';
import { exclusionReason } from './exclusions.ts';
import { categorise, categoryOf, isWeakName, nameIndicator } from './indicator.ts';
import { indexDoc, statementStart } from './doc.ts';
import { indexKinds, kindAt } from './kind.ts';
import { runMembers } from './lists.ts';
import { BUILTIN_LEXICON, type Lexicon } from './lexicon.ts';
import { measureOf } from './measure.ts';
import { mentionsOf } from './mentions.ts';
import { toOriginal } from './normalise.ts';
import type { TextView } from './normalise.ts';
import { indexPeriods, normalisePeriod, periodAt } from './period.ts';
import { scan } from './scan.ts';
import type { Candidate } from './scan.ts';
import { indexSubjects, subjectFor } from './subject.ts';
import type { NameMention } from './subject.ts';
import { termIndex } from './terms.ts';
import { normalise } from './units.ts';

export interface FigureContext {
  published: string | null;
  subject: string | null;
  lexicon?: Lexicon | undefined;
}

/** The year as a whole, which a report on an earlier year (2025年统计公报) means rather than its date's. */
const WHOLE_YEAR = /^(?:全年|年内|年底|年末)$/u;
const TITLE_YEAR = /(?:19|20)\d{2}(?=年)/gu;

/** The one year the title names, when it is before the year of publication; else null. */
function yearReported(text: string, published: string | null): string | null {
  if (published === null) return null;
  const lineEnd = text.indexOf('\n');
  const years = text
    .slice(0, lineEnd < 0 ? Math.min(text.length, 80) : Math.min(lineEnd, 80))
    .match(TITLE_YEAR);
  if (years?.length !== 1) return null;
  return years[0]! < published.slice(0, 4) ? years[0]! : null;
}

/** Measures that restate the quantity named just before them in the sentence. */
const CARRIED_MEASURES = new Set<Measure>(['change', 'ratio', 'pp', 'multiple']);

const FORM_PRIORITY: Record<Candidate['form'], number> = { rank: 3, doubling: 3, plain: 1, list: 0 };

export function candidates(text: string): Candidate[] {
  const kept = scan(text).filter((c) => exclusionReason(c, text) === null);
  kept.sort((a, b) => a.start - b.start || FORM_PRIORITY[b.form] - FORM_PRIORITY[a.form] || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of kept) {
    const prev = out.at(-1);
    if (prev && c.start < prev.end) {
      const better =
        FORM_PRIORITY[c.form] > FORM_PRIORITY[prev.form] ||
        (FORM_PRIORITY[c.form] === FORM_PRIORITY[prev.form] && c.end - c.start > prev.end - prev.start);
      if (better) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return withListMembers(out, text);
}

const LIST_COMMA = 0x3001; // 、

/** 2、1.4个百分点: bare numbers listed before a figure take its unit. */
function withListMembers(found: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const members: Candidate[] = [];
    let pos = c.numberStart;
    if (c.form === 'plain' && c.start === c.numberStart && c.range === null) {
      for (;;) {
        const m =
          text.charCodeAt(pos - 1) === LIST_COMMA
            ? /(?<![\d.%A-Za-z])(\d+(?:\.\d+)?)、$/u.exec(text.slice(Math.max(0, pos - 16), pos))
            : null;
        if (!m) break;
        const start = pos - m[0].length;
        const numeral = m[1] ?? '';
        members.unshift({
          ...c,
          start,
          end: start + numeral.length,
          numberStart: start,
          unitEnd: start + numeral.length,
          value: Number(numeral),
          approx: 'exact',
          numeral,
          form: 'list',
        });
        pos = start;
      }
      // A list needs a cue such as 分别 or 依次 before it; otherwise "1、" is a list marker.
      if (
        members.length > 0 &&
        !/(分别|依次|各)[^，,。；;]{0,10}$|(为|增长|下降|提高|高于|低于|达到?)$/u.test(
          text.slice(Math.max(0, pos - 14), pos),
        )
      )
        members.length = 0;
    }
    out.push(...members, c);
  }
  return out;
}

export function buildFigures(
  original: string,
  view: TextView,
  names: NameMention[],
  ctx: FigureContext,
): Figure[] {
  const text = view.text;
  const doc = indexDoc(text);
  const periods = indexPeriods(doc);
  const kinds = indexKinds(doc, ctx.published);
  const subjects = indexSubjects(doc, names);
  // Consecutive figures mostly share a period: its normal form is resolved once for each run of them.
  let lastPeriod: string | null = null;
  let lastNorm: string | null = null;
  const reportYear = yearReported(text, ctx.published);
  const lexicon = ctx.lexicon ?? BUILTIN_LEXICON;
  const nameIndex = termIndex(names.map((n): [string, true] => [n.name, true]));
  const found = candidates(text);
  const mentioned = mentionsOf(text);
  const members = runMembers(found, text, (at) => statementStart(doc, at), nameIndex);
  const measures: ReturnType<typeof measureOf>[] = [];
  const given: { indicator: string; category: Category }[] = [];
  let previous: { statement: number; indicator: string; category: Category; family: string } | null = null;
  return found.map((c, i) => {
    let head = c;
    for (let k = i; head.form === 'list' && k < found.length; k++) head = found[k]!;
    const member = members.get(i);
    // 分别增长8.5%和12.3%: later members of a list share the first one's measure.
    const shared = member && member.first !== i ? measures[member.first] : undefined;
    measures[i] = shared ?? measureOf(c.info.family, text, head.numberStart, head.unitEnd, c.form);
    const { measure, sign } = measures[i]!;
    const value = c.value === null ? null : c.value * sign;
    const range =
      c.range === null ? null : sign === 1 ? c.range : ([-c.range[1], -c.range[0]] as [number, number]);
    const period = periodAt(periods, c.start, head.end);
    const written = period?.period ?? null;
    if (written !== lastPeriod) {
      lastNorm =
        reportYear !== null && written !== null && WHOLE_YEAR.test(written)
          ? reportYear
          : normalisePeriod(written, ctx.published);
      lastPeriod = written;
    }
    const periodNorm = lastNorm;
    const inherited = member?.namedAs != null ? given[member.namedAs] : undefined;
    const own =
      member?.indicator ??
      inherited?.indicator ??
      nameIndicator({
        text,
        start: head.start,
        end: head.end,
        family: c.info.family,
        names: nameIndex,
        lexicon,
      });
    const ownCategory = categoryOf(own, lexicon);
    const named = ownCategory !== null;
    const statement = statementStart(doc, c.start);
    // 完成投资240亿元，同比增长39.5%，占比17.8%: the change and the share measure the same quantity.
    // 完成投资80亿元，预计全年可完成150亿元: a figure with no name of its own continues its neighbour's.
    const weak = isWeakName(own, c.info.family);
    const carried =
      !named &&
      previous !== null &&
      previous.statement === statement &&
      (CARRIED_MEASURES.has(measure) ? weak || own === '' : weak && previous.family === c.info.family);
    const indicator = carried && previous ? previous.indicator : own;
    const category =
      carried && previous
        ? previous.category
        : categorise(
            indicator,
            c.info.family,
            text,
            Math.max(0, c.start - 60),
            c.start,
            lexicon,
            ownCategory,
          );
    if (named || carried || (!weak && own !== ''))
      previous = { statement, indicator, category, family: c.info.family };
    given[i] = { indicator, category };
    const subject = member?.subject ?? subjectFor(subjects, c.start, ctx.subject);
    const [start, end] = toOriginal(view, c.start, c.end);
    return {
      start,
      end,
      quote: original.slice(start, end),
      value,
      range,
      unit: c.info.unit,
      norm: {
        value: value === null ? null : normalise(value, c.info),
        unit: c.info.norm,
        range: range === null ? null : [normalise(range[0], c.info), normalise(range[1], c.info)],
      },
      approx: c.approx,
      measure,
      kind: kindAt(kinds, c.start, periodNorm, period?.period ?? null, period?.start ?? null),
      category,
      indicator,
      subject,
      period: period?.period ?? null,
      periodNorm,
      confidence: confidenceOf({
        candidate: c,
        named,
        carried,
        category,
        periodInSentence: period !== null && period.start >= statement,
        subjectInSentence: subject !== '' && mentioned(subject, statement, c.start),
      }),
    };
  });
}
