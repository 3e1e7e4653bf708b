/** Who a credit names: agencies and photographers as agencies' own credit guidelines write them. */

/** Agencies, wires and libraries whose names tell "Agency/Name" from "Name/Agency". */
const AGENCIES = new Set([
  'ap',
  'associated press',
  'reuters',
  'afp',
  'getty images',
  'epa',
  'epa-efe',
  'efe',
  'shutterstock',
  'rex',
  'rex/shutterstock',
  'depositphotos',
  'alamy',
  'alamy stock',
  'pa',
  'pa wire',
  'pa media',
  'pa images',
  'bloomberg',
  'dpa',
  'anp',
  'ansa',
  'xinhua',
  'anadolu',
  'istock',
  'unsplash',
  'pexels',
  'wikimedia commons',
  'nurphoto',
  'sopa images',
  'zuma',
  'zuma press',
  'sipa',
]);

/** Whether `name` is a known supplier, also as "AP Photo", "Alamy Stock Photo" or "AFP via Getty Images". */
export function isAgency(name: string): boolean {
  const via = name.match(/^(.+?)\s+via\s+(.+)$/i);
  if (via) return isAgency(via[1]!) || isAgency(via[2]!);
  return AGENCIES.has(name.replace(/\s+photos?$/i, '').toLowerCase());
}

/** The agency's name without a trailing "Photo": "AP Photo" credits AP. */
const agencyName = (name: string) => (/\s+via\s+/i.test(name) ? name : name.replace(/\s+photos?$/i, ''));

export interface Names {
  source?: string;
  photographer?: string;
  copyright?: string;
}

const COPYRIGHT = /^(?:©|\(c\)|copyright\b)\s*(?:\d{4}\b,?\s*)?/i;

/**
 * Splits a bare credit such as "AP Photo/Jane Doe", "Jane Doe/Reuters", "Jane Doe for The Courier",
 * "Handout via Reuters" or "© 2024 Jane Doe". `lone` decides what a single unknown name is, since
 * that depends on context: after "Photo by" it is a person, on its own it is the supplier.
 */
export function splitCredit(raw: string, lone: 'source' | 'photographer'): Names {
  let text = raw
    .replace(/^\((.*)\)$/, '$1')
    .trim()
    // AP marks an archive photo "AP Photo/Jane Doe, File"; the photographer is still Jane Doe.
    .replace(/,\s*file$/i, '');
  const copyright = COPYRIGHT.test(text) ? text : undefined;
  text = text.replace(COPYRIGHT, '').trim();
  const names = split(text, lone, copyright !== undefined);
  return copyright ? { ...names, copyright } : names;
}

function split(text: string, lone: 'source' | 'photographer', copyright: boolean): Names {
  if (!text) return {};
  const photoSlash = text.match(/^(.+?)\s+photos?\s*\/\s*(.+)$/i);
  if (photoSlash) return { source: photoSlash[1]!, photographer: photoSlash[2]! };
  const slash = text.match(/^(.+?)\s*[/|]\s*(.+)$/);
  if (slash) {
    const [a, b] = [slash[1]!, slash[2]!];
    const [knownA, knownB] = [isAgency(a), isAgency(b.split(/\s*[/|]\s*/)[0]!)];
    // "AFP/Getty Images": two suppliers and no person.
    if (knownA && knownB) return { source: text };
    if (knownA) return { source: agencyName(a), photographer: b };
    // Unknown on both sides: "Name/Agency" is the common newsroom convention.
    return { source: b, photographer: a };
  }
  const via = text.match(/^(.+?)\s+via\s+(.+)$/i);
  // "AFP via Getty Images" and "Handout via Reuters" name suppliers; "Jane Doe via Instagram" a person.
  if (via && (isAgency(via[1]!) || /^(?:handout|pool|courtesy)\b/i.test(via[1]!))) return { source: text };
  if (via) return { source: via[2]!, photographer: via[1]! };
  const on = text.match(/^(.+?)\s+on\s+(.+)$/i);
  if (on && isAgency(on[2]!)) return { source: on[2]!, photographer: on[1]! };
  const forMatch = text.match(/^(.+?)\s+for\s+(.+)$/i);
  if (forMatch) return isAgency(forMatch[1]!) ? { source: text } : { photographer: forMatch[1]!, source: forMatch[2]! };
  if (isAgency(text)) return { source: agencyName(text) };
  return copyright || lone === 'photographer' ? { photographer: text } : { source: text };
}
