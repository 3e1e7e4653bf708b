/** What the deploy put at one key: the bytes' hash and the headers it was put with. */
export interface ObjectEntry {
  md5: string;
  size: number;
  type: string;
  cache: string;
  /** Where the bucket's website endpoint sends a reader who asks for this object (an old address). */
  redirect?: string;
}

/**
 * The manifest kept with the site in the bucket, at `<prefix>.broadsheet-deploy.json`: every file
 * of the last finished deploy with its hash and headers. It is written after every page is up, so it
 * never names a file that is not there; the listing is checked against it all the same.
 */
export interface Manifest {
  version: 1;
  /** ISO time the deploy finished uploading. */
  deployed: string;
  /** By path under the prefix: `city/ferry-timetable/index.html`. */
  files: Record<string, ObjectEntry>;
}

export const MANIFEST_NAME = '.broadsheet-deploy.json';
/** Keys under the prefix that start with this are the deploy's own (the manifest, the photo cache): never the site's. */
export const OWN_KEYS = '.broadsheet';

/** The manifest from its JSON, or `undefined` if it is not one this code wrote (then nothing in it is trusted). */
export function parseManifest(text: string | undefined): Manifest | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Manifest>;
    if (value.version !== 1 || typeof value.files !== 'object' || value.files === null) return undefined;
    return value as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * Whether an object was put with the headers `b` asks for. The bytes are the listing's to vouch for
 * (its ETag), not the manifest's: after a deploy that stopped halfway, the files it did put match
 * the listing though the manifest still names the old bytes, and need not go up again.
 */
export const sameHeaders = (a: ObjectEntry | undefined, b: ObjectEntry) =>
  a !== undefined && a.type === b.type && a.cache === b.cache && a.redirect === b.redirect;
