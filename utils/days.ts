/** Calendar periods in the user's local time zone, as the browser knows it when a second is recorded. */

/** An interval of epoch milliseconds, start inclusive, end exclusive. */
export interface Interval {
  start: number;
  end: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local calendar day of `ms`: `YYYY-MM-DD`. */
export function localDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local month of `ms`: `YYYY-MM`. */
export function localMonth(ms: number): string {
  return localDay(ms).slice(0, 7);
}

/** The ISO 8601 week (Monday first, as in the Netherlands) of the local day of `ms`: `YYYY-Www`. */
export function isoWeek(ms: number): string {
  const local = new Date(ms);
  // Thursday of this week decides the week's year; computed on a UTC date so no DST hour shifts it.
  const day = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${pad(week)}`;
}

/** The first millisecond of the local day after the one holding `ms` (23 or 25 hours later around DST). */
export function nextLocalMidnight(ms: number): number {
  const date = new Date(ms);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
}

/** `interval` cut at each local midnight inside it, so every piece lies within one local day. */
export function splitAtMidnights({ start, end }: Interval): Interval[] {
  const pieces: Interval[] = [];
  for (let from = start; from < end; ) {
    const to = Math.min(end, nextLocalMidnight(from));
    pieces.push({ start: from, end: to });
    from = to;
  }
  return pieces;
}

/** What remains of `interval` outside every one of `taken`. */
export function subtractIntervals(interval: Interval, taken: readonly Interval[]): Interval[] {
  let remaining = [interval];
  for (const cut of taken) {
    remaining = remaining.flatMap((part) => {
      if (cut.end <= part.start || cut.start >= part.end) return [part];
      const left = { start: part.start, end: Math.min(part.end, cut.start) };
      const right = { start: Math.max(part.start, cut.end), end: part.end };
      return [left, right].filter((piece) => piece.end > piece.start);
    });
  }
  return remaining;
}
