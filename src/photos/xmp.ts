import { formatCredit } from '../model/credit-line.ts';
import type { Credit } from '../model/schemas/credit.ts';
import { escapeXml } from '../model/escape.ts';

/** What travels inside every derivative, so a photo saved from the site still says who took it. */
export interface EmbeddedCredit {
  credit?: Credit | undefined;
  alt?: string | undefined;
  caption?: string | undefined;
}

const alt = (tag: string, value: string | undefined) =>
  value ? `<${tag}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt></${tag}>` : '';

/** The credit line written into IPTC Credit Line and EXIF: the same words readers see under the photo. */
export const creditLine = (credit: Credit) => formatCredit(credit);

/** An XMP packet with the IPTC Photo Metadata fields agencies and search engines read. */
export function creditXmp({ credit, alt: altText, caption }: EmbeddedCredit): string {
  const attrs = [
    credit && ['photoshop:Credit', creditLine(credit)],
    credit?.source && ['photoshop:Source', credit.source],
    credit?.location && ['photoshop:City', credit.location],
    credit?.date && ['photoshop:DateCreated', credit.date],
    credit?.license && ['xmpRights:WebStatement', credit.license],
  ].filter((a): a is [string, string] => Array.isArray(a));
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
    ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"',
    ...attrs.map(([k, v]) => ` ${k}="${escapeXml(v)}"`),
    '>',
    credit?.photographer ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(credit.photographer)}</rdf:li></rdf:Seq></dc:creator>` : '',
    alt('dc:rights', credit?.copyright),
    alt('dc:description', caption ?? credit?.caption),
    alt('Iptc4xmpCore:AltTextAccessibility', altText),
    '</rdf:Description></rdf:RDF></x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('');
}

/** EXIF Artist and Copyright: the fields most desktop photo tools show. */
export function creditExif(credit: Credit | undefined): { IFD0: Record<string, string> } | undefined {
  if (!credit) return undefined;
  const IFD0: Record<string, string> = { Copyright: credit.copyright ?? `Credit: ${creditLine(credit)}` };
  if (credit.photographer) IFD0['Artist'] = credit.photographer;
  return { IFD0 };
}
