// Words next to a number that make it a bound or an estimate (SCHEMA.md `approx`);
// the span of a figure takes them in, so an analyst sees 超64亿元 rather than 64亿元.
import type { Approx } from '../../shared/domain.ts';

export const PREFIXES: [string, Approx][] = [
  ['不少于', 'over'],
  ['不低于', 'over'],
  ['不超过', 'under'],
  ['不高于', 'under'],
  ['大约', 'about'],
  ['约合', 'about'],
  ['接近', 'under'],
  ['将近', 'under'],
  ['超过', 'over'],
  ['突破', 'over'],
  ['至少', 'over'],
  ['高于', 'over'],
  ['多于', 'over'],
  ['不到', 'under'],
  ['不足', 'under'],
  ['最多', 'under'],
  ['低于', 'under'],
  ['近似', 'about'],
  ['约', 'about'],
  ['近', 'under'],
  ['超', 'over'],
  ['逾', 'over'],
];

export const SUFFIXES: [string, Approx][] = [
  ['以上', 'over'],
  ['以下', 'under'],
  ['以内', 'under'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['之多', 'over'],
];

/** Alternation for the scanner, longest first. */
export const PREFIX_PATTERN = PREFIXES.map(([w]) => w).join('|');
export const SUFFIX_PATTERN = SUFFIXES.map(([w]) => w).join('|');
