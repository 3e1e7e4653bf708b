/** Newest stories per feed: a day or two of a busy paper, with full text. */
export const FEED_LENGTH = 50;
