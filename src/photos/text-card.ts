import { escapeXml } from '../model/escape.ts';
import type { SiteConfig } from '../model/schemas/site.ts';
import { CARD, wrap } from './social-card.ts';

/** What a share card drawn without a photo shows: the paper's own colours, section and headline. */
export interface TextCard {
  headline: string;
  siteName: string;
  /** The section's name, set as a kicker above the headline. */
  section: string;
  /** The paper's brand colour (`#rrggbb`): the band carrying its name. */
  brand: string;
  /** The section's colour (`#rrggbb`): kicker and rules. */
  sectionColour: string;
  /** The paper's host name, printed at the foot, as a link preview shows no URL of its own. */
  host: string;
}

/**
 * The card of a story in section `sectionId`, and its alt text (what the card shows: the paper, the
 * section and the headline). One place for both, since the content loader encodes a card early and
 * the story page later names the same file: the alt text written inside must be the page's.
 */
export function storyTextCard(
  headline: string,
  sectionId: string,
  site: SiteConfig,
): { card: TextCard; alt: string } | undefined {
  const section = site.sections.find((s) => s.id === sectionId);
  if (!section) return undefined;
  const card = {
    headline,
    siteName: site.name,
    section: section.name,
    brand: site.accent,
    sectionColour: section.colour,
    host: new URL(site.url).host,
  };
  return { card, alt: `${site.name}, ${section.name}: ${headline}` };
}

const SERIF = 'DejaVu Serif, Liberation Serif, serif';
const SANS = 'DejaVu Sans, Liberation Sans, sans-serif';
const PAPER = '#fdfcf9';
const INK = '#161616';
const MARGIN = 72;

// Short headlines are set large; longer ones step down so that four lines at most fill the space.
// Characters per line are counted for DejaVu Serif Bold, whose advance averages about 0.6 em, and
// leave room for a line of wide letters: the card cannot measure text, so it errs short.
const SIZES = [
  { size: 76, perLine: 22, lines: 3 },
  { size: 64, perLine: 26, lines: 4 },
  { size: 54, perLine: 31, lines: 4 },
] as const;

/** The largest type size at which the headline fits whole; the smallest, with an ellipsis, when none does. */
export function headlineLines(headline: string): { size: number; lines: string[] } {
  for (const tier of SIZES) {
    const lines = wrap(headline, tier.perLine, tier.lines + 1);
    if (lines.length <= tier.lines) return { size: tier.size, lines };
  }
  const last = SIZES[SIZES.length - 1]!;
  // Two characters short, so the ellipsis ending the last line stays inside the margin.
  return { size: last.size, lines: wrap(headline, last.perLine - 2, last.lines) };
}

/**
 * The whole 1200×630 card as SVG, for a story without a lead photo: the paper's name on a band of
 * its brand colour, the section as a kicker, the headline large on paper, the host at the foot.
 */
export function renderTextCard(card: TextCard): string {
  const { size, lines } = headlineLines(card.headline);
  const lineHeight = Math.round(size * 1.18);
  // The headline block sits in the middle of the space between the kicker and the foot rule.
  const top = 196;
  const bottom = CARD.height - 96;
  const first = top + (bottom - top - lines.length * lineHeight) / 2 + size;
  const text = (x: number, y: number, attrs: string, body: string) =>
    `<text x="${x}" y="${Math.round(y)}" ${attrs}>${escapeXml(body)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}">
<rect width="100%" height="100%" fill="${PAPER}"/>
<rect width="100%" height="104" fill="${card.brand}"/>
${text(MARGIN, 68, `font-family="${SERIF}" font-size="40" font-weight="bold" fill="#fff"`, card.siteName)}
<rect x="${MARGIN}" y="146" width="56" height="8" fill="${card.sectionColour}"/>
${text(MARGIN + 76, 160, `font-family="${SANS}" font-size="26" font-weight="bold" letter-spacing="3" fill="${card.sectionColour}"`, card.section.toUpperCase())}
${lines.map((line, i) => text(MARGIN, first + i * lineHeight, `font-family="${SERIF}" font-size="${size}" font-weight="bold" fill="${INK}"`, line)).join('\n')}
<rect x="${MARGIN}" y="${CARD.height - 72}" width="${CARD.width - 2 * MARGIN}" height="2" fill="${card.sectionColour}"/>
${text(MARGIN, CARD.height - 30, `font-family="${SANS}" font-size="24" fill="#545454"`, card.host)}
<rect y="${CARD.height - 12}" width="100%" height="12" fill="${card.sectionColour}"/>
</svg>`;
}
