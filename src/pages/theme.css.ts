import type { APIRoute } from 'astro';
import site from '../site.config.ts';

/**
 * The colours a newsroom sets in its site config, as a stylesheet: the CSP forbids inline styles,
 * so section colours cannot travel in `style` attributes.
 */
export const GET: APIRoute = () => {
  const sections = site.sections.map((s) => `.section--${s.id}{--section:${s.colour}}`).join('\n');
  const css = `:root{--accent:${site.accent}}\n${sections}\n`;
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
