// Figures listed together share their names in order: 工业总产值、营业收入分别达到380亿元、420亿元;
// a later 分别增长12.1%、10.5% in the same statement reuses them; 甲、乙等企业营收分别… lists subjects.
import type { Candidate } from './scan.ts';
import { cleanPhrase } from './indicator.ts';
import type { TermIndex } from './terms.ts';

/** What a figure in a run takes from its list: a name, or a subject with the shared name. */
export interface RunMember {
  /** Index of the run's first figure: later members share its measure. */
  first: number;
  indicator: string | null;
  subject: string | null;
  /** 同比分别增长12.1%、10.5% without names of its own: the figure of the run before whose name it takes. */
  namedAs: number | null;
}

const CONNECTOR = /^(?:、|和|及|与|以及)$/u;
const CLAUSE_START = /[，,。；;：:！？!?\n]/u;
const DISTRIBUTIVE = /(分别|依次|各自)/u;
const SPLIT = /、|和|及|与|以及/u;
const SUBJECT_LIST =
  /^(.+?)等(?:\d+家|[一二三四五六七八九十两]+家)?(?:企业|公司|园区|单位|地区|县区|区县|板块|镇街|园区企业)?(.*)$/u;

/** Consecutive figures joined only by 、和及与, as index lists of two or more. */
export function findRuns(found: readonly Candidate[], text: string): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  found.forEach((c, i) => {
    const prev = found[i - 1];
    if (
      prev &&
      run.length &&
      prev.info.family === c.info.family &&
      c.start - prev.end <= 2 &&
      CONNECTOR.test(text.slice(prev.end, c.start))
    )
      run.push(i);
    else {
      if (run.length > 1) runs.push(run);
      run = [i];
    }
  });
  if (run.length > 1) runs.push(run);
  return runs;
}

export function runMembers(
  found: readonly Candidate[],
  text: string,
  statementOf: (at: number) => number,
  names: TermIndex<true>,
): Map<number, RunMember> {
  const out = new Map<number, RunMember>();
  for (const run of findRuns(found, text)) {
    const first = run[0]!;
    const start = found[first]!.start;
    let from = start;
    while (from > 0 && start - from < 40 && !CLAUSE_START.test(text[from - 1] ?? '')) from--;
    const clause = text.slice(from, start);
    const cue = DISTRIBUTIVE.exec(clause);
    const statement = statementOf(start);
    let indicators: (string | null)[] = run.map(() => null);
    let subjects: (string | null)[] = run.map(() => null);
    let namedAs: (number | null)[] = run.map(() => null);
    if (cue) {
      const lead = clause.slice(0, cue.index);
      const listed = SUBJECT_LIST.exec(lead);
      const parts = (listed ? (listed[1] ?? '') : lead).split(SPLIT).map((p) => p.trim());
      if (listed && parts.length === run.length) {
        subjects = parts;
        const shared = cleanPhrase(listed[2] ?? '', names);
        indicators = run.map(() => shared || null);
      } else if (parts.length === run.length) {
        indicators = parts.map((p) => cleanPhrase(p, names) || null);
      } else if (cleanPhrase(lead, names) === '' && first >= run.length) {
        // The figures just before, in the same statement, are what this list measures again.
        const before = run.map((_, k) => first - run.length + k);
        if (before.every((b) => statementOf(found[b]!.start) === statement)) namedAs = before;
      }
    }
    run.forEach((i, k) =>
      out.set(i, {
        first,
        indicator: indicators[k] ?? null,
        subject: subjects[k] ?? null,
        namedAs: namedAs[k] ?? null,
      }),
    );
  }
  return out;
}
