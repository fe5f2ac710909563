// Is an IPC caller our own renderer? Pure URL checks, kept apart from Electron so they are tested
// under plain Node; ipc.ts adds the window check (the frame must belong to a window we created).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where our renderer is loaded from: the built files, or the dev server in `electron-vite dev`. */
export type RendererOrigin = { kind: 'file'; rendererDir: string } | { kind: 'dev'; url: string };

export function rendererOrigin(rendererDir: string, devUrl: string | undefined): RendererOrigin {
  return devUrl ? { kind: 'dev', url: devUrl } : { kind: 'file', rendererDir: path.resolve(rendererDir) };
}

export function isOurRendererUrl(url: string, origin: RendererOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (origin.kind === 'dev') {
    const dev = new URL(origin.url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === dev.origin;
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  let file: string;
  try {
    file = fileURLToPath(parsed);
  } catch {
    return false;
  }
  const rel = path.relative(origin.rendererDir, path.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Navigation is allowed only to the page we loaded (the same document, e.g. a hash change). */
export function isAllowedNavigation(target: string, current: string, origin: RendererOrigin): boolean {
  if (!isOurRendererUrl(target, origin)) return false;
  const strip = (u: string) => {
    const x = new URL(u);
    x.hash = '';
    x.search = '';
    return x.href;
  };
  try {
    return origin.kind === 'dev' || strip(target) === strip(current);
  } catch {
    return false;
  }
}
