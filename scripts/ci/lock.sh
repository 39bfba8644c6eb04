#!/usr/bin/env bash
# Keeps package-lock.json installable by `npm ci` under the npm of every supported Node line: npm 10
# (bundled with Node 22, and so in the Docker base image) and npm 11 (Node 24; Node 20 here runs npm 11
# too). The two resolve some optional peer dependencies differently, and `npm ci` refuses a lockfile
# that its own resolution does not match, so a lock written by one npm can be refused by the other.
#
#   scripts/ci/lock.sh          (npm run lock) rewrite package-lock.json from package.json, then check it
#   scripts/ci/lock.sh --check  (CI) check only: `npm ci --dry-run` in a clean copy under each npm
#
# The check first feeds each npm a lockfile with a required entry removed and expects a refusal: that
# proves the dry run still performs the lock check under that npm, so a pass below it means something.
set -euo pipefail
cd "$(dirname "$0")/../.."

NPMS=(npm@10 npm@11)
# What npm's own flags write into the lock, whatever the contributor's npm config says: no registry URLs
# (each install resolves against the installer's registry), no install scripts run while locking.
LOCK_FLAGS=(install --package-lock-only --ignore-scripts --no-audit --no-fund --omit-lockfile-registry-resolved)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# npm_ci_dry_run SPEC LOCKFILE: exit status of `npm ci --dry-run` under npm SPEC in a copy holding only
# package.json and LOCKFILE; its output is kept in $work/last.log.
npm_ci_dry_run() {
  local dir
  dir=$(mktemp -d "$work/ci.XXXX")
  cp package.json "$dir/" && cp "$2" "$dir/package-lock.json"
  (cd "$dir" && npx -y "$1" ci --dry-run --ignore-scripts --no-audit --no-fund) >"$work/last.log" 2>&1
}

check() {
  node -e '
    const fs = require("fs");
    const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
    delete lock.packages["node_modules/fastify"];
    fs.writeFileSync(process.argv[1], JSON.stringify(lock, null, 2));
  ' "$work/broken-lock.json"
  local spec failed=0
  for spec in "${NPMS[@]}"; do
    if npm_ci_dry_run "$spec" "$work/broken-lock.json"; then
      echo "lock: $spec ci --dry-run accepted a lockfile without fastify: it does not check the lock" >&2
      exit 1
    fi
    if npm_ci_dry_run "$spec" package-lock.json; then
      echo "lock: $spec ($(npx -y "$spec" --version 2>/dev/null)) ci accepts package-lock.json"
    else
      echo "lock: $spec ci refuses package-lock.json:" >&2
      grep -E '^npm (error|ERR)' "$work/last.log" | head -15 >&2
      failed=1
    fi
  done
  if [ "$failed" = 1 ]; then
    echo "lock: run \`npm run lock\` and commit package-lock.json" >&2
    return 1
  fi
}

if [ "${1:-}" = --check ]; then
  check
  exit
fi

# Written by the newest npm (it records the most: libc of platform packages); if the older npm refuses
# that resolution, written by the older npm instead, whose lock the newer one also accepts (checked).
npx -y "${NPMS[1]}" "${LOCK_FLAGS[@]}" >/dev/null
if ! npm_ci_dry_run "${NPMS[0]}" package-lock.json; then
  echo "lock: ${NPMS[0]} refuses the lock ${NPMS[1]} writes; writing it with ${NPMS[0]}. The two npms will" \
    "install different trees: pin the package named below at the top level (as esbuild is) to make them agree." >&2
  grep -E '^npm (error|ERR) Missing' "$work/last.log" | head -3 >&2 || true
  npx -y "${NPMS[0]}" "${LOCK_FLAGS[@]}" >/dev/null
fi
check
