import { directive } from 'micromark-extension-directive';
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive';
import type { Processor } from 'unified';

interface GrammarData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
  toMarkdownExtensions?: unknown[];
}

/**
 * The block forms of the generic directive syntax: `:::factbox … :::` (container) and
 * `::embed{url="…"}` (leaf). The inline form (`:name`) is left out on purpose: wire copy and old
 * archives are full of `re:Invent`, `Note:this` and `10:30am`, which it would swallow as directives.
 * Which directive names a story may use, and what each becomes, is the checker's and the plugins'.
 */
export default function remarkBlockDirectives(this: Processor) {
  const data = this.data() as GrammarData;
  (data.micromarkExtensions ??= []).push({ flow: directive().flow });
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(directiveToMarkdown());
}
