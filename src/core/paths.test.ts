import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStorePath, userDataDir } from './paths.ts';

describe('store path', () => {
  it('prefers --db over TALLY_DB over the user-data folder', () => {
    expect(resolveStorePath(['node', 'x', '--db', 'a.db'], { TALLY_DB: '/tmp/b.db' })).toBe(
      path.resolve('a.db'),
    );
    expect(resolveStorePath(['node', 'x', '--db=c.db'], {})).toBe(path.resolve('c.db'));
    expect(resolveStorePath(['node', 'x'], { TALLY_DB: '/tmp/b.db' })).toBe('/tmp/b.db');
    expect(resolveStorePath(['node', 'x'], { XDG_CONFIG_HOME: '/cfg' })).toBe('/cfg/Tally/tally.db');
  });

  it('matches the folder Electron uses for userData on each platform', () => {
    expect(userDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(
      path.join('C:\\Users\\a\\AppData\\Roaming', 'Tally'),
    );
    expect(userDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Tally$/);
    expect(userDataDir({}, 'linux')).toMatch(/\.config\/Tally$/);
  });
});
