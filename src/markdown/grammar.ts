import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkBlockDirectives from './remark-block-directives.ts';

/**
 * The one Markdown grammar of a story body: CommonMark, GFM and block directives. The checker,
 * the renderer and the importer all parse with it, so a body means the same thing to each.
 */
export const storyGrammar = () => unified().use(remarkParse).use(remarkGfm).use(remarkBlockDirectives);
