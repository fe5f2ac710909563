import { describe, expect, it } from 'vitest';
import { safeFileName, shellSchemas } from './shell-inputs.ts';

describe('shell inputs from the renderer', () => {
  it('accepts a report to save and refuses malformed ones', () => {
    const ok = { suggestedName: 'tally-report.xlsx', dataBase64: Buffer.from('PK').toString('base64') };
    expect(shellSchemas.saveFile.safeParse(ok).success).toBe(true);
    expect(shellSchemas.saveFile.safeParse({ ...ok, dataBase64: 'not base64!' }).success).toBe(false);
    expect(shellSchemas.saveFile.safeParse({ ...ok, suggestedName: '' }).success).toBe(false);
    expect(shellSchemas.saveFile.safeParse({ ...ok, path: '/etc/passwd' }).success).toBe(false);
    expect(shellSchemas.saveFile.safeParse(undefined).success).toBe(false);
  });

  it('lets openFiles and openFolder take no input at all', () => {
    expect(shellSchemas.openFiles.safeParse(undefined).success).toBe(true);
    expect(shellSchemas.openFiles.safeParse({ defaultPath: '/' }).success).toBe(false);
    expect(shellSchemas.openFolder.safeParse(undefined).success).toBe(true);
    expect(shellSchemas.openFolder.safeParse('/etc').success).toBe(false);
    expect(shellSchemas.openFolder.safeParse({ path: '/home' }).success).toBe(false);
  });

  it('reduces a suggested name to a plain file name', () => {
    expect(safeFileName('tally-report-2024.xlsx')).toBe('tally-report-2024.xlsx');
    expect(safeFileName('../../.bashrc')).toBe('.bashrc');
    expect(safeFileName('C:\\Windows\\evil.xlsx')).toBe('evil.xlsx');
    expect(safeFileName('/etc/passwd')).toBe('passwd');
    expect(safeFileName('a<b>:c?.xlsx')).toBe('a_b__c_.xlsx');
    expect(safeFileName('报告.xlsx')).toBe('报告.xlsx');
    expect(safeFileName('..')).toBe('tally-report.xlsx');
    expect(safeFileName('line\nbreak.xlsx')).toBe('line_break.xlsx');
  });
});
