import type { ImportOptions } from './run/options.ts';
import type { SourceReader } from './source.ts';

/** The reader for `--from`: each format's own module, loaded only when asked for. */
export async function readerFor(options: ImportOptions): Promise<SourceReader> {
  switch (options.kind) {
    case 'wordpress':
      return (await import('./wordpress/index.ts')).wordpressReader(options.source, {
        pages: options.pages,
        timezone: options.timezone,
        uploads: options.uploads,
      });
    case 'ghost':
      return (await import('./ghost/index.ts')).ghostReader(options.source, { pages: options.pages, baseUrl: options.baseUrl });
    case 'hugo':
      return (await import('./static-site/index.ts')).hugoReader(options.source, {
        timezone: options.timezone,
        ...(options.include ? { include: options.include } : {}),
      });
    case 'jekyll':
      return (await import('./static-site/index.ts')).jekyllReader(options.source, { timezone: options.timezone });
  }
}
