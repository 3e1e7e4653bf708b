// Browser-safe: the editor at /admin/ reads a dropped photo's own credit with these too.
/** Credit fields as a photo file carries them (IPTC IIM, XMP or EXIF), before any editor touched them. */
export interface FileCredit {
  photographer?: string | undefined;
  source?: string | undefined;
  creditLine?: string | undefined;
  copyright?: string | undefined;
}

const decoder = new TextDecoder('utf-8');

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * How the file's IIM strings are encoded, from dataset 1:90 Coded Character Set: `ESC % G` declares
 * UTF-8, anything else an ISO 8859 set, read as Windows-1252 (Latin-1's superset). Many tools write
 * UTF-8 without declaring it, so an undeclared string is UTF-8 when it is valid UTF-8.
 */
function iptcDecoder(buffer: Uint8Array): (bytes: Uint8Array) => string {
  for (let i = 0; i + 5 <= buffer.length; i++) {
    if (buffer[i] !== 0x1c || buffer[i + 1] !== 0x01 || buffer[i + 2] !== 90) continue;
    const value = buffer.subarray(i + 5, i + 5 + ((buffer[i + 3]! << 8) | buffer[i + 4]!));
    const utf8 = value.length >= 3 && value[0] === 0x1b && value[1] === 0x25 && value[2] === 0x47;
    return (bytes) => (utf8 ? decoder : windows1252).decode(bytes);
  }
  return (bytes) => {
    try {
      return utf8Strict.decode(bytes);
    } catch {
      return windows1252.decode(bytes);
    }
  };
}

/** IPTC IIM datasets 2:80 By-line, 2:110 Credit, 2:115 Source, 2:116 Copyright Notice, in their declared character set. */
export function readIptc(buffer: Uint8Array | undefined): FileCredit {
  const found: Record<number, string> = {};
  if (!buffer) return {};
  const decode = iptcDecoder(buffer);
  // The IIM records may sit inside a Photoshop 8BIM block; scanning for the tag marker finds them either way.
  for (let i = 0; i + 5 <= buffer.length; i++) {
    if (buffer[i] !== 0x1c || buffer[i + 1] !== 0x02) continue;
    const dataset = buffer[i + 2]!;
    const length = (buffer[i + 3]! << 8) | buffer[i + 4]!;
    if (length & 0x8000 || i + 5 + length > buffer.length) continue;
    found[dataset] ??= decode(buffer.subarray(i + 5, i + 5 + length)).trim();
    i += 4 + length;
  }
  return { photographer: found[80], creditLine: found[110], source: found[115], copyright: found[116] };
}

const xmpValue = (xmp: string, tag: string): string | undefined => {
  const attr = new RegExp(`${tag}="([^"]*)"`).exec(xmp)?.[1];
  const element = new RegExp(`<${tag}>(?:\\s*<rdf:(?:Seq|Alt|Bag)>\\s*<rdf:li[^>]*>)?([^<]*)<`).exec(xmp)?.[1];
  const value = (attr ?? element)?.trim();
  return value
    ? value
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
    : undefined;
};

export function readXmp(buffer: Uint8Array | undefined): FileCredit {
  if (!buffer) return {};
  const xmp = decoder.decode(buffer);
  return {
    photographer: xmpValue(xmp, 'dc:creator'),
    creditLine: xmpValue(xmp, 'photoshop:Credit'),
    source: xmpValue(xmp, 'photoshop:Source'),
    copyright: xmpValue(xmp, 'dc:rights'),
  };
}

/** Each field from the first of `sources` that has it, in the order given (IPTC, XMP, EXIF). */
export function firstCredit(sources: readonly FileCredit[]): FileCredit {
  const pick = (key: keyof FileCredit) => sources.map((s) => s[key]).find(Boolean);
  return {
    photographer: pick('photographer'),
    source: pick('source'),
    creditLine: pick('creditLine'),
    copyright: pick('copyright'),
  };
}
