import type { Variant } from './plan.ts';
import { escapeXml } from '../model/escape.ts';

export interface CardText {
  headline: string;
  siteName: string;
}

export const CARD = { width: 1200, height: 630 } as const;

/** Greedy word wrap; a headline longer than `maxLines` ends in an ellipsis rather than overflowing. */
export function wrap(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/[\s,.;:]*$/, '')}…`;
  }
  return lines;
}

/** The SVG laid over the cropped photo: a dark band for contrast, the site name, the headline. */
export function renderCardOverlay(card: CardText, size: Pick<Variant, 'width' | 'height'>): string {
  const lines = wrap(card.headline, 36, 3);
  const lineHeight = 64;
  const top = size.height - 48 - lines.length * lineHeight;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">
<defs><linearGradient id="shade" x1="0" y1="0" x2="0" y2="1"><stop offset="0.25" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.85"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#shade)"/>
<rect x="48" y="40" width="${Math.min(size.width - 96, 24 + card.siteName.length * 17)}" height="48" fill="#8a1c1c"/>
<text x="60" y="73" font-family="DejaVu Serif, Liberation Serif, serif" font-size="26" font-weight="bold" fill="#fff">${escapeXml(card.siteName)}</text>
${lines.map((line, i) => `<text x="48" y="${top + (i + 1) * lineHeight - 12}" font-family="DejaVu Serif, Liberation Serif, serif" font-size="54" font-weight="bold" fill="#fff">${escapeXml(line)}</text>`).join('\n')}
</svg>`;
}
