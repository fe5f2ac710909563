// A strict CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF or LF): a malformed file is
// refused with the line at fault rather than read into shifted columns.
import { IngestError } from '../decode.ts';

export function parseCsv(text: string): string[][] {
  const delimiter = sniffDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  const n = text.length;
  let quoted = false;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          throw new IngestError(`malformed CSV at line ${line}: text after a closing quote`);
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === '"')
      throw new IngestError(`malformed CSV at line ${line}: a quote inside an unquoted field`);
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += c;
    i++;
  }
  if (quoted)
    throw new IngestError(`malformed CSV: a quoted field opened on or before line ${line} is never closed`);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Comma unless the header line has more tabs or semicolons (exports from some tools). */
function sniffDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/u));
  const count = (d: string) => header.split(d).length;
  const best = [',', '\t', ';'].sort((a, b) => count(b) - count(a))[0]!;
  return count(best) > 1 ? best : ',';
}
