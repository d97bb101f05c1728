/**
 * File versions read from git through ONE long-lived `git cat-file` process: object names go in
 * on stdin, one per line, contents come back in the same order. Thousands of versions cost one
 * process, not thousands. With git >= 2.36 it runs as `--batch-command --buffer`: the names asked
 * for together are sent with one `flush`, and git writes their contents in large writes instead
 * of one write per object; older git falls back to `--batch`.
 */
import type { ChildProcess } from 'node:child_process';
import { GitError, type GitOptions, gitSpawnError, spawnGit } from '../git/index.js';

interface Pending {
  name: string;
  resolve: (content: Buffer | undefined) => void;
  reject: (error: Error) => void;
}

export type BlobCallback = (content: Buffer | undefined) => void;

export class BlobReader {
  private child: ChildProcess | undefined;
  private readonly queue: Pending[] = [];
  private head = 0;
  /** Bytes of a header or object cut by a chunk boundary. */
  private parts: Buffer[] = [];
  private partsLength = 0;
  /** Size of the object being received, once its header line is read. */
  private expecting: number | undefined;
  private failure: Error | undefined;
  private closed: Promise<void> | undefined;
  private unsent: string[] = [];
  private mode: 'command' | 'plain' = 'command';
  private received = false;

  constructor(
    private readonly root: string,
    private readonly options: GitOptions & { mode?: 'command' | 'plain' } = {},
  ) {
    if (options.mode) this.mode = options.mode;
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    const mode = this.mode;
    const args = mode === 'command' ? ['cat-file', '--batch-command', '--buffer'] : ['cat-file', '--batch'];
    const child = spawnGit(this.root, args, { ...this.options, stdin: true });
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => {
      this.received = true;
      this.receive(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => this.fail(gitSpawnError(error)));
    child.on('close', (code) => {
      if (this.child === child) this.child = undefined;
      if (code !== 0 && mode === 'command' && !this.received) {
        // A git without --batch-command (before 2.36): ask again, the old way.
        this.mode = 'plain';
        // Every request sent so far (those still unsent go with the next flush).
        const names = this.queue.slice(this.head, this.queue.length - this.unsent.length).map((p) => p.name);
        if (names.length > 0) this.send(names);
        return;
      }
      if (this.queue.length > this.head) {
        this.fail(
          new GitError(`git cat-file ended early (${code}): ${Buffer.concat(err).toString('utf8').trim()}`),
        );
      }
    });
    // A closed pipe while requests are queued is reported by 'close' above.
    child.stdin!.on('error', () => {});
    this.child = child;
    this.closed = new Promise((resolve) => child.on('close', () => resolve()));
    return child;
  }

  /**
   * The content of an object: a blob id, or `<commit>:<path>`. Undefined when it does not exist
   * (or is not a blob). Names holding a newline cannot be asked for on a line and are refused.
   */
  read(name: string, options: { defer?: boolean } = {}): Promise<Buffer | undefined> {
    return new Promise((resolve, reject) => this.request(name, resolve, reject, options.defer === true));
  }

  /**
   * Like read(`name`, {defer: true}), with a callback instead of a promise (thousands of reads
   * in a row cost no promise each). Errors go to `onError`.
   */
  readDeferred(name: string, callback: BlobCallback, onError: (error: Error) => void): void {
    this.request(name, callback, onError, true);
  }

  private request(name: string, resolve: BlobCallback, reject: (error: Error) => void, defer: boolean): void {
    if (this.failure) {
      reject(this.failure);
      return;
    }
    if (name.includes('\n') || name.includes('\0') || name === '') {
      resolve(undefined);
      return;
    }
    this.queue.push({ name, resolve, reject });
    // Names asked for in the same tick go down the pipe in one write; a caller that asks for
    // many over time (`defer`) sends them itself with flush(), in fewer, larger writes.
    if (this.unsent.length === 0 && !defer) queueMicrotask(() => this.sendUnsent());
    this.unsent.push(name);
  }

  /** Names asked for and not sent yet. */
  get waiting(): number {
    return this.unsent.length;
  }

  /** Sends the names asked for with `defer`. */
  flush(): void {
    this.sendUnsent();
  }

  private sendUnsent(): void {
    if (this.unsent.length === 0) return;
    const names = this.unsent;
    this.unsent = [];
    this.send(names);
  }

  private send(names: readonly string[]): void {
    const child = this.start();
    child.stdin!.write(
      this.mode === 'command'
        ? `${names.map((n) => `contents ${n}`).join('\n')}\nflush\n`
        : `${names.join('\n')}\n`,
    );
  }

  /** The oldest request not answered yet (a head index: shifting a long array costs a copy each time). */
  private next(): Pending | undefined {
    const pending = this.queue[this.head];
    if (pending === undefined) return undefined;
    this.queue[this.head++] = undefined as unknown as Pending;
    if (this.head === this.queue.length || this.head > 4096) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    return pending;
  }

  /**
   * Output arrives in chunks that cut objects anywhere. A chunk is read in place; only the bytes
   * of an object (or header) cut by a chunk boundary are copied, never the chunk after it.
   */
  private receive(chunk: Buffer): void {
    let pos = 0;
    if (this.parts.length > 0) {
      pos = this.completeCut(chunk);
      if (pos < 0) return;
    }
    for (;;) {
      if (this.expecting === undefined) {
        const eol = chunk.indexOf(0x0a, pos);
        if (eol === -1) break;
        this.header(chunk.toString('latin1', pos, eol));
        pos = eol + 1;
        continue;
      }
      const size = this.expecting < 0 ? -1 - this.expecting : this.expecting;
      // The content is followed by a newline.
      if (chunk.length - pos < size + 1) break;
      this.deliver(chunk.subarray(pos, pos + size));
      pos += size + 1;
    }
    if (pos < chunk.length) {
      this.parts.push(chunk.subarray(pos));
      this.partsLength += chunk.length - pos;
    }
  }

  /** Completes the header or object cut by the last chunk; the position after it, or -1 if still cut. */
  private completeCut(chunk: Buffer): number {
    if (this.expecting === undefined) {
      const eol = chunk.indexOf(0x0a);
      if (eol === -1) {
        this.parts.push(chunk);
        this.partsLength += chunk.length;
        return -1;
      }
      this.header(Buffer.concat([...this.parts, chunk.subarray(0, eol)]).toString('latin1'));
      this.parts = [];
      this.partsLength = 0;
      return this.expecting === undefined ? eol + 1 : this.completeContent(chunk, eol + 1);
    }
    return this.completeContent(chunk, 0);
  }

  private completeContent(chunk: Buffer, pos: number): number {
    const size = this.expecting! < 0 ? -1 - this.expecting! : this.expecting!;
    const need = size + 1 - this.partsLength;
    if (chunk.length - pos < need) {
      this.parts.push(chunk.subarray(pos));
      this.partsLength += chunk.length - pos;
      return -1;
    }
    const whole = Buffer.concat([...this.parts, chunk.subarray(pos, pos + need)]);
    this.parts = [];
    this.partsLength = 0;
    this.deliver(whole.subarray(0, size));
    return pos + need;
  }

  /** `<oid> <type> <size>`, or `<name> missing` / `<name> ambiguous`. */
  private header(line: string): void {
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(line);
    if (!match) {
      this.next()?.resolve(undefined);
      return;
    }
    const size = Number(match[2]);
    this.expecting = match[1] === 'blob' ? size : -1 - size;
  }

  private deliver(content: Buffer): void {
    const isBlob = this.expecting! >= 0;
    this.expecting = undefined;
    // A view, not a copy: readers use the bytes at once (a kept blob keeps its chunk alive).
    this.next()?.resolve(isBlob ? content : undefined);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.queue.splice(0).slice(this.head)) pending.reject(error);
    this.head = 0;
  }

  /** Ends the process (waits for it). */
  async close(): Promise<void> {
    this.sendUnsent();
    if (!this.child) return;
    this.child.stdin!.end();
    await this.closed;
    this.child = undefined;
  }
}
