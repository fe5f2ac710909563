// Serves the built renderer (out/renderer) to the browser. Files only, resolved inside the
// renderer folder after following symlinks, so no request can read anything else on disk.
import fs from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export interface StaticFile {
  file: string;
  body: Buffer;
  contentType: string;
}

/**
 * The file a URL path names inside `root`, or null when there is none (missing, a directory,
 * outside the root, or a malformed path). `/` means index.html.
 */
export async function findStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const realRoot = await fs.realpath(root);
  const wanted = path.resolve(realRoot, relative);
  if (!isInside(realRoot, wanted)) return null;
  try {
    const real = await fs.realpath(wanted);
    if (!isInside(realRoot, real)) return null;
    const stat = await fs.stat(real);
    if (!stat.isFile()) return null;
    return { file: real, body: await fs.readFile(real), contentType: contentType(real) };
  } catch {
    return null;
  }
}
