import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { pick } from 'stream-json/filters/pick.js';
import { parser } from 'stream-json/parser.js';
import { streamValues } from 'stream-json/streamers/stream-values.js';

/** One row of one table of a Ghost export, as the stream meets it. */
export interface ExportRow {
  table: string;
  value: unknown;
}

type Path = readonly (string | number | null)[];

/**
 * The table a JSON path is a row of: `db.0.data.posts.12` (Ghost 1+) or `data.posts.12` (older
 * exports without the `db` wrapper) is a row of `posts`; any other path is none.
 */
export function tableOf(path: Path): string | undefined {
  const n = path.length;
  if (n < 3 || typeof path[n - 1] !== 'number' || path[n - 3] !== 'data') return undefined;
  const table = path[n - 2];
  if (typeof table !== 'string') return undefined;
  return n === 3 || (n === 5 && path[0] === 'db' && typeof path[1] === 'number') ? table : undefined;
}

/**
 * Streams the rows of the named tables of a Ghost export, one at a time, in file order. The file is
 * never read whole: the parser tokenizes it in 64 KB blocks, rows of other tables are skipped as
 * tokens and never assembled, and only one wanted row is built at a time.
 */
export async function* exportRows(file: string, tables: ReadonlySet<string>): AsyncGenerator<ExportRow> {
  // pick reports no path with what it passes on, so the tables of the rows it picked wait here in
  // order: streamValues assembles them in the same order, one value per picked row.
  const picked: string[] = [];
  const filter = (path: Path) => {
    const table = tableOf(path);
    if (table === undefined || !tables.has(table)) return false;
    picked.push(table);
    return true;
  };
  const rows = pipeline(
    createReadStream(file),
    // Packed values only: the streamed chunks of every string would double the tokens for nothing.
    parser.asStream({ streamValues: false }),
    pick.asStream({ filter }),
    streamValues.asStream(),
    () => {}, // errors reach the loop below through the last stream
  );
  for await (const item of rows) {
    const table = picked.shift();
    if (table !== undefined) yield { table, value: (item as { value: unknown }).value };
  }
}
