/**
 * Images a charter's body points to. Export reads no file outside the charter's repository (or
 * its directory, outside git): a path is resolved lexically against the charter's directory (or
 * the root, for `/x.png`), must stay inside the root, and its real path must too (no symlink
 * out). At a `--ref`, images come from that commit's tree, and a symlink is refused.
 */
import { lstat, readFile, realpath } from 'node:fs/promises';
import { posix, sep } from 'node:path';
import { type GitOptions, readTreeFile } from './git.js';

/** One image: 10 MiB. A document: 50 MiB of images. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENT_IMAGE_BYTES = 50 * 1024 * 1024;

export type ImageFormat = 'png' | 'jpg' | 'gif' | 'webp' | 'svg';

export const IMAGE_MIME: Readonly<Record<ImageFormat, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

export type Refusal =
  | 'scheme'
  | 'external'
  | 'outside'
  | 'missing'
  | 'symlink'
  | 'not-a-file'
  | 'too-large'
  | 'format'
  | 'bad-url';

export type ImageLookup =
  | { ok: true; bytes: Buffer; format: ImageFormat; path: string }
  | { ok: false; reason: Refusal; path?: string };

/** Where the files of a charter's repository are read from: the working tree or a commit's tree. */
export interface RepositoryFiles {
  /** Real path of the root (the repository, or the charter's directory outside git). */
  root: string;
  read(relPath: string): Promise<TreeRead>;
}

type TreeRead =
  | { kind: 'file'; bytes: Buffer }
  | { kind: 'missing' | 'symlink' | 'not-a-file' | 'outside' }
  | { kind: 'too-large'; size: number };

export function workingTreeFiles(root: string): RepositoryFiles {
  return {
    root,
    async read(relPath) {
      const absolute = `${root}${sep}${relPath.split('/').join(sep)}`;
      let real: string;
      try {
        real = await realpath(absolute);
      } catch {
        return { kind: 'missing' };
      }
      // A symlink is followed only when its target stays in the repository.
      if (real !== root && !real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) {
        return { kind: 'outside' };
      }
      const info = await lstat(real);
      if (!info.isFile()) return { kind: 'not-a-file' };
      if (info.size > MAX_IMAGE_BYTES) return { kind: 'too-large', size: info.size };
      return { kind: 'file', bytes: await readFile(real) };
    },
  };
}

export function commitTreeFiles(root: string, commit: string, options: GitOptions): RepositoryFiles {
  return {
    root,
    read: (relPath) => readTreeFile(root, commit, relPath, MAX_IMAGE_BYTES, options),
  };
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The repository path a Markdown image URL names, relative to the root, or why it names none.
 * `charterDir` is the charter's directory relative to the root (`''` at the root).
 */
export function imagePath(url: string, charterDir: string): { path: string } | { reason: Refusal } {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https' || url.startsWith('//')) return { reason: 'external' };
  if (scheme !== undefined) return { reason: 'scheme' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.replace(/[?#].*$/s, ''));
  } catch {
    return { reason: 'bad-url' };
  }
  // A backslash is a separator on Windows: treat it as one everywhere, and never let NUL through.
  decoded = decoded.replace(/\\/g, '/');
  if (decoded.includes('\0') || decoded.trim() === '') return { reason: 'bad-url' };
  const joined = decoded.startsWith('/')
    ? posix.normalize(decoded.slice(1))
    : posix.normalize(posix.join(charterDir, decoded));
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined) || joined === '.') {
    return { reason: 'outside' };
  }
  return { path: joined };
}

/** The image format from the first bytes (never from the name). */
export function sniffImage(bytes: Buffer): ImageFormat | undefined {
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a)
    return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.toString('latin1', 0, 6))) return 'gif';
  if (
    bytes.length >= 12 &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  )
    return 'webp';
  const head = bytes.toString('utf8', 0, Math.min(bytes.length, 2048));
  return looksLikeSvg(head) ? 'svg' : undefined;
}

const isXmlSpace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/**
 * Whether a text starts as an SVG document: an optional BOM and XML declaration, any comments
 * and an optional `<!DOCTYPE svg …>`, each followed by optional space, then `<svg` and a space
 * or `>`. One pass over the text (a regular expression for this backtracked exponentially on
 * repeated empty comments: a 421-byte file hung the export).
 */
export function looksLikeSvg(text: string): boolean {
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  const skipSpace = () => {
    while (isXmlSpace(text[i])) i++;
  };
  const startsHere = (prefix: string) => text.slice(i, i + prefix.length).toLowerCase() === prefix;
  /** Moves past the next `end` (or to the end of the text), returning false when there is none. */
  const skipPast = (end: string) => {
    const at = text.indexOf(end, i);
    if (at === -1) return false;
    i = at + end.length;
    return true;
  };
  skipSpace();
  if (startsHere('<?xml')) {
    if (!skipPast('>')) return false;
    skipSpace();
  }
  while (startsHere('<!--')) {
    i += 4;
    if (!skipPast('-->')) return false;
    skipSpace();
  }
  if (startsHere('<!doctype svg')) {
    if (!skipPast('>')) return false;
    skipSpace();
  }
  if (!startsHere('<svg')) return false;
  const next = text[i + 4];
  return next === '>' || isXmlSpace(next);
}

/** Finds and reads one image for a charter whose directory is `charterDir` (relative to the root). */
export async function lookupImage(
  url: string,
  charterDir: string,
  files: RepositoryFiles,
): Promise<ImageLookup> {
  const resolved = imagePath(url, charterDir);
  if ('reason' in resolved) return { ok: false, reason: resolved.reason };
  const read = await files.read(resolved.path);
  if (read.kind !== 'file') return { ok: false, reason: read.kind, path: resolved.path };
  const format = sniffImage(read.bytes);
  if (!format) return { ok: false, reason: 'format', path: resolved.path };
  return { ok: true, bytes: read.bytes, format, path: resolved.path };
}
