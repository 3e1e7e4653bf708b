import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Raw HTML in the Markdown passes through as written: the importer sanitizes every body later, and
// Ghost's own renderer kept it too.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** A Ghost Markdown card's source as HTML, the way Ghost rendered it (CommonMark with GitHub's tables). */
export function markdownCard(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
