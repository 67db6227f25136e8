/**
 * Recognises counts written as text in any language: "1,234", "1.2K", "1,2 mln.", "12,3 k", "1.2万",
 * "4,3 mln. weergaven", "23 comments". Compact units come from the browser's own CLDR data
 * (`Intl.NumberFormat` with compact notation), so new languages need no hand-written list.
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

let cachedPattern: RegExp | undefined;
const INVISIBLE = /\p{Cf}/gu;

function compactUnits(): string[] {
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
  // Longest first, so "mln." wins over "m" and "Mio." over "M".
  return [...units].filter(Boolean).sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern of a whole text that is a count, with at most three words before it and three after. */
export function countPattern(): RegExp {
  if (cachedPattern) return cachedPattern;
  const units = compactUnits().map(escapeRegExp).join('|');
  const space = '[\\s\\u00a0\\u202f]';
  const digits = '\\p{Nd}';
  // 1 · 1,234 · 1.234.567 · 1 234 · 12,3 · 1'234 · 12,34,567 (Indian grouping) · ١٢٬٣٤٥ and ١٫٢ (Arabic separators)
  const number = `${digits}{1,3}(?:[.,'\\u2019\\u00a0\\u202f\\u066c ]${digits}{2,3})*(?:[.,\\u066b]${digits}{1,2})?|${digits}+(?:[.,\\u066b]${digits}+)?`;
  const unit = `(?:${space}?(?:${units}))?`;
  const word = `[\\p{L}\\p{M}«"“„][\\p{L}\\p{M}.'’»"”-]*`;
  const words = `(?:${space}+${word}){0,3}`;
  // Script extensions, so that the long-vowel mark ー (Hiragana and Katakana both) and 「」 count; ！ is common.
  const cjk = '[\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}！]';
  const colon = `${space}?[:：]${space}*`;
  // Some languages put words first: "Gefällt 12 Mal", "Liked by 1,234", "Ver todos os 57 comentários",
  // "Comentarios: 12", "Toutes les réactions : 1,2 k", "動画 345 本", "動画345本", "觀看次數：1,234次".
  const before = `(?:(?:${word}${space}+){1,3}|(?:${word}${space}+){0,2}${word}${colon}|${cjk}{1,10}(?:${colon}|${space}*))?`;
  const after = `(?:${cjk}{1,8})?`;
  // "Zobacz wszystkie komentarze (57)"
  const numberWithUnit = `[(（]?[+~≈]?(?:${number})${unit}\\+?[)）]?`;
  cachedPattern = new RegExp(`^${before}${numberWithUnit}${after}${words}$`, 'u');
  return cachedPattern;
}

/** True when `text`, trimmed, is nothing but a count (with its unit and a few words such as "likes"). */
export function isCountText(text: string): boolean {
  // Direction marks and joiners (Arabic, Hebrew, Persian, Malayalam) are invisible and say nothing.
  const trimmed = text.replace(INVISIBLE, '').trim();
  return trimmed.length > 0 && trimmed.length <= 40 && countPattern().test(trimmed);
}
