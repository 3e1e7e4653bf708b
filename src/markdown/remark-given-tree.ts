import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';

/** A tree handed over with the render, as `broadsheet.tree` in its frontmatter (story-render.ts). */
const givenTree = (file: VFile) =>
  (file.data as { astro?: { frontmatter?: { broadsheet?: { tree?: Root } } } }).astro?.frontmatter?.broadsheet?.tree;

/**
 * Renders the tree the loader hands over (the checker parsed the story's body by the same grammar,
 * remark-parse with GFM) instead of parsing the Markdown a second time: half of a cold build's
 * parsing. A render without one parses as usual, with the parser remark-parse installed.
 */
export default function remarkGivenTree(this: Processor) {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (document, file) => givenTree(file) ?? parse(document, file);
}
