#!/usr/bin/env bash
# CI: builds the Dockerfile and starts the image as `docker compose up` would with compose.yaml, on a machine
# that reaches Debian's packages and the npm registry but no container registry, where `podman run` is not
# permitted. So: ../shared/tools/container-base.sh builds a local stand-in for the Dockerfile's base image,
# `podman build` builds the image on it, and the image's exported filesystem is started with its command
# and environment under chroot as the image's user, in new mount, network and PID namespaces (the server is
# PID 1, as in a container; mounts and processes end with the namespaces), with the root filesystem
# read-only, /proc, and tmpfs only where compose.yaml puts one. Then it checks /healthz, /readyz, a data
# route, the health check of the image and of compose.yaml, that the root filesystem refuses writes, and
# that SIGTERM ends the server with exit code 0. Prints the image size and the time of each step.
# Runs as root; installs podman and debootstrap if missing. Leaves the base image and the built image
# (localhost/event-facts-api:ci) in podman's store, so that a later run reuses them and cached layers.
set -euo pipefail
cd "$(dirname "$0")/../.."

IMAGE=localhost/event-facts-api:ci
major=$(sed -nE 's/^FROM node:([0-9]+)-bookworm-slim.*/\1/p' Dockerfile | sort -u)
[ "$(wc -w <<<"$major")" = 1 ] || { echo "docker-check: Dockerfile must build FROM one node:<major>-bookworm-slim" >&2; exit 1; }
BASE=docker.io/library/node:$major-bookworm-slim

work=$(mktemp -d)
container='' launcher='' started=$SECONDS step_started=$SECONDS
cleanup() {
  if [ -n "$launcher" ] && kill -0 "$launcher" 2>/dev/null; then
    pkill -KILL -P "$launcher" 2>/dev/null || true
    wait "$launcher" 2>/dev/null || true
  fi
  [ -z "$container" ] || podman rm -f "$container" >/dev/null 2>&1 || true
  ! mountpoint -q "$work/rootfs" || umount "$work/rootfs"
  rm -rf "$work"
  echo "docker-check: cleaned up ($((SECONDS - step_started)) s)"
}
trap cleanup EXIT

step() {
  echo "docker-check: $1 ($((SECONDS - step_started)) s)"
  step_started=$SECONDS
}
fail() {
  echo "docker-check: FAILED: $1" >&2
  [ ! -s "$work/server.log" ] || { echo "--- server log" >&2; tail -30 "$work/server.log" >&2; }
  exit 1
}

if ! command -v podman >/dev/null || ! command -v debootstrap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman debootstrap >/dev/null
fi
step "podman $(podman --version | awk '{print $3}') and debootstrap present"

if podman image exists "$BASE"; then
  step "base $BASE: already in podman's store"
else
  [ -x ../shared/tools/container-base.sh ] || fail "../shared/tools/container-base.sh not found beside the repository"
  ../shared/tools/container-base.sh "$major"
  step "base $BASE built by ../shared/tools/container-base.sh"
fi

# docker format keeps the HEALTHCHECK (the OCI format has no field for it).
podman build --isolation chroot --pull=never --format docker -t "$IMAGE" . >"$work/build.log" 2>&1 \
  || { tail -40 "$work/build.log" >&2; fail "podman build"; }
mb() { podman image inspect --format '{{.Size}}' "$1" | awk '{printf "%.0f MB", $1 / 1e6}'; }
step "image built: $(mb "$IMAGE") ($(mb "$BASE") of it the base image)"

mkdir "$work/rootfs" "$work/root" "$work/spec"
# In memory: extracting and removing some 400 MB of small files on a busy disk took most of a minute.
mount -t tmpfs -o size=2g tmpfs "$work/rootfs"
container=$(podman create --no-healthcheck "$IMAGE")
podman export "$container" | tar -x -C "$work/rootfs"
podman rm "$container" >/dev/null && container=''
podman image inspect "$IMAGE" >"$work/inspect.json"
node scripts/ci/container-spec.mjs "$work/inspect.json" compose.yaml "$work/spec"
mapfile -d '' -t env <"$work/spec/env"
mapfile -d '' -t cmd <"$work/spec/cmd"
mapfile -d '' -t health_image <"$work/spec/health-image"
mapfile -d '' -t health_compose <"$work/spec/health-compose"
workdir=$(cat "$work/spec/workdir") port=$(cat "$work/spec/port") user=$(cat "$work/spec/user")
passwd=$(grep "^$user:" "$work/rootfs/etc/passwd") || fail "user $user is not in the image's /etc/passwd"
IFS=: read -r _ _ uid gid _ home _ <<<"$passwd"
[ "$uid" != 0 ] || fail "the image's user $user is root"
env+=("HOME=$home")
step "image exported; runs ${cmd[*]} in $workdir as $user ($uid:$gid)"

