/**
 * One pass over `git log`: commits with their raw changes (`--raw -z`: modes, blob ids, status,
 * paths), streamed and parsed as they arrive, so that blob reads can start before the log ends.
 * Rename detection (-M) is on; merges show no diff (their changes are in the commits they merge).
 */
import { StringDecoder } from 'node:string_decoder';
import { GitError, type GitOptions, gitSpawnError, spawnGit } from '../git/index.js';

export interface LogChange {
  /** A, M, D, T, R (rename), C (copy)... the letter without its score. */
  status: string;
  oldMode: string;
  newMode: string;
  oldBlob: string;
  newBlob: string;
  /** The path after the change. */
  path: string;
  /** The path before a rename or copy. */
  fromPath?: string;
}

export interface LogCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
  /** ISO 8601 with the author's own offset, e.g. 2024-04-28T17:02:11+02:00. */
  authorDate: string;
  subject: string;
  changes: LogChange[];
}

const HEADER_FIELDS = 5;
const FORMAT = '--format=%H%x00%an%x00%ae%x00%aI%x00%s';

/** The arguments of the log pass, shown in the benchmark and in tests. */
export function logArgs(pathspecs: readonly string[]): string[] {
  return [
    'log',
    '-z',
    '--raw',
    '--no-abbrev',
    '-M',
    '--topo-order',
    '--diff-merges=off',
    '--no-decorate',
    '--no-mailmap',
    FORMAT,
    'HEAD',
    '--',
    ...pathspecs,
  ];
}

/**
 * Streams the log of HEAD restricted to `pathspecs`, newest first (topological order, so a
 * child always comes before its parents, which rename tracking needs). Resolves when git ends.
 */
export function streamLog(
  root: string,
  pathspecs: readonly string[],
  onCommit: (commit: LogCommit) => void,
  options: GitOptions & { signal?: AbortSignal } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(root, logArgs(pathspecs), {
      ...options,
      // Full buffering: by default git flushes after every commit when writing to a pipe.
      extraEnv: { GIT_FLUSH: '0' },
    });
    const parser = new LogParser(onCommit);
    const err: Buffer[] = [];
    let failed = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        parser.push(chunk);
      } catch (error) {
        failed = true;
        child.kill();
        reject(error);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      failed = true;
      reject(gitSpawnError(error));
    });
    child.on('close', (code) => {
      if (failed) return;
      if (code !== 0) {
        const stderr = Buffer.concat(err).toString('utf8');
        reject(new GitError(`git log failed (${code}): ${stderr.trim()}`, stderr));
        return;
      }
      try {
        parser.end();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * The whole log of a repository, started before anyone knows which files it will be asked about
 * (renew starts it while it looks for the charters): commits are kept as they come until
 * attach() gives them a reader, then go straight to it.
 */
export class LogFeed {
  private queue: LogCommit[] = [];
  private sink: ((commit: LogCommit) => void) | undefined;
  private readonly controller = new AbortController();
  private readonly done: Promise<void>;

  constructor(root: string, options: GitOptions = {}) {
    this.done = streamLog(
      root,
      [],
      (commit) => {
        if (this.sink) this.sink(commit);
        else this.queue.push(commit);
      },
      { ...options, signal: this.controller.signal },
    );
    // Awaited by whoever attaches; a feed nobody attaches to is cancelled, its end unheard.
    this.done.catch(() => {});
  }

  /** Sends the commits read so far, then every next one, to `onCommit`; resolves when the log ends. */
  attach(onCommit: (commit: LogCommit) => void): Promise<void> {
    const queued = this.queue;
    this.queue = [];
    for (const commit of queued) onCommit(commit);
    this.sink = onCommit;
    return this.done;
  }

  /** Stops git (a feed that turned out not to be needed). */
  cancel(): void {
    this.controller.abort();
  }
}

type State = 'header' | 'entries' | 'path' | 'fromPath';

/**
 * A push parser over NUL-separated tokens: header fields, then raw entries with their paths.
 * Each chunk is decoded once (a multi-byte character cut by a chunk boundary waits for the next)
 * and split at its NULs: decoding token by token cost a call into the runtime per token.
 */
export class LogParser {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  private state: State = 'header';
  private fields: string[] = [];
  private commit: LogCommit | undefined;
  private entry: LogChange | undefined;

  constructor(private readonly onCommit: (commit: LogCommit) => void) {}

  push(chunk: Buffer): void {
    const tokens = (this.rest + this.decoder.write(chunk)).split('\0');
    // What follows the last NUL is the beginning of a token.
    this.rest = tokens.pop()!;
    for (const token of tokens) this.token(token);
  }

  end(): void {
    const rest = this.rest + this.decoder.end();
    this.rest = '';
    // Every token ends with NUL; what may remain is the newline git prints after the last one.
    if (rest.trim() !== '') {
      throw new GitError(`unexpected end of git log output: ${JSON.stringify(rest.slice(0, 120))}`);
    }
    this.flush();
  }

  private flush(): void {
    if (this.commit) this.onCommit(this.commit);
    this.commit = undefined;
  }

  /** One token (without its NUL). */
  private token(token: string): void {
    switch (this.state) {
      case 'header': {
        // The newline git puts between a commit's last change and the next header.
        let start = 0;
        if (this.fields.length === 0) while (token.charCodeAt(start) === 0x0a) start++;
        const fields = this.fields;
        fields.push(start === 0 ? token : token.slice(start));
        if (fields.length === HEADER_FIELDS) {
          this.commit = {
            sha: fields[0]!,
            authorName: fields[1]!,
            authorEmail: fields[2]!,
            authorDate: fields[3]!,
            subject: fields[4]!,
            changes: [],
          };
          fields.length = 0;
          this.state = 'entries';
        }
        return;
      }
      case 'entries': {
        let at = 0;
        while (token.charCodeAt(at) === 0x0a) at++;
        if (token.charCodeAt(at) !== 0x3a /* : */) {
          // Not a raw entry: the next commit's header begins.
          this.flush();
          this.state = 'header';
          this.token(token);
          return;
        }
        // `:<old mode> <new mode> <old blob> <new blob> <status>`, all ASCII, cut at its four
        // spaces (no array and no string for the parts nobody reads twice).
        const s1 = token.indexOf(' ', at + 1);
        const s2 = s1 === -1 ? -1 : token.indexOf(' ', s1 + 1);
        const s3 = s2 === -1 ? -1 : token.indexOf(' ', s2 + 1);
        const s4 = s3 === -1 ? -1 : token.indexOf(' ', s3 + 1);
        if (s4 === -1 || s4 + 1 >= token.length || s4 - s3 - 1 < 40) {
          throw new GitError(`unexpected git log output: ${JSON.stringify(token.slice(at, at + 120))}`);
        }
        const status = token.charAt(s4 + 1);
        this.entry = {
          status,
          oldMode: token.slice(at + 1, s1),
          newMode: token.slice(s1 + 1, s2),
          oldBlob: token.slice(s2 + 1, s3),
          newBlob: token.slice(s3 + 1, s4),
          path: '',
        };
        this.state = status === 'R' || status === 'C' ? 'fromPath' : 'path';
        return;
      }
      case 'fromPath': {
        if (this.entry) this.entry.fromPath = token;
        this.state = 'path';
        return;
      }
      case 'path': {
        if (this.entry && this.commit) {
          this.entry.path = token;
          this.commit.changes.push(this.entry);
        }
        this.entry = undefined;
        this.state = 'entries';
        return;
      }
    }
  }
}
