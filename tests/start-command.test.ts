// The scripts that start servers themselves run package.json's `npm start` command; the image runs the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { nodeCommandOf } from '../scripts/lib/start-command.js';

describe('the command npm start runs', () => {
  it('is node with options and an entry file, and the environment set before it, read from package.json', () => {
    const start = nodeCommandOf('start');
    expect(start.env).toEqual({ MALLOC_ARENA_MAX: '2' });
    expect(start.args.at(-1)).toBe(start.entry);
    expect(start.args.slice(0, -1).every((arg) => arg.startsWith('--'))).toBe(true);
    expect(nodeCommandOf('start:unbundled').entry).not.toBe(start.entry);
  });

  it('refuses a script that does not end with a node command', () => {
    expect(() => nodeCommandOf('test')).toThrow(/"test" does not end with "node/);
    expect(() => nodeCommandOf('no such script')).toThrow(/does not end with/);
  });

  it('is the Docker image\'s command: the same entry, node options and environment', () => {
    const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
    const command = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    const imageEnv = Object.fromEntries(/^ENV (.*)$/m.exec(dockerfile)![1]!.split(' ').map((setting) => [setting.slice(0, setting.indexOf('=')), setting.slice(setting.indexOf('=') + 1)]));
    const start = nodeCommandOf('start');
    expect(command).toEqual(['node', start.entry]);
    expect(imageEnv.NODE_OPTIONS).toBe(start.args.slice(0, -1).join(' '));
    expect(imageEnv).toMatchObject(start.env);
  });

  it('names the file the bundling step writes for src/server.ts', () => {
    const bundler = readFileSync(join(PROJECT_ROOT, 'scripts/bundle.mjs'), 'utf8');
    const bundleDir = /const BUNDLE_DIR = '([^']+)'/.exec(bundler)![1];
    expect(nodeCommandOf('start').entry).toBe(`${bundleDir}/server.js`);
  });
});
