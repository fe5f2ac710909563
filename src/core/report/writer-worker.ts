// The worker thread that writes the report's workbook, so a 100,000-row export never holds the event
// loop of the process serving the UI. The main thread reads the store and decides every cell (type,
// format, formula guard); the worker only turns ready-made cells into sheet XML and the zip.
//
// Rows go into exceljs's streaming writer as XML we render here rather than through its Row and Cell
// objects: exceljs still writes the package (styles, views, autofilter, page setup, relationships,
// zip), but its generic per-cell path (an object, a style lookup and an XML builder per cell) costs
// more than everything else in the report together. One hyperlink relationship serves each distinct
// URL, where exceljs writes one per linked cell.

/** Cell kinds in an encoded batch (see workbook-worker.ts). */
export const CELL_EMPTY = 0;
export const CELL_NUMBER = 1;
export const CELL_TEXT = 2;
export const CELL_LINK = 3;

/**
 * Plain JavaScript (see script-worker.ts). Messages in: sheet, rows, end, commit; out: data (bytes of
 * the .xlsx), written (a rows batch is done), done, error.
 */
export const WRITER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { Writable } = require('node:stream');
// Only the streaming writer: the whole of exceljs (reader, unzip, document model) loads twice as slowly.
const WorkbookWriter = require(workerData.writerPath);

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const NUMBER = 1, LINK = 3;

const out = new Writable({
  write(chunk, _encoding, callback) {
    parentPort.postMessage({ op: 'data', chunk });
    callback();
  },
});
const workbook = new WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
// Texts go into the shared table (escaped there, at commit): titles, units, subjects and periods
// repeat row after row, and a cell then holds only the text's number.
const sharedStrings = workbook.sharedStrings;
workbook.creator = workerData.creator;
workbook.created = new Date(workerData.created);
workbook.modified = workbook.created;

// Style slots from the main thread, mapped to exceljs style ids as they arrive.
const styleIds = [0];

const columnNames = [];
function columnName(i) {
  let name = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

let sheet = null;
let columns = 0;
let rowNumber = 0;
let links = [];
let rels = new Map();

function openSheet(m) {
  sheet = workbook.addWorksheet(m.name, m.options);
  sheet.columns = m.widths.map((width) => ({ width }));
  columns = m.widths.length;
  for (let i = columnNames.length; i < columns; i++) columnNames.push(columnName(i));
  rowNumber = 0;
  links = [];
  rels = new Map();
  // exceljs writes the hyperlinks element at commit, between the autofilter and the page setup.
  sheet._writeHyperlinks = function () {
    if (!links.length) return;
    this.stream.write('<hyperlinks>');
    for (let i = 0; i < links.length; i += 10000) this.stream.write(links.slice(i, i + 10000).join(''));
    this.stream.write('</hyperlinks>');
  };
}

function relationFor(url) {
  let id = rels.get(url);
  if (id === undefined) {
    id = sheet._sheetRelsWriter._writeRelationship({ Target: url, Type: HYPERLINK, TargetMode: 'External' });
    rels.set(url, id);
  }
  return id;
}

function writeRows(m) {
  for (const [slot, style] of m.styles) styleIds[slot] = workbook.styles.addStyleModel(style);
  if (!sheet.startedData) {
    sheet._writeColumns();
    sheet._writeOpenSheetData();
    sheet.startedData = true;
  }
  const { kinds, slots, values, strings } = m;
  const shared = strings.map((text) => sharedStrings.add(text));
  const rows = kinds.length / columns;
  const xml = [];
  let texts = 0;
  for (let r = 0, at = 0; r < rows; r++) {
    const n = ++rowNumber;
    let row = '<row r="' + n + '">';
    for (let c = 0; c < columns; c++, at++) {
      const kind = kinds[at];
      if (!kind) continue;
      const ref = columnNames[c] + n;
      const slot = slots[at];
      row += slot ? '<c r="' + ref + '" s="' + styleIds[slot] + '"' : '<c r="' + ref + '"';
      const value = values[at];
      if (kind === NUMBER) row += '><v>' + value + '</v></c>';
      else {
        row += ' t="s"><v>' + shared[value] + '</v></c>';
        texts++;
        if (kind === LINK) links.push('<hyperlink ref="' + ref + '" r:id="' + relationFor(strings[value]) + '"/>');
      }
    }
    xml.push(row + '</row>');
  }
  // The table's count attribute is of references, not of distinct texts.
  sharedStrings._totalRefs += texts - strings.length;
  sheet.stream.write(xml.join(''));
  parentPort.postMessage({ op: 'written', rows });
}

function endSheet() {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(rowNumber, 1), column: columns } };
  sheet.commit();
  sheet = null;
}

parentPort.on('message', (m) => {
  try {
    if (m.op === 'sheet') openSheet(m);
    else if (m.op === 'rows') writeRows(m);
    else if (m.op === 'end') endSheet();
    else if (m.op === 'commit')
      workbook.commit().then(
        () => parentPort.postMessage({ op: 'done' }),
        (err) => parentPort.postMessage({ op: 'error', message: String(err && err.message || err) }),
      );
  } catch (err) {
    parentPort.postMessage({ op: 'error', message: String(err && err.message || err) });
  }
});
`;
