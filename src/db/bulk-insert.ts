// Loading many rows into one table during the build: rows are bound many to one INSERT statement, so the
// per-call cost of the driver (binding, stepping, resetting a statement from JavaScript) is paid once per
// batch instead of once per row: about half the CPU of one statement per row for rows of a few columns
// (bench/RESULTS.md, "Build rate").
import type Database from 'better-sqlite3';

/** Rows written by one multi-row statement; a batch binds rows × columns values, far below SQLite's limit of 32,766. */
const ROWS_PER_STATEMENT = 64;

export interface BulkInsert {
  /** Queues one row, its values in the order of the columns; the values are copied, so the array may be reused. */
  add(values: ArrayLike<unknown>): void;
  /** Writes the rows still queued. Call it before anything reads the table. */
  flush(): void;
}

export function bulkInsert(sqlite: Database.Database, table: string, columns: readonly string[]): BulkInsert {
  const width = columns.length;
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  const tuples = (rows: number) => Array.from({ length: rows }, () => `(${columns.map(() => '?').join(', ')})`).join(', ');
  const full = sqlite.prepare(head + tuples(ROWS_PER_STATEMENT));
  const queued: unknown[] = new Array(ROWS_PER_STATEMENT * width).fill(null);
  let filled = 0;
  return {
    add(values) {
      for (let i = 0; i < width; i += 1) queued[filled + i] = values[i];
      filled += width;
      if (filled === queued.length) {
        full.run(queued);
        filled = 0;
      }
    },
    flush() {
      if (!filled) return;
      sqlite.prepare(head + tuples(filled / width)).run(queued.slice(0, filled));
      filled = 0;
    },
  };
}
