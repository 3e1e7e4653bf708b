import site from '../site.config.ts';
import { formatDate, formatDateTime, toZonedIso } from '../model/dates.ts';

/** Dates as this publication writes them: its locale, its time zone, its chosen style. */
export const showDate = (date: Date) => formatDate(date, site.locale, site.timezone, site.dateStyle);
export const showDateTime = (date: Date) =>
  formatDateTime(date, site.locale, site.timezone, site.dateStyle === 'medium' ? 'short' : 'long');
/** The masthead's line, with the weekday, as printed papers carry it. */
export const mastheadDate = (date: Date) => formatDate(date, site.locale, site.timezone, 'full');
export const isoDate = (date: Date) => toZonedIso(date, site.timezone);

/** Minutes a reader needs for `words` at an unhurried 230 words a minute; never less than one. */
export const readingMinutes = (words: number) => Math.max(1, Math.round(words / 230));
