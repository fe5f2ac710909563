import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary, noDisplayReason, parseLaunchArgs } from './launch-plan.ts';

describe('launcher arguments', () => {
  it('reads --web, --db and --port, passing --db on to Electron as an absolute path', () => {
    expect(parseLaunchArgs(['--web', '--db', 'x.db', '--port=8123'])).toEqual({
      web: true,
      dbPath: 'x.db',
      port: 8123,
      electronArgs: ['--db', path.resolve('x.db')],
    });
    expect(parseLaunchArgs([])).toEqual({ web: false, dbPath: undefined, port: 0, electronArgs: [] });
  });

  it('refuses unknown options and bad ports rather than guessing', () => {
    expect(() => parseLaunchArgs(['--dbx'])).toThrow(/unknown option/);
    expect(() => parseLaunchArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseLaunchArgs(['--db'])).toThrow(/--db needs a path/);
  });
});

describe('can the desktop window start here', () => {
  it('needs a display on Linux only', () => {
    expect(noDisplayReason('linux', {})).toMatch(/no display/);
    expect(noDisplayReason('linux', { DISPLAY: ':0' })).toBeNull();
    expect(noDisplayReason('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeNull();
    expect(noDisplayReason('win32', {})).toBeNull();
  });

  it('finds the Electron binary only when path.txt and the file it names both exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-electron-'));
    try {
      expect(electronBinary(dir)).toBeNull();
      fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
      expect(electronBinary(dir)).toBeNull();
      fs.mkdirSync(path.join(dir, 'dist'));
      fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
      expect(electronBinary(dir)).toBe(path.join(dir, 'dist', 'electron'));
      expect(electronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'elsewhere') })).toBeNull();
      expect(electronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'dist') })).toBe(
        path.join(dir, 'dist', 'electron'),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