# The namespaces' first process mounts what a runtime would (the read-only root, /proc, compose's tmpfs),
# brings up loopback, and execs the image's command: the server becomes PID 1 of the new PID namespace.
unshare --mount --net --pid --fork -- /bin/bash -c '
  set -e
  rootfs=$1 root=$2 tmpfs=$3; shift 3
  mount --bind "$rootfs" "$root"
  mount -o remount,bind,ro "$root"
  mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
  while IFS=$'"'\t'"' read -r path options; do
    mount -t tmpfs -o "nosuid,nodev,noexec,mode=1777${options:+,$options}" tmpfs "$root$path"
  done <"$tmpfs"
  ip link set lo up
  exec "$@"
' namespaces "$work/rootfs" "$work/root" "$work/spec/tmpfs" \
  env -i "${env[@]}" chroot --userspec="$uid:$gid" "$work/root" /usr/bin/env -C "$workdir" "${cmd[@]}" \
  >"$work/server.log" 2>&1 &
launcher=$!

server=''
for _ in $(seq 100); do
  server=$(pgrep -P "$launcher" || true)
  [ -z "$server" ] || break
  sleep 0.1
done
[ -n "$server" ] || fail "the server process did not start"
# Runs a command inside the container, as docker exec would: its namespaces, root, working directory.
in_container() { env -i "${env[@]}" nsenter --target "$server" --mount --net --root --wd "$@"; }

node - "$server" "$port" <<'EOF' || fail "HTTP checks"
const { execFileSync } = require('node:child_process');
const [pid, port] = process.argv.slice(2);
// Each request from inside the server's network namespace, as a client of the published port would see it.
const get = (path) => JSON.parse(execFileSync('nsenter', ['--target', pid, '--net', process.execPath, '-e', `
  fetch('http://127.0.0.1:${port}${path}').then(async (r) => console.log(JSON.stringify({ status: r.status, body: await r.text() })), () => console.log('null'))
`], { encoding: 'utf8' }));
const expect = (path, ok, response) => {
  if (!ok) throw new Error(`GET ${path}: unexpected ${JSON.stringify(response).slice(0, 300)}`);
  console.log(`docker-check: GET ${path} ${response.status}`);
};
(async () => {
  let health = null;
  for (let i = 0; i < 150 && !health; i++) {
    health = get('/healthz');
    if (!health) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect('/healthz', health?.status === 200 && JSON.parse(health.body).status === 'ok', health);
  // Ready once the file's hash matched its seal and the query workers are warm: polled, as an orchestrator
  // does (503 with Retry-After until then), for at most 60 s.
  let ready = get('/readyz');
  for (let i = 0; i < 300 && ready?.status === 503; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    ready = get('/readyz');
  }
  expect('/readyz', ready?.status === 200 && JSON.parse(ready.body).status === 'ready', ready);
  const path = '/v1/people?role=minister';
  const people = get(path);
  const ministers = people?.status === 200 ? JSON.parse(people.body).data : [];
  expect(path, ministers.some((p) => p.id === 'matteo-piantedosi' && p.citations?.length > 0), people);
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
EOF
step "server up; /healthz, /readyz and a data route answer"

in_container --setuid "$uid" --setgid "$gid" "${health_image[@]}" || fail "the image's HEALTHCHECK failed"
in_container --setuid "$uid" --setgid "$gid" "${health_compose[@]}" || fail "compose.yaml's health check failed"
# As root, so that only the mount (not file permissions) can refuse the write.
if in_container /bin/sh -c ": >$workdir/.written" 2>"$work/write.err"; then fail "the root filesystem accepted a write"; fi
grep -q 'Read-only file system' "$work/write.err" || fail "the write was refused, but not by a read-only mount: $(cat "$work/write.err")"
step "health checks pass; the root filesystem is read-only"

kill -TERM "$server"
sent=$SECONDS
for _ in $(seq 150); do kill -0 "$launcher" 2>/dev/null || break; sleep 0.1; done
kill -0 "$launcher" 2>/dev/null && fail "still running 15 s after SIGTERM"
code=0
wait "$launcher" || code=$?
launcher=''
[ "$code" = 0 ] || fail "exit code $code after SIGTERM"
grep -q 'shutting down' "$work/server.log" || fail "no shutdown message in the server's log"
node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean);
  const errors = lines.filter((line) => { try { return JSON.parse(line).level >= 50; } catch { return true; } });
  errors.forEach((line) => console.error(line));
  process.exit(errors.length ? 1 : 0);
' "$work/server.log" || fail "the server logged errors (or lines that are not its JSON log)"
step "SIGTERM: exit code 0 within $((SECONDS - sent)) s"
echo "docker-check: passed in $((SECONDS - started)) s"
