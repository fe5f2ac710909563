// The desktop's folder import reads a real folder: recursively, only the formats Tally reads, never
// through a link, a too-large file left out with its reason, and a folder over the limits refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../core/testing/temp.ts';
import { FOLDER_LIMITS, readFolder } from './folder-files.ts';

let tmp: ReturnType<typeof tempDir>;
let root: string;
beforeEach(() => {
  tmp = tempDir('tally-folder-');
  root = path.join(tmp.dir, '稿件');
  fs.mkdirSync(path.join(root, '2024', '六月'), { recursive: true });
});
afterEach(() => tmp.cleanup());

const put = (rel: string, data: string | Buffer) => fs.writeFileSync(path.join(root, rel), data);
const decoded = (files: { name: string; dataBase64: string }[]) =>
  Object.fromEntries(files.map((f) => [f.name, Buffer.from(f.dataBase64, 'base64').toString('utf8')]));

describe('reading a picked folder', () => {
  it('walks subfolders for the formats Tally reads, named by their path inside the folder', async () => {
    put('园区.txt', '东港园区新增企业5家。');
    put('2024/list.CSV', '标题,正文\n甲,乙\n');
    put('2024/六月/page.html', '<p>南屿</p>');
    put('2024/photo.png', 'not an article');
    put('2024/六月/notes.pdf', 'not read');
    const folder = await readFolder(root);
    expect(folder.skipped).toEqual([]);
    expect(decoded(folder.files)).toEqual({
      '2024/list.CSV': '标题,正文\n甲,乙\n',
      '2024/六月/page.html': '<p>南屿</p>',
      '园区.txt': '东港园区新增企业5家。',
    });
    expect(folder.files.map((f) => f.name)).toEqual(['2024/list.CSV', '2024/六月/page.html', '园区.txt']);
  });

  it('does not follow links out of the folder', async () => {
    const outside = path.join(tmp.dir, 'secret.txt');
    fs.writeFileSync(outside, 'outside the folder');
    fs.symlinkSync(outside, path.join(root, 'link.txt'));
    fs.symlinkSync(tmp.dir, path.join(root, 'up'));
    put('own.txt', 'inside');
    const folder = await readFolder(root);
    expect(folder.files.map((f) => f.name)).toEqual(['own.txt']);
  });

  it('leaves out a file over the size limit with its reason, and imports the rest', async () => {
    put('small.txt', 'x'.repeat(100));
    put('2024/big.txt', 'x'.repeat(3 * 1048576));
    const folder = await readFolder(root, { ...FOLDER_LIMITS, maxFileBytes: 1048576 });
    expect(folder.files.map((f) => f.name)).toEqual(['small.txt']);
    expect(folder.skipped).toEqual([
      { file: '2024/big.txt', reason: 'the file is 3.0 MB, over the 1.0 MB a folder import reads' },
    ]);
  });

  it('refuses a folder with more files, or more bytes, than one import takes', async () => {
    for (let i = 0; i < 4; i++) put(`a${i}.txt`, 'y'.repeat(600_000));
    await expect(readFolder(root, { ...FOLDER_LIMITS, maxFiles: 3 })).rejects.toThrow(
      /holds 4 files Tally reads, more than 3 at once; import it in parts/u,
    );
    await expect(readFolder(root, { ...FOLDER_LIMITS, maxTotalBytes: 2 * 1048576 })).rejects.toThrow(
      /holds 2\.3 MB of files, more than 2\.0 MB at once/u,
    );
    expect((await readFolder(root)).files).toHaveLength(4);
  });
});
