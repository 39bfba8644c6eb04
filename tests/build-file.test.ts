// The build's file when its work is ordered for speed: indexes made after their tables are filled still
// stand in the schema as the migrations list them, and the seal, made in the same read that finds its
// placeholder, finds one that straddles two reads or two segments.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { DIGEST_PLACEHOLDER, sealFile } from '../src/db/integrity.js';
import { MIGRATIONS_DIR } from '../src/lib/paths.js';
import { buildSeedDatabase, tempDir } from './helpers/db.js';

const MiB = 2 ** 20;
const INDEXES = "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";

describe('the built file', () => {
  it('has every index of the migrations, in their order, the search keys and statistics included', () => {
    const migrated = new Database(join(tempDir(), 'migrated.db'));
    migrate(drizzle(migrated), { migrationsFolder: MIGRATIONS_DIR });
    const expected = migrated.prepare(INDEXES).all();
    migrated.close();
    const built = new Database(buildSeedDatabase(), { readonly: true });
    const indexes = built.prepare(INDEXES).all() as Array<{ tbl_name: string }>;
    expect(indexes).toEqual(expected);
    expect(indexes.map((index) => index.tbl_name)).toEqual(expect.arrayContaining(['search_keys', 'deployment_stats']));
    // integrity_check compares every index entry with the rows of its table.
    expect(built.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    built.close();
  });
});

describe('sealing', () => {
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest();
  /** A file of `size` bytes of varied content with the placeholder written at each offset given. */
  const fileWith = (size: number, offsets: number[]) => {
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + 7) % 251;
    for (const offset of offsets) Buffer.from(DIGEST_PLACEHOLDER).copy(bytes, offset);
    const path = join(tempDir(), 'file.bin');
    writeFileSync(path, bytes);
    return { path, bytes };
  };

  it.each([
    ['two reads of one segment', 9 * MiB, 16 * MiB, 8 * MiB - 20],
    ['two segments', 3 * MiB, MiB, MiB - 50],
  ])('finds a placeholder across %s and seals what it held', (_, size, segmentBytes, offset) => {
    const { path, bytes } = fileWith(size, [offset]);
    sealFile(path, segmentBytes);
    const sealed = readFileSync(path);
    const value = sealed.subarray(offset, offset + DIGEST_PLACEHOLDER.length).toString();
    const [at, segmentMiB, digest] = value.split(':');
    expect([Number(at), Number(segmentMiB) * MiB]).toEqual([offset, segmentBytes]);
    const segments = Array.from({ length: Math.ceil(size / segmentBytes) }, (__, i) => sha256(bytes.subarray(i * segmentBytes, (i + 1) * segmentBytes)));
    expect(digest).toBe(sha256(Buffer.concat(segments)).toString('hex'));
    // Every other byte as it was (compared as buffers: a deep equality walks 9 MiB one element at a time).
    const around = (file: Buffer) => Buffer.concat([file.subarray(0, offset), file.subarray(offset + value.length)]);
    expect(around(sealed).equals(around(bytes))).toBe(true);
  });

  it('refuses a file where the placeholder is not in exactly one place', () => {
    expect(() => sealFile(fileWith(3 * MiB, [100, 2 * MiB - 10]).path, MiB)).toThrow(/the digest placeholder occurs 2 times/);
    expect(() => sealFile(fileWith(MiB, []).path, MiB)).toThrow(/the digest placeholder occurs 0 times/);
  });
});
