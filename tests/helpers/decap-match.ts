/**
 * How Decap's body editor finds a component's block (decap-cms-widget-markdown remarkShortcodes.js):
 * the pattern is tried on the rest of the body first, then on its first block.
 */
export function decapMatch(pattern: RegExp, rest: string): RegExpExecArray | null {
  return pattern.exec(rest) ?? pattern.exec(rest.split('\n\n')[0]!.trimEnd());
}
