import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';

/** Throws unless `text` is well-formed, namespace-correct XML, as a strict feed or sitemap reader needs. */
export function assertWellFormed(text: string, name: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw new Error(`${name} is not well-formed XML: ${error.message}`);
  });
  parser.write(text).close();
}

/** Parses XML that must be well-formed; attributes come as `@name`, repeated elements as arrays. */
export function parseXml(text: string, name: string, arrays: readonly string[] = []) {
  assertWellFormed(text, name);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (tag) => arrays.includes(tag) }).parse(text);
}
