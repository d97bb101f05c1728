/**
 * Reading a charter file as text: a size limit, strict UTF-8 (an invalid byte is an error that
 * names its offset, never a silent U+FFFD), and the BOM and line endings remembered so that
 * editing commands can write back exactly what they found.
 */
import { isUtf8 } from 'node:buffer';
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  type Stats,
  statSync,
} from 'node:fs';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';

/** 5 MiB: a charter's front matter is a few kilobytes; a body of a thousand pages is still far below. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface SourceText {
  /** The text without its BOM. */
  text: string;
  bom: boolean;
  /** The line ending the file uses (the first one found; LF for a file without any). */
  eol: '\n' | '\r\n';
  bytes: Buffer;
}

export class SourceError extends Error {
  constructor(
    message: string,
    readonly rule: 'file-too-large' | 'invalid-utf8' | 'unreadable',
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message);
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAndColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Column in characters of the valid text before the bad byte.
  const column = Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8').length + 1;
  return { line, column };
}

export function decodeSource(bytes: Buffer, lang: Lang): SourceText {
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8Offset(bytes);
    const { line, column } = lineAndColumnOfByte(bytes, offset);
    const hex = `0x${bytes[offset]?.toString(16).padStart(2, '0') ?? '??'}`;
    throw new SourceError(messages(lang).load.invalidUtf8(hex, offset), 'invalid-utf8', line, column);
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = bytes.toString('utf8', bom ? 3 : 0);
  const firstNewline = text.indexOf('\n');
  const eol = firstNewline > 0 && text[firstNewline - 1] === '\r' ? '\r\n' : '\n';
  return { text, bom, eol, bytes };
}

/** What a path that is not a regular file is, for messages; undefined for a regular file. */
function specialKind(
  stats: Stats,
): 'directory' | 'fifo' | 'socket' | 'characterDevice' | 'blockDevice' | 'other' | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'characterDevice';
  if (stats.isBlockDevice()) return 'blockDevice';
  return 'other';
}

function notRegular(stats: Stats, lang: Lang): SourceError | undefined {
  const kind = specialKind(stats);
  if (kind === undefined) return undefined;
  if (kind === 'directory') return new SourceError(describeFsError({ code: 'EISDIR' }, lang), 'unreadable');
  return new SourceError(messages(lang).load.notRegularFile(kind), 'unreadable');
}

function tooLarge(size: number, maxBytes: number, lang: Lang): SourceError {
  const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new SourceError(messages(lang).load.tooLarge(mib(size), mib(maxBytes)), 'file-too-large');
}

/** Opened without blocking (a FIFO swapped in after the stat cannot hang the open) and never as a terminal. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The bytes of a regular file, at most `maxBytes`. Anything else (a FIFO, a socket, a device, a
 * directory) is refused before it is opened for reading: a named pipe would block the read
 * forever, a device never end. The type is checked again on the open descriptor. Throws a
 * SourceError.
 *
 * Synchronous on purpose: for thousands of small files it costs a fraction of the promise-based
 * API, and the CLI has nothing else to do meanwhile.
 */
export function readRegularFileSync(path: string, lang: Lang, maxBytes = MAX_FILE_BYTES): Buffer {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new SourceError(describeFsError(error, lang), 'unreadable');
  }
  const refused = notRegular(stats, lang);
  if (refused) throw refused;
  if (stats.size > maxBytes) throw tooLarge(stats.size, maxBytes, lang);
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const opened = fstatSync(fd);
    const swapped = notRegular(opened, lang);
    if (swapped) throw swapped;
    if (opened.size > maxBytes) throw tooLarge(opened.size, maxBytes, lang);
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(describeFsError(error, lang), 'unreadable');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Why an existing path is not a regular file (a FIFO, a socket, a device, a directory), as a
 * message; undefined for a regular file or a path that cannot be stat'ed (the read says why).
 */
export function regularFileProblem(path: string, lang: Lang): string | undefined {
  try {
    return notRegular(statSync(path), lang)?.message;
  } catch {
    return undefined;
  }
}

/** Reads and decodes a charter file (see readRegularFileSync and decodeSource). */
export async function readSource(path: string, lang: Lang, maxBytes = MAX_FILE_BYTES): Promise<SourceText> {
  return decodeSource(readRegularFileSync(path, lang, maxBytes), lang);
}

export function describeFsError(error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return messages(lang).load.notFound;
    case 'EACCES':
    case 'EPERM':
      return messages(lang).load.readDenied;
    case 'EISDIR':
      return messages(lang).load.isADirectory;
    default:
      return messages(lang).load.unreadable(code ?? String(error));
  }
}

/** The first bytes of a file, decoded leniently: enough to tell whether it declares `charte:`. */
export function peekText(path: string, bytes = 64 * 1024): string | undefined {
  let fd: number | undefined;
  try {
    // Only a regular file is peeked at: a FIFO or a device is never opened for reading.
    if (!statSync(path).isFile()) return undefined;
    fd = openSync(path, OPEN_FLAGS);
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.toString('utf8', 0, n);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
