// What a container runtime would start for compose.yaml's service, read from `podman image inspect` of its
// image and from compose.yaml, written as files for docker-check.sh (lists NUL-separated):
//   env, cmd, health-image, health-compose: argument lists; workdir, user: one value;
//   tmpfs: one "path<TAB>options" line per tmpfs mount; port: the container port compose publishes.
// Usage: node container-spec.mjs INSPECT_JSON COMPOSE_YAML OUT_DIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const [inspectPath, composePath, outDir] = process.argv.slice(2);
const [image] = JSON.parse(readFileSync(inspectPath, 'utf8'));
const compose = parse(readFileSync(composePath, 'utf8'));
const services = Object.entries(compose.services ?? {});
if (services.length !== 1) throw new Error(`${composePath}: expected one service, found ${services.length}`);
const [name, service] = services[0];
const config = image.Config;

const fail = (message) => {
  console.error(`${composePath} (service ${name}) / image: ${message}`);
  process.exit(1);
};
if (service.read_only !== true) fail('read_only is not true');
if (!config.User || config.User === 'root' || config.User === '0') fail(`the image runs as ${config.User || 'root'}`);

// A health check's test as the runtime runs it: ["CMD", ...argv] or ["CMD-SHELL", command] (a string is CMD-SHELL).
const healthArgv = (test, where) => {
  if (typeof test === 'string') return ['/bin/sh', '-c', test];
  if (Array.isArray(test) && test[0] === 'CMD') return test.slice(1);
  if (Array.isArray(test) && test[0] === 'CMD-SHELL') return ['/bin/sh', '-c', test[1]];
  return fail(`${where} has no health check test`);
};

// compose's environment (a map or KEY=VALUE list) overrides the image's.
const env = new Map((config.Env ?? []).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
const composeEnv = Array.isArray(service.environment)
  ? service.environment.map((kv) => kv.split(/=(.*)/s).slice(0, 2))
  : Object.entries(service.environment ?? {});
for (const [key, value] of composeEnv) env.set(key, String(value ?? ''));

const published = (service.ports ?? []).map((p) => Number(String(typeof p === 'object' ? p.target : p).split(':').pop()));
if (published.length !== 1) fail(`expected one published port, found ${published.length}`);
if (String(published[0]) !== env.get('PORT')) fail(`publishes container port ${published[0]} but the server listens on PORT=${env.get('PORT')}`);

const tmpfs = [service.tmpfs ?? []].flat().map((entry) => {
  const [path, options = ''] = String(entry).split(/:(.*)/s);
  return `${path}\t${options}\n`;
});

if (service.command || service.entrypoint) fail('command and entrypoint are the image\'s: this check does not read them from compose.yaml');
const cmd = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
const nul = (list) => list.map((item) => `${item}\0`).join('');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'env'), nul([...env].map(([k, v]) => `${k}=${v}`)));
writeFileSync(join(outDir, 'cmd'), nul(cmd));
writeFileSync(join(outDir, 'workdir'), config.WorkingDir || '/');
writeFileSync(join(outDir, 'user'), config.User);
writeFileSync(join(outDir, 'port'), String(published[0]));
writeFileSync(join(outDir, 'tmpfs'), tmpfs.join(''));
writeFileSync(join(outDir, 'health-image'), nul(healthArgv((image.Healthcheck ?? config.Healthcheck)?.Test, 'the image')));
writeFileSync(join(outDir, 'health-compose'), nul(healthArgv(service.healthcheck?.test, 'compose.yaml')));
