// Cell-level rules every report sheet shares: figures stay real numbers with readable formats,
// dates stay real dates, and text from articles can never turn into a formula in Excel.

/** What a sheet column yields for one row; the table writer turns it into a typed cell. */
export type ReportCell =
  | string
  | null
  | { number: number; format: string }
  | { date: Date; format: string }
  | { link: string }
  /** Text that must catch the eye (a Summary conflict). */
  | { alert: string };

/**
 * Excel (and LibreOffice) start a formula when a typed entry begins with one of these; a tab or
 * carriage return in front is the classic way to smuggle one past a naive check (OWASP CSV injection).
 */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_LEAD.test(text);
}

/** Number format '@' makes Excel keep a re-edited cell as text instead of evaluating it. */
export const TEXT_FORMAT = '@';

const MAX_DECIMALS = 4;

/** Decimals actually present in a figure (0.1 + 0.2 noise trimmed), so 240.3 shows as 240.3, not 240. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const fixed = value.toFixed(MAX_DECIMALS);
  let end = fixed.length;
  while (fixed.charCodeAt(end - 1) === 48 /* 0 */) end--;
  const dot = fixed.indexOf('.');
  return dot < 0 || end - 1 === dot ? 0 : end - dot - 1;
}

/** Every format numberFormat can give, built once: a report asks for one per numeric cell. */
const FORMATS = [false, true].map((percent) =>
  Array.from({ length: MAX_DECIMALS + 1 }, (_, decimals) => {
    const base = decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
    return percent ? `${base}"%"` : base;
  }),
);

/**
 * Thousands separators and exactly the decimals the figure has. Percent figures keep the number as
 * stated (6 for "6%") and show a literal "%" suffix instead of Excel's ×100 percent format: the value
 * column then always means "the number in the stated unit", exactly like the JSON contract, so a
 * report read back (round trip) needs no unit-dependent rescaling and 6.5 never becomes 0.065000000001.
 */
export function numberFormat(value: number, unit: string | null): string {
  return FORMATS[unit === '%' ? 1 : 0]![decimalsOf(value)]!;
}

export function numberCell(value: number | null, unit: string | null = null): ReportCell {
  return value === null || !Number.isFinite(value)
    ? null
    : { number: value, format: numberFormat(value, unit) };
}

/**
 * An article's published date (YYYY-MM-DD, YYYY-MM or YYYY, as the domain stores it) as a real
 * Excel date; a partial date becomes the first day of its month or year and is shown at that precision.
 */
export function publishedCell(published: string | null): ReportCell {
  if (!published) return null;
  // Rows come article by article, so the same date is asked for many times in a row.
  if (published === lastPublished.text) return lastPublished.cell;
  const cell = parsePublished(published);
  lastPublished = { text: published, cell };
  return cell;
}

let lastPublished: { text: string; cell: ReportCell } = { text: '', cell: null };

function parsePublished(published: string): ReportCell {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published.trim());
  if (!m) return published;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2024-02-31 over into March; a date that does not exist stays as written.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return published;
  const format = m[3] ? 'yyyy-mm-dd' : m[2] ? 'yyyy-mm' : 'yyyy';
  return { date, format };
}

/** Only web and mail links become clickable; file:, javascript: or ms-* schemes stay plain text. */
export function linkCell(url: string | null): ReportCell {
  if (!url) return null;
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? { link: url.trim() } : url;
}

/** East Asian wide and fullwidth characters take about two character widths in Excel's default font. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/** Width of a text in Excel character units, counting CJK characters as two; stops past `limit`. */
export function displayWidth(text: string, limit = Infinity): number {
  let width = 0;
  for (const ch of text) {
    width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
    if (width > limit) break;
  }
  return width;
}

/** What a cell will roughly look like on screen, for sizing its column. */
export function cellText(cell: ReportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if ('number' in cell) {
    // toLocaleString goes through Intl and is slow enough to show in a 100,000-row export.
    const [whole = '', fraction] = Math.abs(cell.number).toFixed(decimalsOf(cell.number)).split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const shown = `${cell.number < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
    return cell.format.endsWith('"%"') ? `${shown}%` : shown;
  }
  if ('date' in cell) return cell.format;
  if ('alert' in cell) return cell.alert;
  return cell.link;
}
