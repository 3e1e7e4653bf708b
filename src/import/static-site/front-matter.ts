import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { lowerKeys } from './fields.ts';

/** Front matter as read from one file: its fields (keys lower-cased) and the body after it. */
export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Which syntax the file used; undefined when it has no front matter. */
  syntax?: 'yaml' | 'toml' | 'json' | undefined;
  /** Why the front matter could not be read; `data` is then empty and `body` what follows it. */
  error?: string | undefined;
}

const YAML = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
const TOML = /^\+\+\+[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?\+\+\+[ \t]*(?:\r?\n|$)/;

/**
 * Splits a Hugo or Jekyll file into front matter and body. Hugo and Jekyll skip a byte-order mark and
 * blank lines before the opening fence, so we do too. A block that does not parse is reported, never
 * thrown: one broken file must not stop an import of thousands.
 */
export function readFrontMatter(text: string): FrontMatter {
  const start = text.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*\r?\n)+/, '');
  const yaml = YAML.exec(start);
  if (yaml) return parsed('yaml', yaml[1] ?? '', start.slice(yaml[0].length));
  const toml = TOML.exec(start);
  if (toml) return parsed('toml', toml[1] ?? '', start.slice(toml[0].length));
  if (start.startsWith('{')) {
    const end = jsonEnd(start);
    if (end > 0) return parsed('json', start.slice(0, end), start.slice(end).replace(/^[ \t]*\r?\n/, ''));
    return { data: {}, body: start, syntax: 'json', error: 'the JSON front matter never closes' };
  }
  if (/^(?:---|\+\+\+)[ \t]*\r?\n/.test(start)) {
    return { data: {}, body: start, syntax: start.startsWith('-') ? 'yaml' : 'toml', error: 'the front matter never closes' };
  }
  return { data: {}, body: text.replace(/^\uFEFF/, '') };
}

function parsed(syntax: 'yaml' | 'toml' | 'json', source: string, body: string): FrontMatter {
  try {
    const value = parse(syntax, source);
    if (value === null || value === undefined) return { data: {}, body, syntax };
    if (typeof value !== 'object' || Array.isArray(value))
      return { data: {}, body, syntax, error: 'the front matter is not a set of fields' };
    // Hugo reads its own keys in any case (`expiryDate`, `expirydate`); nobody means `Title` to differ.
    return { data: lowerKeys(value as Record<string, unknown>), body, syntax };
  } catch (error) {
    return { data: {}, body, syntax, error: (error as Error).message.split('\n')[0] };
  }
}

function parse(syntax: 'yaml' | 'toml' | 'json', source: string): unknown {
  if (syntax === 'toml') return parseToml(source);
  if (syntax === 'json') return JSON.parse(source);
  // Go's YAML (Hugo) lets a later duplicate key win; the core schema keeps dates as the text written.
  return parseYaml(source, { uniqueKeys: false, logLevel: 'error' });
}

/** Where the JSON object opening `text` ends (just after its closing brace), or -1. */
function jsonEnd(text: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  return -1;
}
