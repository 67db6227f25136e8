import { uiLanguage } from './i18n';

// Numbers and dates as the user's language writes them (Intl), never assembled by hand.

/** "12 min", "1.234 min": whole minutes, at least 1 when there was any time at all. */
export function formatMinutes(seconds: number, language = uiLanguage()): string {
  const minutes = seconds > 0 ? Math.max(1, Math.round(seconds / 60)) : 0;
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
}

/** "82 %", "82%": a share from 0 to 1, whole percent. */
export function formatPercent(share: number, language = uiLanguage()): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A local day (`YYYY-MM-DD`) as a Date at its noon, safely inside the day whatever DST does. */
export function dayAtNoon(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, 12);
}

/** A local day (`YYYY-MM-DD`) as a short label: "ma 23 nov.", "Mon, Nov 23". */
export function formatDay(day: string, language = uiLanguage()): string {
  return new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short' }).format(dayAtNoon(day));
}

/** "14 August 2026", "14 augustus 2026". */
export function formatLongDate(date: Date, language = uiLanguage()): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}

/** A count: "1.234" in Dutch, "1,234" in English. */
export function formatCount(count: number, language = uiLanguage()): string {
  return new Intl.NumberFormat(language).format(count);
}
