/**
 * The compact-notation units of many languages ("K", "mln.", "Mio.", "k", "mil", "тыс.", "万" …), as
 * `Intl.NumberFormat(locale, { notation: 'compact' }).formatToParts` writes them: CLDR's own data, so new
 * languages need no hand-written list. Asking Intl costs about 25 ms, too much for each page load: content
 * script builds replace this module by its result, computed at build time (wxt.config.ts).
 */

// Languages of the platforms' largest audiences; each adds its compact units (K, mln., тыс., 万 …).
const LOCALES = [
  'en',
  'nl',
  'de',
  'fr',
  'es',
  'pt',
  'pt-BR',
  'it',
  'pl',
  'ru',
  'uk',
  'tr',
  'sv',
  'da',
  'nb',
  'fi',
  'cs',
  'hu',
  'ro',
  'el',
  'id',
  'ms',
  'vi',
  'th',
  'ar',
  'he',
  'fa',
  'hi',
  'bn',
  'ja',
  'ko',
  'zh',
  'zh-TW',
];
const SAMPLES = [1_200, 12_300, 123_400, 1_200_000, 12_300_000, 1_200_000_000];

/** Every unit, longest first, so "mln." wins over "m" and "Mio." over "M". */
export function compactUnits(): string[] {
  const units = new Set<string>();
  for (const locale of LOCALES) {
    for (const compactDisplay of ['short', 'long'] as const) {
      const format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay });
      for (const sample of SAMPLES) {
        for (const part of format.formatToParts(sample)) {
          if (part.type === 'compact') units.add(part.value.trim());
        }
      }
    }
  }
  return [...units].filter(Boolean).sort((a, b) => b.length - a.length);
}
