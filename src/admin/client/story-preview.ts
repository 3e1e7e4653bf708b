import { figcaptionHtml } from '../../photos/picture-html.ts';
import { assetUrl, plain, type CreateClass, type H, type Immutable } from './decap-types.ts';
import { RELATED_LABELS } from './body-components.ts';
import { creditFields, creditValue, namedCredit } from './credit-value.ts';
import type { PreviewIndex } from './preview-index.ts';

interface PreviewProps {
  entry: Immutable;
  widgetFor(name: string): unknown;
  getAsset(path: string): unknown;
}

const DEFAULT_LABEL = RELATED_LABELS[0]!;
const asText = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown) => (Array.isArray(plain(v)) ? (plain(v) as unknown[]) : []);
const names = (ids: string[]) =>
  ids.reduce((out, name, i) => out + (i === 0 ? '' : i === ids.length - 1 ? ' and ' : ', ') + name, '');

/**
 * The story as the paper prints it, in the editor's preview pane: the story page's markup and
 * class names (src/pages/[section]/[id].astro, HeroFigure, RelatedBlock) and the site's own CSS,
 * the caption and credit written by the same function as the build's (`figcaptionHtml`). Photos
 * show at the size they were given, not through the build's resizing.
 */
export function storyPreview(h: H, createClass: CreateClass, index: PreviewIndex): unknown {
  return createClass({
    render(this: { props: PreviewProps }) {
      const { entry, widgetFor, getAsset } = this.props;
      const data = (key: string) => entry.getIn(['data', key]);
      const section = asText(data('section'));
      const authors = list(data('authors')).map((id) => index.authors[String(id)] ?? String(id));
      const hero = plain(data('hero')) as { src?: string; alt?: string; caption?: string; credit?: unknown } | undefined;
      const credit = namedCredit(creditFields(creditValue(hero?.credit)));
      const related = list(data('related'))
        .map((r) => (typeof r === 'string' ? { id: r, label: DEFAULT_LABEL } : (r as { id: string; label?: string })))
        .filter((r) => r.id);
      const photo = hero?.src && assetUrl(getAsset(hero.src), hero.src);
      return h(
        'article',
        { className: `story section--${section}` },
        h(
          'header',
          { className: 'story__header' },
          h('p', { className: 'kicker story__section' }, h('a', { href: `/${section}/` }, index.sections[section] ?? section)),
          h('h1', { className: 'story__headline' }, asText(data('headline'))),
          data('dek') ? h('p', { className: 'story__dek' }, asText(data('dek'))) : null,
          authors.length ? h('p', { className: 'story__byline' }, `By ${names(authors)}`) : null,
          h('p', { className: 'story__dates' }, `Published ${asText(data('published'))}`),
        ),
        photo
          ? h(
              'figure',
              { className: 'figure figure--hero' },
              h('img', { src: photo, alt: hero?.alt ?? '' }),
              h('div', {
                dangerouslySetInnerHTML: {
                  __html: figcaptionHtml(hero?.caption, credit),
                },
              }),
            )
          : null,
        data('dateline') ? h('p', null, h('span', { className: 'dateline' }, `${asText(data('dateline'))} —`)) : null,
        h('div', { className: 'story__body' }, widgetFor('body')),
        related.length
          ? h(
              'aside',
              { className: 'related' },
              h('h2', null, 'Related stories'),
              h(
                'ul',
                null,
                ...related.map((r) => {
                  const target = index.stories[r.id];
                  return h(
                    'li',
                    { key: r.id },
                    h(
                      'p',
                      null,
                      h('span', { className: 'related__label' }, `${r.label ?? DEFAULT_LABEL}:`),
                      ' ',
                      target ? h('a', { href: target.url }, target.headline) : `[[${r.id}]]`,
                    ),
                  );
                }),
              ),
            )
          : null,
      );
    },
  });
}
