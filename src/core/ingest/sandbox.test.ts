// The sandbox must not depend on where Tally was started from: a packaged app's working directory
// is not the project, and an eval'd worker resolves bare package names from there.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp.ts';

const run = promisify(execFile);
const sandbox = path.join(import.meta.dirname, 'sandbox.ts');

describe('openInSandbox', () => {
  it('opens a workbook when the process runs from another folder', async () => {
    const script = `
      import { openInSandbox } from ${JSON.stringify(sandbox)};
      import { createRequire } from 'node:module';
      const XLSX = createRequire(${JSON.stringify(sandbox)})('xlsx');
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['标题', '正文'], ['园区', '新增企业12家']]), 'S');
      const result = await openInSandbox('workbook', new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' })));
      process.stdout.write(JSON.stringify(result));
    `;
    const tmp = tempDir();
    const file = path.join(tmp.dir, 'open.mjs');
    fs.writeFileSync(file, script);
    const { stdout } = await run(process.execPath, [file], { cwd: '/' }).finally(tmp.cleanup);
    expect(JSON.parse(stdout)).toEqual({
      kind: 'workbook',
      sheets: [
        {
          name: 'S',
          rows: [
            ['标题', '正文'],
            ['园区', '新增企业12家'],
          ],
        },
      ],
    });
  });
});
