import { allowedHtml } from './allowed-html.ts';
import { placeholder, type Conversion } from './context.ts';
import { captionLine, replaceNode, tagOf, visibleText } from './dom.ts';

// What a GFM cell cannot hold: it is one line of inline content.
const BLOCKS_IN_CELL = 'ul, ol, table, pre, blockquote, h1, h2, h3, h4, h5, h6, hr, figure, dl, iframe, video, audio';

const rowsOf = (table: Element) => Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
const cellsOf = (tr: Element) => Array.from(tr.children).filter((c) => ['td', 'th'].includes(tagOf(c)));

/**
 * Whether GFM can hold the table without losing meaning: one header row (a `<thead>` of one row,
 * or a first row of `<th>`s), no merged cells, nothing but inline content in a cell.
 */
function fitsGfm(table: Element, rows: Element[]): boolean {
  const head = Array.from(table.children).find((c) => tagOf(c) === 'thead');
  const headRows = head ? rowsOf(table).filter((tr) => tr.parentElement === head) : [];
  const first = cellsOf(rows[0]!);
  const header = head ? headRows.length === 1 && headRows[0] === rows[0] : first.every((cell) => tagOf(cell) === 'th');
  const cells = rows.flatMap(cellsOf);
  const merged = cells.some(
    (cell) => Number(cell.getAttribute('colspan') ?? 1) > 1 || Number(cell.getAttribute('rowspan') ?? 1) > 1,
  );
  return header && !merged && !cells.some((cell) => cell.querySelector(BLOCKS_IN_CELL));
}

/** A layout table (one cell, or tables inside it) is only a box: its cells' content, in order. */
function unwrap(table: Element) {
  const box = table.ownerDocument.createElement('div');
  for (const cell of rowsOf(table).flatMap(cellsOf)) {
    const part = table.ownerDocument.createElement('div');
    while (cell.firstChild) part.appendChild(cell.firstChild);
    box.appendChild(part);
  }
  replaceNode(table, box);
}

/**
 * Tables: a data table GFM can hold stays for turndown's GFM rules (its caption an italic line
 * above it); any other is kept as HTML cut to the allow-list (merged cells, lists in cells, no
 * header row: a header invented in Markdown would be an empty row); layout tables are unwrapped.
 */
export function convertTables(c: Conversion, root: Element) {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (!root.contains(table)) continue;
    const rows = rowsOf(table);
    if (!rows.length || (!visibleText(table) && !table.querySelector('img'))) {
      table.remove();
      continue;
    }
    const cells = rows.flatMap(cellsOf);
    if (cells.length <= 1 || table.querySelector('table')) {
      unwrap(table);
      continue;
    }
    if (!fitsGfm(table, rows)) {
      replaceNode(table, placeholder(c, table.ownerDocument, allowedHtml(c, table).trim(), true));
      continue;
    }
    const caption = Array.from(table.children).find((el) => tagOf(el) === 'caption');
    if (caption) {
      table.parentNode?.insertBefore(captionLine(table.ownerDocument, caption), table);
      caption.remove();
    }
  }
}
