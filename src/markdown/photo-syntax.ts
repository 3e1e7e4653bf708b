import type { Image } from 'mdast';

/**
 * The title an editor gives a photo that only decorates (a rule, an ornament, a logo beside a name):
 * `![](ornament.png "decorative")`. Written out, so an empty alt text is never taken for decoration
 * by accident; such a photo gets `alt=""`, no caption and no credit line.
 */
export const DECORATIVE = 'decorative';

/** Whether the editor marked this image as decorative. */
export const isDecorative = (image: Pick<Image, 'title'>) => image.title?.trim().toLowerCase() === DECORATIVE;
