import type { Problem } from '../check/problems.ts';
import { reloadPreview } from './preview-reload.ts';

/**
 * The content's problems while `npm run dev` runs, as the last reload of each loader found them, for
 * the preview's error page (`preview-error-page.ts`, shown by src/middleware.ts). Kept on
 * `globalThis`: Astro runs the loaders in the server's own module graph and the middleware in Vite's
 * SSR one, where each module is a separate instance, in the same process.
 */
const KEY = Symbol.for('broadsheet.previewProblems');

/** Why a loader's latest run failed: the checker's problems, or another error's message. */
export interface PreviewFailure {
  problems: readonly Problem[];
  /** An error that is not a content problem (a bug, a file that vanished mid-read). */
  crash?: string | undefined;
}

type Store = Map<string, PreviewFailure>;

const store = (): Store => {
  const holder = globalThis as { [KEY]?: Store };
  return (holder[KEY] ??= new Map());
};

/** Records how `loader`'s latest run ended: why it failed, or `undefined` when it succeeded. */
export function setPreviewFailure(loader: string, failure: PreviewFailure | undefined): void {
  if (failure) store().set(loader, failure);
  else if (!store().delete(loader)) return;
  // Open pages show the problems now (or the pages again once they are fixed), not at the next click.
  reloadPreview();
}

/** Why the content cannot be previewed now, from every loader whose latest run failed; none when all is well. */
export function previewFailure(): PreviewFailure | undefined {
  const all = [...store().values()];
  if (!all.length) return undefined;
  const crash = all.flatMap((f) => (f.crash ? [f.crash] : [])).join('\n');
  return { problems: all.flatMap((f) => f.problems), crash: crash || undefined };
}
