import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isOurRendererUrl, rendererOrigin } from './trust.ts';

const rendererDir = path.resolve('/opt/tally/out/renderer');
const built = rendererOrigin(rendererDir, undefined);
const index = pathToFileURL(path.join(rendererDir, 'index.html')).href;

describe('is this IPC caller our renderer', () => {
  it('accepts the built renderer page, with or without a hash or query', () => {
    expect(isOurRendererUrl(index, built)).toBe(true);
    expect(isOurRendererUrl(`${index}#/review`, built)).toBe(true);
    expect(isOurRendererUrl(pathToFileURL(path.join(rendererDir, 'assets', 'x.html')).href, built)).toBe(
      true,
    );
  });

  it('refuses other files, traversal out of the renderer folder and sibling prefixes', () => {
    expect(isOurRendererUrl(pathToFileURL('/etc/passwd').href, built)).toBe(false);
    expect(isOurRendererUrl(`file://${rendererDir}/../main/index.js`, built)).toBe(false);
    expect(isOurRendererUrl(`file://${rendererDir}/%2e%2e/main/index.html`, built)).toBe(false);
    expect(isOurRendererUrl(pathToFileURL(`${rendererDir}-evil/index.html`).href, built)).toBe(false);
    expect(isOurRendererUrl(pathToFileURL(rendererDir).href, built)).toBe(false);
    expect(isOurRendererUrl(`file://evil-host${rendererDir}/index.html`, built)).toBe(false);
  });

  it('refuses web pages and junk when the renderer is built', () => {
    expect(isOurRendererUrl('https://example.com/index.html', built)).toBe(false);
    expect(isOurRendererUrl('http://localhost:5173/', built)).toBe(false);
    expect(isOurRendererUrl('about:blank', built)).toBe(false);
    expect(isOurRendererUrl('not a url', built)).toBe(false);
    expect(isOurRendererUrl('', built)).toBe(false);
  });

  it('in development trusts only the dev server origin', () => {
    const dev = rendererOrigin(rendererDir, 'http://localhost:5173');
    expect(isOurRendererUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isOurRendererUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isOurRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isOurRendererUrl('http://localhost.evil.com:5173/', dev)).toBe(false);
    expect(isOurRendererUrl(index, dev)).toBe(false);
  });
});

describe('where the window may navigate', () => {
  it('stays on the loaded page: hash changes only', () => {
    expect(isAllowedNavigation(`${index}#/grid`, index, built)).toBe(true);
    expect(isAllowedNavigation(pathToFileURL(path.join(rendererDir, 'other.html')).href, index, built)).toBe(
      false,
    );
    expect(isAllowedNavigation('https://example.com/', index, built)).toBe(false);
    expect(isAllowedNavigation(pathToFileURL('/home/user/report.html').href, index, built)).toBe(false);
  });
});
