import { parse } from 'yaml';

/** A Hugo page split into its front matter (parsed, and as written) and its body. */
export interface HugoFile {
  data: Record<string, unknown>;
  rawFrontmatter: string;
  body: string;
}

export function splitHugoFile(text: string): HugoFile {
  // Hugo skips a byte-order mark and blank lines before the front matter; a few posts start with them.
  const match = /^\uFEFF?\s*---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { data: {}, rawFrontmatter: '', body: text };
  return {
    data: frontmatter(match[1]!),
    rawFrontmatter: match[1]!,
    body: text.slice(match[0].length),
  };
}

/**
 * Hugo (go-yaml) lets a later duplicate key win, so we do too. Front matter that still does not parse
 * yields no fields: the story is laid out anyway and the checker reports what is missing.
 */
function frontmatter(yaml: string): Record<string, unknown> {
  try {
    const data: unknown = parse(yaml, { uniqueKeys: false });
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch (error) {
    console.warn(`front matter left unread: ${(error as Error).message.split('\n')[0]}`);
    return {};
  }
}

/** A field's value exactly as the file wrote it, so dates reach the checker unnormalised. */
export function rawScalar(rawFrontmatter: string, field: string): string | undefined {
  const match = new RegExp(`^${field}:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(rawFrontmatter);
  return match?.[1] || undefined;
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((v): v is string => v !== undefined);
  const one = text(value);
  return one ? [one] : [];
}
