import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { contentDir } from '../model/paths.ts';
import { ContentError, formatProblems } from '../check/problems.ts';
import { setPreviewFailure } from './preview-problems.ts';

/** The loaders already reloading on each watcher: every loader reloads itself. */
const watched = new WeakMap<object, Set<string>>();

/**
 * In `npm run dev`, runs `reload` after every save under the content folder, so the preview shows
 * the story as it is now. Any file counts (a story, an author, a photo): related links and credits
 * cross files. Saves that come while a reload runs are folded into one more run. A story with an
 * error is reported in the terminal and, until a save fixes it, on every page of the preview
 * (preview-error-page.ts); Astro keeps the last good version of the content meanwhile.
 */
export function watchContent({ watcher, logger, config }: LoaderContext, name: string, reload: () => Promise<void>): void {
  if (!watcher) return;
  const names = watched.get(watcher) ?? watched.set(watcher, new Set()).get(watcher)!;
  if (names.has(name)) return;
  names.add(name);
  const dir = resolve(fileURLToPath(config.root), contentDir());
  watcher.add(dir);

  let running: Promise<void> | undefined;
  let again = false;
  const run = async () => {
    do {
      again = false;
      try {
        await reload();
        setPreviewFailure(name, undefined);
        logger.info(`Reloaded the ${name}`);
      } catch (e) {
        previewFailed(name, e);
        const problems = e instanceof ContentError ? `\n${formatProblems(e.problems)}` : ` ${(e as Error).message}`;
        logger.error(`The preview shows the problems until they are fixed:${problems}`);
      }
    } while (again);
    running = undefined;
  };
  const onSave = (path: string) => {
    if (!path.startsWith(dir + sep)) return;
    if (running) again = true;
    else running = run();
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onSave);
}

/**
 * Records why a load of `name` failed, for the preview's error page: the checker's problems, or any
 * other error as one problem, so a broken preview never looks like a working one.
 */
export function previewFailed(name: string, e: unknown): void {
  if (e instanceof ContentError) setPreviewFailure(name, { problems: e.problems });
  else setPreviewFailure(name, { problems: [], crash: e instanceof Error ? e.message : String(e) });
}
