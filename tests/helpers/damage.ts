// Ways a database file gets damaged on disk or in transit, applied to copies made for a test.
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Inverts every byte of the first page of the named index, as one bad sector would garble it; returns the page number. */
export function damageIndexPage(dbPath: string, index: string): number {
  const db = new Database(dbPath, { readonly: true });
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = ?").get(index) as { rootpage: number };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(dbPath, 'r+');
  const page = Buffer.alloc(pageSize);
  const offset = (rootpage - 1) * pageSize;
  readSync(fd, page, 0, pageSize, offset);
  for (let i = 0; i < page.length; i++) page[i] = page[i]! ^ 0xff;
  writeSync(fd, page, 0, pageSize, offset);
  closeSync(fd);
  return rootpage;
}

/**
 * Changes one byte of an article's stored text in the file itself (not through SQL), where a reader would
 * serve it: the occurrence that the sources table returns. Returns the article id.
 */
export function changeArticleByte(dbPath: string, phrase: string): string {
  const read = () => {
    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare('SELECT id, text FROM sources').all() as Array<{ id: string; text: string }>;
    db.close();
    return rows;
  };
  const before = read();
  const file = readFileSync(dbPath);
  for (let at = file.indexOf(phrase); at >= 0; at = file.indexOf(phrase, at + 1)) {
    const fd = openSync(dbPath, 'r+');
    const original = file.subarray(at, at + 1);
    writeSync(fd, Buffer.from(original[0] === 0x65 ? 'a' : 'e'), 0, 1, at);
    closeSync(fd);
    const changed = read().find((row, i) => row.text !== before[i]!.text);
    if (changed) return changed.id;
    const undo = openSync(dbPath, 'r+');
    writeSync(undo, original, 0, 1, at);
    closeSync(undo);
  }
  throw new Error(`"${phrase}" is not in any article's stored text`);
}
