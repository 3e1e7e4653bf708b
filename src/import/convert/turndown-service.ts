import { strikethrough, tables } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { block, blockRules, trimBreaks } from './block-rules.ts';
import type { Conversion } from './context.ts';
import { inlineRules } from './inline-rules.ts';
import { escapeText } from './markdown-escape.ts';

type Flagged = HTMLElement & { isBlock?: boolean };

/**
 * Turndown set to write Broadsheet Markdown: ATX headings, `-` bullets, fenced code, `*` emphasis
 * (it works inside words, `_` does not), a backslash for a line break, GFM tables and
 * strikethrough, and our escaping. A service per conversion: its rules write that conversion's notes.
 */
export function turndownFor(c: Conversion): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '*',
    strongDelimiter: '**',
    br: '\\',
    defaultReplacement: (content, node) => ((node as Flagged).isBlock ? block(trimBreaks(content)) : content),
  });
  service.use([strikethrough, tables]);
  for (const [key, rule] of Object.entries({ ...blockRules(c), ...inlineRules(c) })) service.addRule(key, rule);
  service.escape = escapeText;
  return service;
}
