/** How the editor writes a date and time: as editors type them in a file, read in the site's zone. */
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';
/** How it writes a day, e.g. a photo credit's date. */
export const DATE_FORMAT = 'YYYY-MM-DD';
