// Article-level facts a figure depends on: the title line and the publication date, which resolves
// 今年 and 去年 in periods.

const LABELLED =
  /(?:发布(?:日期|时间)|日期|时间|发表于|更新时间)\s*[:：]?\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u;
const FULL_DATE =
  /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:日|\s+\d{1,2}:\d{2}|(?![\d]))/u;
const YEAR_MONTH_LABELLED =
  /(?:发布(?:日期|时间)|日期|时间)\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})(?!\s*[-/.月]?\s*\d)/u;

/** YYYY-MM-DD from a labelled date anywhere, or a full date in the first lines; else null. */
export function findPublished(text: string, leadLength = 400): string | null {
  const labelled = LABELLED.exec(text);
  if (labelled) return ymd(labelled[1], labelled[2], labelled[3]);
  const lead = FULL_DATE.exec(text.slice(0, leadLength));
  if (lead) return ymd(lead[1], lead[2], lead[3]);
  const month = YEAR_MONTH_LABELLED.exec(text);
  if (month) return `${month[1]}-${String(Number(month[2])).padStart(2, '0')}`;
  return null;
}

function ymd(y = '', m = '', d = ''): string | null {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first line that reads like a headline: not navigation (首页 > 正文), not a bare date. */
export function findTitle(text: string): string {
  // Line by line as text.split(/\r?\n|\r/) gives them, without splitting the whole article.
  let from = 0;
  for (;;) {
    let to = from;
    while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
    const line = text.slice(from, to).trim();
    if (line.length >= 4 && !/[>›»]/u.test(line) && !/^[\d\s:\-/.]+$/u.test(line))
      return line.length > 120 ? line.slice(0, 120) : line;
    if (to >= text.length) return '';
    from = to + (text[to] === '\r' && text[to + 1] === '\n' ? 2 : 1);
  }
}
