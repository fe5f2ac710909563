// Article metadata read from the cleaned text when the container did not state it: the title,
// the source (来源:…, (文章来源:…), 《…报》, …日报记者) and the URL. Dates come from the extractor's
// reading (it needs them for 今年/去年) or from the container, normalised to YYYY-MM-DD.

const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?/u;

/** A container's date (2023-02-17T10:06:00+08:00, 2023/2/17, 2023年2月17日, 2023-02) → YYYY-MM-DD or YYYY-MM. */
export function normaliseDate(value: string | null | undefined): string | null {
  const m = value ? DATE.exec(value) : null;
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const ym = `${m[1]}-${String(month).padStart(2, '0')}`;
  if (m[3] === undefined) return ym;
  const day = Number(m[3]);
  return day >= 1 && day <= 31 ? `${ym}-${String(day).padStart(2, '0')}` : ym;
}

const MAX_TITLE = 60;

/** A page title often carries the site: 标题_某某网, 标题 | 某某网, 标题 - 某某网. */
export function stripSiteSuffix(title: string): string {
  const cut = title.split(/\s*(?:_|\||｜|\s-\s|——)\s*/u)[0]?.trim();
  return cut && cut.length >= 4 ? cut : title.trim();
}

/**
 * The first line that reads as a headline (short, not a sentence, not a date); otherwise the start
 * of the first sentence, so an article that opens with its body still gets a readable title.
 */
export function findTitle(cleaned: string): string {
  const lines = cleaned
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines.slice(0, 3)) {
    if (line.length < 4 || line.length > MAX_TITLE) continue;
    if (/[。;；]$/u.test(line) || /^[\d\s:\-/.年月日]+$/u.test(line)) continue;
    return line;
  }
  const first = lines[0] ?? '';
  const sentence = first.split(/[。!?！？]/u)[0] ?? first;
  return sentence.length > 40 ? `${sentence.slice(0, 40)}…` : sentence;
}

const SOURCE_PATTERNS = [
  /(?<!图片|圖片)(?:文章|稿件|本文|信息|新闻)?来源\s*[:：]\s*([^\s)）\]】,，。;；|:：]{2,30})/u,
  /《([^《》\s]{2,16}(?:报|刊|杂志|周刊|网|新闻|日报|晚报))》/u,
  /([\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|商报|时报|特区报|新闻网|电视台|广播电视台))(?:全媒体)?(?:记者|讯|消息|客户端)/u,
];

/** Matches on the simplified view, returns the words as the article writes them (same offsets). */
export function findSource(simplified: string, cleaned: string): string | null {
  for (const pattern of SOURCE_PATTERNS) {
    const m = pattern.exec(simplified);
    if (m?.[1]) {
      const at = m.index + m[0].indexOf(m[1]);
      return cleaned.slice(at, at + m[1].length);
    }
  }
  return null;
}

/** A URL the text labels as the article's own (原文链接: …, 网址: …). */
export function findUrl(simplified: string): string | null {
  const m = /(?:原文链接|原文地址|链接|网址|URL|url)\s*[:：]\s*(https?:\/\/[^\s<>"，。]+)/u.exec(simplified);
  return m?.[1] ?? null;
}
