// `npm test` needs a few OS packages: Chromium (end-to-end tests), CJK fonts (Chinese must not render
// as boxes), LibreOffice and poppler (the report-as-PDF check). On a Debian machine where we are root,
// install what is missing; anywhere else, stop with the one command that gets them. Never skip a test.
import { execFileSync, spawnSync } from 'node:child_process';

const PACKAGES = ['chromium', 'fonts-noto-cjk', 'libreoffice-calc', 'poppler-utils'];

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

const missing = PACKAGES.filter((pkg) => {
  if (pkg === 'chromium' && process.env.CHROME_PATH) return false;
  return !has('dpkg', ['-s', pkg]);
});
const aptCommand = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;

if (missing.length === 0) process.exit(0);
if (!has('which', ['apt-get']) || process.getuid?.() !== 0) {
  console.error(`npm test needs: ${missing.join(', ')}. Install them (Debian/Ubuntu: ${aptCommand}),`);
  console.error('or set CHROME_PATH to a Chromium-family browser for the end-to-end tests.');
  process.exit(1);
}
console.log(`npm test: installing ${missing.join(', ')} with apt-get (one time)…`);
try {
  const opts = { stdio: 'inherit' as const, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update', '-qq'], opts);
  execFileSync(
    'apt-get',
    ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', '--no-install-recommends', ...missing],
    opts,
  );
} catch {
  console.error(`npm test: the install failed; run it by hand: ${aptCommand}`);
  process.exit(1);
}
