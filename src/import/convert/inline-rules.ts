import type TurndownService from 'turndown';
import { DECORATIVE } from '../../markdown/photo-syntax.ts';
import { note, shorten, WRITTEN, type Conversion } from './context.ts';
import { plainText } from './html-text.ts';
import { admitPhoto } from './photo-limit.ts';
import { destination, escapeLine } from './markdown-escape.ts';
import { cleanLink, imageSource, isPhotoFile } from './urls.ts';

type Rule = TurndownService.Rule;

// An autolink `<https://…>` is the plainest way to write a link whose words are its address.
const AUTOLINKABLE = /^https?:\/\/[^\s<>\\]+$/;

/** Links (checked as the checker will), photos inside sentences, Markdown the passes wrote, and inline HTML worth keeping. */
export function inlineRules(c: Conversion): Record<string, Rule> {
  return {
    written: {
      filter: (node) => ['WBR', 'HR'].includes(node.nodeName) && c.written.has(node.getAttribute(WRITTEN) ?? ''),
      replacement: (_content, node) => {
        const part = c.written.get(node.getAttribute(WRITTEN)!)!;
        return part.block ? `\n\n${part.markdown}\n\n` : part.markdown;
      },
    },
    link: {
      filter: 'a',
      replacement: (content, node) => {
        const text = content.replace(/\\\n|\s+/g, ' ').trim();
        const href = node.getAttribute('href');
        if (!text || href === null) return text;
        const link = cleanLink(href);
        if (!('url' in link)) {
          if (link.dropped !== 'empty') note(c, 'unsafe-link', `link to "${shorten(href)}" kept as text: ${link.dropped}`);
          return text;
        }
        // A photo linking to its own larger size: the link leads nowhere once the photo is here.
        if (isPhotoFile(link.url) && node.querySelector('img') && !node.textContent?.trim()) return text;
        if (node.textContent === link.url && AUTOLINKABLE.test(link.url)) return `<${link.url}>`;
        return `[${text}](${destination(link.url)})`;
      },
    },
    image: {
      filter: 'img',
      replacement: (_content, node) => {
        const src = imageSource(node);
        if (!src) return '';
        const alt = plainText(node.getAttribute('alt') ?? '');
        if (!admitPhoto(c, alt ? [src, alt, false] : [src, '', true])) return '';
        if (alt) return `![${escapeLine(alt)}](${destination(src)})`;
        note(c, 'photo-without-alt', `${shorten(src)} has no alt text: marked decorative`);
        return `![](${destination(src)} "${DECORATIVE}")`;
      },
    },
    // Superscripts, subscripts and keys carry meaning (m², H₂O, Ctrl) and are on the allow-list.
    supSub: {
      filter: ['sup', 'sub', 'kbd'],
      replacement: (content, node) => {
        const tag = node.nodeName.toLowerCase();
        return content.trim() ? `<${tag}>${content}</${tag}>` : '';
      },
    },
    // A browser draws the quotation marks of `<q>`; Markdown has no such element.
    quote: { filter: 'q', replacement: (content) => (content.trim() ? `"${content}"` : '') },
  };
}
