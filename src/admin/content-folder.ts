import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { contentDir } from '../model/paths.ts';

/**
 * The repository folder the local proxy serves, and the content folder's path inside it, which the
 * editor's collections name. The project's own `content/` is `content` in the project; a content folder
 * elsewhere (`BROADSHEET_CONTENT`, a test's copy) is served from its parent.
 */
export function contentInRepository(root = process.cwd()): { repository: string; content: string } {
  const content = resolve(root, contentDir());
  const inside = relative(root, content);
  if (inside && !inside.startsWith('..') && !isAbsolute(inside))
    return { repository: root, content: inside.split('\\').join('/') };
  return { repository: dirname(content), content: basename(content) };
}
