// Turns scanner candidates into figures: drops exclusions and overlaps, expands lists that share
// one unit (分别增长2、1.4个百分点), and fills in every field from the context around each figure.
import type { Figure } from '../../shared/domain.ts';
import { exclusionReason } from './exclusions.ts';
import { categorise, nameIndicator } from './indicator.ts';
import { kindOf } from './kind.ts';
import { measureOf } from './measure.ts';
import { toOriginal } from './normalise.ts';
import type { TextView } from './normalise.ts';
import { findPeriod, normalisePeriod } from './period.ts';
import { scan } from './scan.ts';
import type { Candidate } from './scan.ts';
import { subjectAt } from './subject.ts';
import type { NameMention } from './subject.ts';
import { normalise } from './units.ts';
import { roundFloat } from './numbers.ts';

export interface FigureContext {
  published: string | null;
  subject: string | null;
}

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

/** 2、1.4个百分点: bare numbers listed before a figure take its unit. */
function withListMembers(found: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const members: Candidate[] = [];
    let pos = c.numberStart;
    if (c.form === 'plain' && c.start === c.numberStart && c.range === null) {
      for (;;) {
        const m = /(?<![\d.%A-Za-z])(\d+(?:\.\d+)?)、$/u.exec(text.slice(Math.max(0, pos - 16), pos));
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
        !/(分别|依次|各|为|增长|下降|提高|达到?)$/u.test(text.slice(Math.max(0, pos - 6), pos))
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
  const nameList = [...new Set(names.map((n) => n.name))];
  const found = candidates(text);
  return found.map((c, i) => {
    const head = c.form === 'list' ? (found.slice(i).find((o) => o.form !== 'list') ?? c) : c;
    const { measure, sign } = measureOf(c.info.family, text, head.numberStart, head.unitEnd, c.form);
    const value = c.value === null ? null : c.value * sign;
    const range =
      c.range === null ? null : sign === 1 ? c.range : ([-c.range[1], -c.range[0]] as [number, number]);
    const period = findPeriod(text, c.start, head.end);
    const periodNorm = normalisePeriod(period?.period ?? null, ctx.published);
    const indicator = nameIndicator({
      text,
      start: head.start,
      end: head.end,
      family: c.info.family,
      names: nameList,
    });
    const clause = text.slice(Math.max(0, c.start - 60), c.start);
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
      kind: kindOf(text, c.start, periodNorm, ctx.published, period?.period ?? null),
      category: categorise(indicator, c.info.family, clause),
      indicator,
      subject: subjectAt(text, names, c.start, ctx.subject),
      period: period?.period ?? null,
      periodNorm,
      confidence: confidence(c),
    };
  });
}

/** Arabic numerals with a money or area unit are the surest; Chinese-numeral counts the least. */
function confidence(c: Candidate): number {
  let score = 0.7;
  if (/^\d/.test(c.numeral)) score += 0.1;
  if (c.info.family === 'count') score -= 0.1;
  if (c.numeral !== '' && !/^\d/.test(c.numeral)) score -= 0.15;
  if (c.form === 'doubling' || c.form === 'list') score -= 0.1;
  if (c.info.family === 'money' || c.info.family === 'area') score += 0.1;
  return roundFloat(Math.max(0.1, Math.min(0.95, score)));
}
