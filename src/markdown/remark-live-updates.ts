import type { Root, RootContent } from 'mdast';
import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { toZonedIso } from '../model/dates.ts';
import { newestUpdatesFirst, readUpdates, type LiveUpdate } from '../model/live-updates.ts';
import { formatter } from '../model/zone-offset.ts';
import { bodyUpdates, isUpdate, readUpdate } from './live-update-syntax.ts';

/** What a live blog's body needs from its story: coverage start (for a first `HH:MM`), zone, locale. */
export interface LiveContext {
  start?: Date | undefined;
  timezone: string;
  locale: string;
}

const shown = (time: Date, live: LiveContext) =>
  formatter(live.locale, {
    timeZone: live.timezone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(time);

/** The line above an update: its time, a permalink to its anchor, and its author (named by the page). */
function metaLine(update: LiveUpdate, live: LiveContext): RootContent {
  const children: ElementContent[] = [
    {
      type: 'element',
      tagName: 'a',
      properties: { className: ['live-update__time'], href: `#${update.anchor}` },
      children: [
        {
          type: 'element',
          tagName: 'time',
          properties: { dateTime: toZonedIso(update.time, live.timezone) },
          children: [{ type: 'text', value: shown(update.time, live) }],
        },
      ],
    },
  ];
  // The author's name is the page's to give (site/live-blog.ts): a renamed author changes no stored body.
  if (update.by)
    children.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['live-update__by'], dataAuthor: update.by },
      children: [{ type: 'text', value: update.by }],
    });
  return {
    type: 'paragraph',
    children: [],
    data: { hName: 'p', hProperties: { className: ['live-update__meta'] }, hChildren: children },
  };
}

/**
 * A live blog's `:::update` blocks become `<article class="live-update" id="…">`, each opening with
 * its time (a link to its own anchor) and author, and are listed newest first in one
 * `<section class="live-updates">` where the first of them stood; whatever the body has before them
 * stays above. The checker has refused updates without a readable time, so none is dropped here.
 */
export default function remarkLiveUpdates() {
  return (tree: Root, file: VFile) => {
    const nodes = bodyUpdates(tree);
    if (!nodes.length) return;
    const live = file.data.live ?? { timezone: 'UTC', locale: 'en-GB' };
    const { updates } = readUpdates(nodes.map(readUpdate), live.start, live.timezone);
    const rendered = nodes.flatMap((node, i) => {
      const update = updates[i];
      if (!update) return file.fail(`An update without a readable time ("${readUpdate(node).time ?? ''}")`, node);
      node.data = { hName: 'article', hProperties: { className: ['live-update'], id: update.anchor } };
      node.children = [
        metaLine(update, live) as never,
        ...node.children.filter((c) => !(c.type === 'paragraph' && c.data?.directiveLabel)),
      ];
      return [{ node, time: update.time }];
    });
    const first = tree.children.findIndex(isUpdate);
    const section = {
      type: 'containerDirective',
      name: 'live-updates',
      attributes: {},
      children: newestUpdatesFirst(rendered).map((r) => r.node),
      data: { hName: 'section', hProperties: { className: ['live-updates'], ariaLabel: 'Updates, newest first' } },
    } as RootContent;
    const rest: RootContent[] = tree.children.filter((c) => !isUpdate(c));
    rest.splice(first, 0, section);
    tree.children = rest;
  };
}

declare module 'vfile' {
  interface DataMap {
    /** Set for a live blog's body by the loader: see `LiveContext`. */
    live?: LiveContext;
  }
}
