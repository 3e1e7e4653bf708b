import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { SiteConfig } from '../../../src/model/schemas/site.ts';
import { article } from '../content-copy.ts';
import { makeJpeg } from '../photos.ts';

/**
 * The smallest content that makes the checker report one kind of problem, added to a copy of the
 * fixture content (tests/fixtures/site/content). Each story links to another and has a dek, so the
 * copy desk has nothing else to say about it.
 */
export interface Sample {
  /** Files to write, relative to the content folder. */
  files?: Record<string, string | Buffer>;
  /** Files made by code (photos), given the content folder. */
  make?: (content: string) => Promise<unknown>;
  /** The site config to check with, instead of the sample paper's. */
  site?: (site: SiteConfig) => SiteConfig;
}

/** One story file. */
export const one = (file: string, text: string | Buffer): Sample => ({ files: { [file]: text } });

/** A valid story that links to another, with `fields` spliced in (see `article()`). */
export const story = (fields: Record<string, string | undefined> = {}, body = 'Body text.\n') =>
  article({ related: '[council-vote]', ...fields }, body);

/** A valid story whose lead photo has the given lines (credited, unless they say otherwise). */
export const heroStory = (lines: string) => story({ hero: `\n  ${lines.split('\n').join('\n  ')}` });

/** A credited lead photo at `src`. */
export const leadPhoto = (src: string) => heroStory(`src: ${src}\nalt: Boats at the quay\ncredit: Reuters/Jane Doe`);

/** A 1600 px photo whose own metadata credits another agency than the story does. */
export const agencyPhoto = (file: string) => async (content: string) => {
  const xmp =
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" ' +
    'photoshop:Source="CoastPress"><dc:creator><rdf:Seq><rdf:li>Ines Moreau</rdf:li></rdf:Seq></dc:creator>' +
    '</rdf:Description></rdf:RDF></x:xmpmeta>';
  await makeJpeg(join(content, file), 1600, 900, { xmp });
};

/** A photo file in libvips' own format, which sharp reads and the site cannot publish. */
export const vipsPhoto = (file: string) => (content: string) =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#777' } }).toFile(join(content, file));

/** The fixture's harbour photo cut off halfway, as a failed copy leaves it: its header is whole. */
export const truncatedPhoto = (file: string) => async (content: string) => {
  const whole = readFileSync(join(content, 'images', 'harbour.jpg'));
  writeFileSync(join(content, file), whole.subarray(0, whole.length >> 1));
};

/** A file over the photo size limit that takes no disk space (sparse). */
export const hugeFile = (file: string, bytes: number) => async (content: string) => {
  writeFileSync(join(content, file), '');
  truncateSync(join(content, file), bytes);
};

/** Writes `sample` into a copy of the fixture content (`copyFixtureContent()`). */
export async function writeSample(copy: { root: string; write: (path: string, text: string | Buffer) => void }, sample: Sample) {
  for (const [file, text] of Object.entries(sample.files ?? {})) copy.write(file, text);
  await sample.make?.(join(copy.root, 'content'));
}
