import { escapeHtml } from '../model/escape.ts';
import { sortProblems } from '../check/problems.ts';
import type { PreviewFailure } from './preview-problems.ts';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{color:#8a1c1c;font-size:1.6rem}li{margin:0 0 1rem}code{font-size:.95em}.where{font-weight:600}
.fix{color:#3a3a3a}.fix::before{content:"Fix: ";font-weight:600}`;

/**
 * The page `npm run dev` shows instead of any page while the content has errors: each problem with
 * its file, line, field, message and fix, as `npm run check` lists them. Every word from the content
 * is escaped (a message quotes what the editor wrote, raw HTML included). The Vite client reloads
 * the page once a save fixes the content.
 */
export function previewErrorPage({ problems, crash }: PreviewFailure): string {
  const errors = sortProblems(problems.filter((p) => p.severity === 'error'));
  const warnings = problems.length - errors.length;
  const items = errors.map((p) => {
    const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
    const field = p.field ? ` <code>${escapeHtml(p.field)}</code>:` : '';
    return `<li><span class="where">${escapeHtml(where)}</span>${field} ${escapeHtml(p.message)}
<div class="fix">${escapeHtml(p.hint)}</div></li>`;
  });
  if (crash)
    items.push(`<li><span class="where">The preview could not load the content</span>: <pre>${escapeHtml(crash)}</pre></li>`);
  const more = warnings
    ? `<p>And ${warnings} warning${warnings === 1 ? '' : 's'}: <code>npm run check</code> lists them.</p>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Content problems – preview</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style>
<script type="module" src="/@vite/client"></script></head>
<body><main><h1>The content has ${items.length} error${items.length === 1 ? '' : 's'}</h1>
<p>The preview shows this page until they are fixed; save the file and it reloads.</p>
<ol class="problems">${items.join('\n')}</ol>${more}</main></body></html>
`;
}
