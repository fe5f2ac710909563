// Line helpers for the steps that judge whole lines (boilerplate, repeats).

export interface Line {
  /** Index of the line's first character. */
  start: number;
  /** Index after the line's last character, before its line break. */
  end: number;
  /** Index after the line break (the next line's start). */
  next: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, next: nl < 0 ? text.length : nl + 1, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}
