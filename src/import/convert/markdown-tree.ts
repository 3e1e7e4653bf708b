import type { Root } from 'mdast';
import { storyGrammar } from '../../markdown/grammar.ts';

const parser = storyGrammar();
let last: { markdown: string; tree: Root } | undefined;

/**
 * A body's Markdown tree, by the checker's grammar (markdown/grammar.ts). The importer asks for
 * a body's photos and then rewrites it: the last tree is kept, so the body is parsed once. Callers
 * only read the tree.
 */
export function markdownTree(markdown: string): Root {
  if (last?.markdown !== markdown) last = { markdown, tree: parser.parse(markdown) as Root };
  return last.tree;
}
