import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: two files run at once, and git-heavy tests slow down on a loaded machine. Speed is
    // measured in bench/, not here; a timeout only catches a test that hangs.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Subprocess tests run the built CLI: rebuilt once here when a source is newer than dist/.
    globalSetup: ['test/global-setup.ts'],
    // One process per test file (forks): git-heavy tests set TZ, TMPDIR and run git and the CLI in
    // subprocesses, and a process of its own keeps each file's environment to itself. Vitest's
    // default is cores - 1 workers, one at a time on a 2-core machine; most of a test's time is
    // spent waiting on git and CLI subprocesses, so every core gets a file (at least two).
    pool: 'forks',
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
