#!/usr/bin/env bash
# The package as users get it: packs charte as `npm publish` would (from the dist/ already built by
# `npm ci` or `npm run build`), checks that the tarball holds what it needs and nothing else, installs
# it into an empty directory (its dependencies come from the npm registry), and runs the CLI there:
# `charte --version`, `charte init --yes`, `charte validate`. Then the other way a town installs
# charte before it is on the registry: from a git URL (here `git+file://` of this clone's
# committed HEAD; npm clones it and builds it with `prepare`), and runs `charte --version` and
# `charte validate` from there.
#
#   bash scripts/pack-smoke.sh            # exits non-zero, saying which check failed
#   CHARTE_SMOKE_KEEP=1 bash scripts/pack-smoke.sh   # keep the temp directory to look into it
#   CHARTE_SMOKE_GIT=0 bash scripts/pack-smoke.sh    # skip the git URL install (the slow part)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/charte-pack-smoke.XXXXXX")"
current="setting up"

cleanup() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    echo "pack-smoke: FAILED while ${current} (exit ${status}); files in ${work}" >&2
  elif [ "${CHARTE_SMOKE_KEEP:-}" = "1" ]; then
    echo "pack-smoke: kept ${work}"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

step() {
  current="$1"
  echo "pack-smoke: ${current}"
}
fail() {
  echo "pack-smoke: error: $*" >&2
  exit 1
}

# No user or system git configuration: the smoke repository gets its own.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
# Answers in English, whatever the machine's locale, so that messages can be read back.
export LANG=en_US.UTF-8 LC_ALL= NO_COLOR=1

step "checking that dist/ is built"
[ -f "$root/dist/cli/bin.js" ] || fail "dist/cli/bin.js is missing: run 'npm ci' (or 'npm run build') first"

step "packing"
# --ignore-scripts: pack the dist/ that is there (the `prepare` build already ran in `npm ci`).
(cd "$root" && npm pack --ignore-scripts --json --pack-destination "$work" --loglevel=error) > "$work/pack.json" ||
  fail "npm pack failed"

