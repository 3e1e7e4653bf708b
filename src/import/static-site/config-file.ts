import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { lowerKeys, table, type Fields } from './fields.ts';

/**
 * A site config file (TOML, YAML or JSON by its extension), keys lower-cased. A config that does not
 * parse throws, naming the file: without it the importer would invent every old address wrongly.
 */
export function readConfigFile(file: string): Fields {
  const source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    const ext = extname(file).toLowerCase();
    value = ext === '.toml' ? parseToml(source) : ext === '.json' ? JSON.parse(source) : parseYaml(source, { logLevel: 'error' });
  } catch (error) {
    throw new Error(`${file}: the site config does not parse: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  if (value === null || value === undefined) return {};
  const fields = table(value);
  if (!fields) throw new Error(`${file}: the site config is not a set of settings`);
  return lowerKeys(fields);
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** The first of `names` in `folder` that exists, read; `{}` when none does. */
export function firstConfig(folder: string, names: string[]): { file?: string; fields: Fields } {
  const file = names.map((name) => join(folder, name)).find(isFile);
  return file ? { file, fields: readConfigFile(file) } : { fields: {} };
}

/**
 * Hugo's config folder (`config/_default/`): `hugo.toml` or `config.toml` holds root settings, any
 * other file the setting it is named after (`permalinks.toml` → `permalinks`, `params.yaml` → `params`).
 */
export function configFolder(folder: string): Fields {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return {};
  const out: Fields = {};
  const files = readdirSync(folder)
    .sort()
    .filter((name) => /\.(?:toml|ya?ml|json)$/i.test(name));
  for (const name of files) {
    const key = basename(name, extname(name)).toLowerCase();
    const fields = readConfigFile(join(folder, name));
    if (key === 'hugo' || key === 'config') Object.assign(out, fields);
    else out[key] = { ...(table(out[key]) ?? {}), ...fields };
  }
  return out;
}
