/**
 * The instant a build considers "now" for embargoes. `BROADSHEET_NOW` pins it, so tests and
 * reproducible builds do not depend on the clock.
 */
export function buildTime(): Date {
  const pinned = process.env['BROADSHEET_NOW'];
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new Error(`BROADSHEET_NOW="${pinned}" is not an ISO date-time`);
  return date;
}
