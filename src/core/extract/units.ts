// The units figures are written in, and how each converts to the base unit of SCHEMA.md
// (money in units of currency, area in m2, counts, %, percentage points, multiples, ranks).
import type { NormUnit } from '../../shared/domain.ts';
import { roundFloat } from './numbers.ts';

export type UnitFamily =
  | 'money'
  | 'area'
  | 'mass'
  | 'power'
  | 'energy'
  | 'length'
  | 'count'
  | 'percent'
  | 'pp'
  | 'multiple'
  | 'rank';

export interface UnitInfo {
  /** As written, simplified: 亿元, 万平方米, 家. */
  unit: string;
  norm: NormUnit;
  /** Base-unit amount of one written unit. */
  factor: number;
  family: UnitFamily;
}

interface Base {
  unit: string;
  norm: NormUnit;
  factor: number;
  family: UnitFamily;
  /** Which 万/亿 prefixes may stand before it. */
  multipliers: readonly string[];
}

const MONEY_MULTIPLIERS = ['', '万', '百万', '千万', '亿', '万亿'];
const BIG = ['', '万', '亿', '万亿'];
const PLAIN = [''];

const BASES: Base[] = [
  { unit: '元', norm: 'CNY', factor: 1, family: 'money', multipliers: MONEY_MULTIPLIERS },
  { unit: '元人民币', norm: 'CNY', factor: 1, family: 'money', multipliers: MONEY_MULTIPLIERS },
  { unit: '美元', norm: 'USD', factor: 1, family: 'money', multipliers: MONEY_MULTIPLIERS },
  { unit: '欧元', norm: 'EUR', factor: 1, family: 'money', multipliers: MONEY_MULTIPLIERS },
  { unit: '港元', norm: 'HKD', factor: 1, family: 'money', multipliers: MONEY_MULTIPLIERS },
  { unit: '港币', norm: 'HKD', factor: 1, family: 'money', multipliers: MONEY_MULTIPLIERS },
  { unit: '日元', norm: 'JPY', factor: 1, family: 'money', multipliers: MONEY_MULTIPLIERS },
  { unit: '新台币', norm: 'TWD', factor: 1, family: 'money', multipliers: MONEY_MULTIPLIERS },
  { unit: '平方公里', norm: 'm2', factor: 1e6, family: 'area', multipliers: BIG },
  { unit: '平方千米', norm: 'm2', factor: 1e6, family: 'area', multipliers: BIG },
  { unit: '平方米', norm: 'm2', factor: 1, family: 'area', multipliers: BIG },
  { unit: '平米', norm: 'm2', factor: 1, family: 'area', multipliers: BIG },
  { unit: '公顷', norm: 'm2', factor: 1e4, family: 'area', multipliers: BIG },
  { unit: '亩', norm: 'm2', factor: 10000 / 15, family: 'area', multipliers: BIG },
  { unit: '吨', norm: 't', factor: 1, family: 'mass', multipliers: BIG },
  { unit: '公斤', norm: 't', factor: 0.001, family: 'mass', multipliers: BIG },
  { unit: '千克', norm: 't', factor: 0.001, family: 'mass', multipliers: BIG },
  { unit: '千瓦时', norm: 'kWh', factor: 1, family: 'energy', multipliers: BIG },
  { unit: '兆瓦时', norm: 'kWh', factor: 1e3, family: 'energy', multipliers: BIG },
  { unit: '吉瓦时', norm: 'kWh', factor: 1e6, family: 'energy', multipliers: BIG },
  { unit: '度', norm: 'kWh', factor: 1, family: 'energy', multipliers: ['万', '亿'] },
  { unit: '千瓦', norm: 'kW', factor: 1, family: 'power', multipliers: BIG },
  { unit: '兆瓦', norm: 'kW', factor: 1e3, family: 'power', multipliers: BIG },
  { unit: '吉瓦', norm: 'kW', factor: 1e6, family: 'power', multipliers: BIG },
  { unit: '公里', norm: 'm', factor: 1000, family: 'length', multipliers: BIG },
  { unit: '千米', norm: 'm', factor: 1000, family: 'length', multipliers: PLAIN },
  { unit: '米', norm: 'm', factor: 1, family: 'length', multipliers: PLAIN },
  { unit: '%', norm: '%', factor: 1, family: 'percent', multipliers: PLAIN },
  { unit: '成', norm: '%', factor: 10, family: 'percent', multipliers: PLAIN },
  { unit: '个百分点', norm: 'pp', factor: 1, family: 'pp', multipliers: PLAIN },
  { unit: '百分点', norm: 'pp', factor: 1, family: 'pp', multipliers: PLAIN },
  { unit: '倍', norm: 'x', factor: 1, family: 'multiple', multipliers: PLAIN },
  { unit: '番', norm: 'x', factor: 1, family: 'multiple', multipliers: PLAIN },
  { unit: '强', norm: 'rank', factor: 1, family: 'rank', multipliers: PLAIN },
];

/** Counter words: any of them normalises to a plain count. */
export const COUNTERS = [
  '家次',
  '人次',
  '标准箱',
  '标箱',
  '家',
  '个',
  '项',
  '名',
  '人',
  '位',
  '条',
  '座',
  '户',
  '所',
  '批',
  '台',
  '套',
  '处',
  '栋',
  '幢',
  '辆',
  '件',
  '艘',
  '架',
  '款',
  '宗',
  '支',
] as const;

const TABLE = new Map<string, UnitInfo>();
for (const base of BASES) {
  for (const m of base.multipliers) {
    const factor = base.factor * multiplier(m);
    TABLE.set(m + base.unit, { unit: m + base.unit, norm: base.norm, factor, family: base.family });
  }
}
for (const c of COUNTERS) {
  for (const m of ['', '万', '亿']) {
    TABLE.set(m + c, { unit: m + c, norm: 'count', factor: multiplier(m), family: 'count' });
  }
}

function multiplier(prefix: string): number {
  let f = 1;
  for (const c of prefix)
    f *= c === '十' ? 10 : c === '百' ? 100 : c === '千' ? 1000 : c === '万' ? 1e4 : 1e8;
  return f;
}

/** Every written unit, longest first, for building the scanner's alternation. */
export const WRITTEN_UNITS = [...TABLE.keys()].sort((a, b) => b.length - a.length);

export function unitInfo(unit: string): UnitInfo | undefined {
  return TABLE.get(unit);
}

/** Value in the base unit: 万元 ×1e4, 亩 ×10000/15, 翻两番 = 4. */
export function normalise(value: number, info: UnitInfo): number {
  if (info.unit === '番') return 2 ** value;
  return roundFloat(value * info.factor);
}

export function escapeForRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The base unit and factor of a written unit (亿元 → 1e8 CNY), for renormalising an analyst's edit. */
export function unitNorm(unit: string): { factor: number; unit: NormUnit } | null {
  const info = TABLE.get(unit.trim());
  return info && info.unit !== '番' ? { factor: info.factor, unit: info.norm } : null;
}
