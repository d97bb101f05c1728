/**
 * Once before the suite: subprocess tests run the built CLI (dist/cli/bin.js, see helpers/cli.ts).
 * `npm ci`/`npm install` build it (`prepare`); when a source file is newer than the build (an edit
 * since), this rebuilds it once, so that no test runs yesterday's code.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Why dist/ must be rebuilt, or undefined when it is up to date. */
export function staleBuild(): string | undefined {
  let built: number;
  try {
    built = statSync(join(root, 'dist/cli/bin.js')).mtimeMs;
  } catch {
    return 'dist/cli/bin.js is missing';
  }
  return newest(join(root, 'src')) > built ? 'a file in src/ is newer than dist/' : undefined;
}

export default function setup(): void {
  const reason = staleBuild();
  if (reason === undefined) return;
  console.log(`global setup: ${reason}: npm run build`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `npm run build failed (the subprocess tests need dist/):\n${result.stdout}${result.stderr}`,
    );
  }
}