step "checking the tarball's contents"
tarball="$(node - "$work/pack.json" "$root/package.json" <<'CHECK'
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const [packJson, packageJson] = process.argv.slice(2);
const root = dirname(packageJson);
const [pack] = JSON.parse(readFileSync(packJson, 'utf8'));
const pkg = JSON.parse(readFileSync(packageJson, 'utf8'));
const files = pack.files.map((file) => file.path);
const problems = [];
// What the package needs: the built code, templates, schemas, and the papers.
const allowed = [/^dist\//, /^templates\//, /^schemas\//, /^README\.md$/, /^LICENSE$/, /^package\.json$/];
const extra = files.filter((path) => !allowed.some((re) => re.test(path)));
if (extra.length > 0) problems.push(`files that do not belong in the package: ${extra.join(', ')}`);
const tests = files.filter((path) => /\.(test|spec|bench)\.[cm]?[jt]s$|\.tsbuildinfo$/.test(path));
if (tests.length > 0) problems.push(`test or build leftovers in the package: ${tests.join(', ')}`);
const bins = typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {});
const exportTargets = [];
const collect = (value) => {
  if (typeof value === 'string') exportTargets.push(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(pkg.exports);
const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'schemas/charter.schema.json',
  ...bins,
  ...exportTargets.filter((target) => !target.includes('*')),
].map((path) => path.replace(/^\.\//, ''));
const missing = [...new Set(required)].filter((path) => !files.includes(path));
if (missing.length > 0) problems.push(`missing from the package: ${missing.join(', ')}`);
if (!files.some((path) => path.startsWith('templates/') && path.endsWith('/manifest.json'))) {
  problems.push('no template (templates/*/manifest.json) in the package');
}
for (const bin of bins) {
  const path = bin.replace(/^\.\//, '');
  const first = files.includes(path) ? readFileSync(join(root, path), 'utf8').split('\n')[0] : '';
  if (first !== '#!/usr/bin/env node') problems.push(`${path} does not start with #!/usr/bin/env node`);
}
if (!/^>=\s*20(\.|$)/.test(pkg.engines?.node ?? '')) {
  problems.push(`engines.node is ${JSON.stringify(pkg.engines?.node)}: it must say Node >= 20`);
}
if (!pkg.license) problems.push('package.json has no license');
for (const problem of problems) console.error(`pack-smoke: error: ${problem}`);
if (problems.length > 0) process.exit(1);
console.error(`pack-smoke: ${files.length} files, ${(pack.size / 1024).toFixed(0)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked`);
console.log(pack.filename);
CHECK
)" || fail "the tarball's contents are wrong (see above)"
tarball="$work/$tarball"
[ -f "$tarball" ] || fail "npm pack did not write ${tarball}"

step "installing the tarball into an empty directory"
app="$work/app"
mkdir -p "$app"
(cd "$app" && npm install --no-audit --no-fund --loglevel=error "$tarball") ||
  fail "npm install of the packed tarball failed"

# --no: run the installed charte, never a package of that name from the registry ("--" so that
# npx passes every flag, --version too, to charte).
charte() { (cd "$app" && npx --no -- charte "$@"); }

step "running 'charte --version'"
expected="$(node -p "require('$root/package.json').version")"
got="$(charte --version)" || fail "'charte --version' exited with status $?"
[ "$got" = "$expected" ] || fail "'charte --version' printed '${got}', expected '${expected}'"

step "running 'charte --help'"
charte --help > "$work/help.txt" || fail "'charte --help' exited with status $?"
grep -q 'validate' "$work/help.txt" || fail "'charte --help' does not list the validate command"

step "running 'charte init --yes' in a new git repository"
(
  cd "$app"
  git init -q -b main
  git config user.name 'Pack Smoke'
  git config user.email 'pack-smoke@example.org'
  git config commit.gpgsign false
) || fail "git init failed"
charte init --yes > "$work/init.txt" 2>&1 || {
  cat "$work/init.txt" >&2
  fail "'charte init --yes' exited with an error"
}

step "running 'charte validate' on what init wrote"
status=0
charte validate --format json > "$work/validate.json" 2> "$work/validate.err" || status=$?
if [ "$status" -ne 0 ]; then
  cat "$work/validate.json" "$work/validate.err" >&2
  fail "'charte validate' exited with status ${status} on the charter written by 'charte init --yes'"
fi
node -e '
  const report = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  if (report.files.length === 0) {
    console.error("pack-smoke: error: charte validate found no charter after charte init --yes");
    process.exit(1);
  }
  console.log(`pack-smoke: ${report.files.length} charter(s) valid: ${report.files.map((f) => f.path).join(", ")}`);
' "$work/validate.json" || fail "'charte validate' checked no charter"

if [ "${CHARTE_SMOKE_GIT:-1}" != "0" ]; then
  step "installing from a git URL (git+file:// of the committed HEAD; prepare builds it)"
  head="$(git -C "$root" rev-parse HEAD)" || fail "$root is not a git clone"
  [ -z "$(git -C "$root" status --porcelain -- src package.json tsconfig.json tsconfig.build.json)" ] ||
    echo "pack-smoke: note: uncommitted changes in src/ or package.json are not in the git install (HEAD ${head:0:7})"
  gitapp="$work/gitapp"
  mkdir -p "$gitapp"
  (cd "$gitapp" && npm install --no-audit --no-fund --loglevel=error "git+file://${root}#${head}") ||
    fail "npm install git+file://${root}#${head} failed"
  got="$(cd "$gitapp" && npx --no -- charte --version)" || fail "'charte --version' from the git install exited with status $?"
  [ "$got" = "$expected" ] || fail "'charte --version' from the git install printed '${got}', expected '${expected}'"
  cp -R "$app/charters" "$gitapp/charters"
  (cd "$gitapp" && npx --no -- charte validate charters > "$work/git-validate.txt" 2>&1) || {
    cat "$work/git-validate.txt" >&2
    fail "'charte validate' from the git install failed"
  }
  echo "pack-smoke: git URL install runs charte ${got}"
fi

echo "pack-smoke: OK (${tarball##*/}, and git+file:// unless CHARTE_SMOKE_GIT=0)"
