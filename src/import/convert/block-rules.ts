import type TurndownService from 'turndown';
import type { Conversion } from './context.ts';
import { tagOf } from './dom.ts';

type Rule = TurndownService.Rule;

/** A paragraph's Markdown without the line breaks and spaces at its ends, which would show as a stray `\`. */
export const trimBreaks = (md: string) => md.replace(/^(?:\\\n|\s)+/, '').replace(/(?:\\\n|\s)+$/, '');

/** Markdown of a block: blank lines around it, nothing for an empty one. */
export const block = (md: string) => (md ? `\n\n${md}\n\n` : '');

/** Paragraphs, line breaks, headings (ATX, moved down a level when the body has an `<h1>`), list items, quotes, code. */
export function blockRules(c: Conversion): Record<string, Rule> {
  return {
    paragraph: { filter: 'p', replacement: (content) => block(trimBreaks(content)) },
    lineBreak: {
      filter: 'br',
      // A GFM cell is one line: a break in it is written as HTML; inline code has no breaks.
      replacement: (_content, node) => (node.closest('code') ? ' ' : node.closest('td, th') ? '<br>' : '\\\n'),
    },
    heading: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      replacement: (content, node) => {
        const level = Math.min(6, Number(node.nodeName.charAt(1)) + (c.demote ? 1 : 0));
        // A heading is one line; `#`s closing it would be read as its closing sequence.
        const text = content
          .replace(/\\\n|\s+/g, ' ')
          .trim()
          .replace(/(\s)(#+)$/, '$1\\$2');
        return text ? block(`${'#'.repeat(level)} ${text}`) : '';
      },
    },
    listItem: {
      filter: 'li',
      replacement: (content, node) => {
        const list = node.parentElement;
        let marker = '- ';
        if (tagOf(list) === 'ol') {
          const start = Number.parseInt(list!.getAttribute('start') ?? '1', 10);
          marker = `${(Number.isFinite(start) && start >= 0 ? start : 1) + Array.from(list!.children).indexOf(node)}. `;
        }
        const loose = /\n$/.test(content);
        const body = trimBreaks(content).replace(/\n/g, `\n${' '.repeat(marker.length)}`);
        return `${marker}${body}${loose ? '\n' : ''}${node.nextSibling ? '\n' : ''}`;
      },
    },
    blockquote: {
      filter: 'blockquote',
      replacement: (content) => block(trimBreaks(content).replace(/^/gm, '> ').replace(/^> $/gm, '>')),
    },
    codeBlock: {
      filter: 'pre',
      replacement: (_content, node) => {
        const only = node.children.length === 1 && tagOf(node.firstElementChild) === 'code' ? node.firstElementChild! : node;
        const text = (only.textContent ?? '').replace(/\n$/, '');
        const classes = `${only.getAttribute('class') ?? ''} ${node.getAttribute('class') ?? ''}`;
        const language =
          /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(classes)?.[1] ?? /\bbrush:\s*([\w+#-]+)/.exec(classes)?.[1] ?? '';
        const fence = '`'.repeat(Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length)) + 1);
        return text.trim() ? block(`${fence}${language}\n${text}\n${fence}`) : '';
      },
    },
  };
}
