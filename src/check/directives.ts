import type { Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { BOXES, directiveLabel, isBoxName } from '../markdown/box-syntax.ts';
import { DIRECTIVES } from '../markdown/directive-names.ts';
import { editDistance } from './edit-distance.ts';
import type { DIRECTIVE_KINDS } from './catalogue/directives.ts';
import { problem, type Problem, type Where } from './problems.ts';
import { storyWords, wordsOf } from './pullquote-text.ts';

/** What a body's directives hold that the checker judges; lines are the file's. */
export type DirectiveFacts = { kind: keyof typeof DIRECTIVE_KINDS; line: number; values: Record<string, unknown> }[];

type Directive = ContainerDirective | LeafDirective;

const KNOWN = Object.entries(DIRECTIVES);
const written = (name: string, form: 'container' | 'leaf') => `${form === 'container' ? ':::' : '::'}${name}`;
const KNOWN_LIST = KNOWN.map(([name, form]) => written(name, form)).join(', ');
const FENCE = /^\s*:{3,}\s*$/;

/** The known name an unknown one is nearest to, if it is near enough to be a slip (`factbx`, `editor-note`). */
function nearest(name: string): string | undefined {
  let best: { name: string; cost: number } | undefined;
  for (const [known, form] of KNOWN) {
    const near = Math.max(1, Math.floor(known.length / 3));
    const cost = editDistance(name.toLowerCase(), known, near);
    if (cost <= near && (!best || cost < best.cost)) best = { name: written(known, form), cost };
  }
  return best?.name;
}

/**
 * The rules every directive shares (a known name, in its form, closed, no box in a box), and those
 * of the four boxes (their settings, not empty, a pull quote's words found in the story). Embeds'
 * and updates' settings are their own checks'. `lineOf` turns a body line into the file's.
 */
export function scanDirectives(tree: Root, lineOf: (line: number | undefined) => number): DirectiveFacts {
  const found: DirectiveFacts = [];
  const lines = (tree.data?.source ?? '').split('\n');
  const add = (kind: DirectiveFacts[number]['kind'], node: Directive, values: Record<string, unknown>) =>
    found.push({ kind, line: lineOf(node.position?.start.line), values });
  let story: string | undefined;
  walk(tree, (node, ancestors) => {
    if (node.type === 'paragraph') {
      // A closing line no box is open for is printed as it is (its box was closed already, or never opened).
      const [first, last] = [node.position?.start.line ?? 1, node.position?.end.line ?? 0];
      for (let line = first; line <= last; line++)
        if (FENCE.test(lines[line - 1] ?? '')) found.push({ kind: 'StrayBoxClose', line: lineOf(line), values: {} });
      return;
    }
    if (node.type !== 'containerDirective' && node.type !== 'leafDirective') return;
    const form = node.type === 'containerDirective' ? 'container' : 'leaf';
    const name = node.name;
    const here = written(name, form);
    const known = Object.hasOwn(DIRECTIVES, name) ? DIRECTIVES[name as keyof typeof DIRECTIVES] : undefined;
    if (!known) add('UnknownDirective', node, { written: here, known: KNOWN_LIST, nearest: nearest(name) });
    else if (known !== form) add('DirectiveWrongForm', node, { written: here, name, form: known });
    if (node.type === 'containerDirective' && !closed(node, lines))
      add('UnclosedDirective', node, { written: lines[(node.position?.start.line ?? 1) - 1]?.trim() ?? here });
    const outer = ancestors.findLast((a): a is ContainerDirective => a.type === 'containerDirective' && isBoxName(a.name));
    if (outer && node.type === 'containerDirective')
      add('NestedBox', node, { inner: here, outer: `:::${outer.name}`, outerLine: lineOf(outer.position?.start.line) });
    if (node.type !== 'containerDirective' || !isBoxName(name)) return;
    const allowed: readonly string[] = BOXES[name].attributes;
    for (const attribute of Object.keys(node.attributes ?? {}))
      if (!allowed.includes(attribute))
        add('UnknownDirectiveAttribute', node, { written: here, attribute, allowed: allowed.join(', ') });
    const label = directiveLabel(node);
    const content = node.children.filter((c) => c !== label);
    if (!content.some((c) => toString(c).trim() || c.type === 'table' || c.type === 'thematicBreak'))
      add('EmptyBox', node, { written: here });
    else if (name === 'pullquote') {
      story ??= storyWords(tree);
      const quote = toString({ type: 'root', children: content });
      if (!wordsOf(quote).every((part) => story!.includes(part))) add('PullquoteNotInStory', node, { quote: quote.trim() });
    }
    if (name === 'pullquote' && label) add('PullquoteLabel', node, { label: toString(label) });
  });
  return found;
}

/**
 * Whether a container ends on a closing line. One never closed runs to the end of the body, so its
 * last line is whatever the body ends with. (A closing line closes the outermost box still open, so
 * a box left open inside another is closed with it: NestedBox reports that one.)
 */
function closed(node: ContainerDirective, lines: readonly string[]): boolean {
  const end = node.position?.end.line;
  return end !== undefined && FENCE.test(lines[end - 1] ?? '');
}

/** Every node under `top`, with the directives around it; a loop, not recursion, however deep boxes go. */
function walk(top: Root, each: (node: Root | RootContent, around: readonly ContainerDirective[]) => void) {
  const stack: [Root | RootContent, ContainerDirective[]][] = [[top, []]];
  while (stack.length) {
    const [node, around] = stack.pop()!;
    each(node, around);
    const inside = node.type === 'containerDirective' ? [...around, node] : around;
    if ('children' in node) for (const child of [...node.children].reverse()) stack.push([child, inside]);
  }
}

/** The catalogue's problems for what `scanDirectives` found. */
export function directiveProblems(facts: DirectiveFacts | undefined, at: (line: number) => Where): Problem[] {
  return (facts ?? []).map((f) => problem(f.kind, at(f.line), f.values as never));
}
