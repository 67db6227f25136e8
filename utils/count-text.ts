import { compactUnits } from './compact-units';

/**
 * Recognises counts written as text in any language: "1,234", "1.2K", "1,2 mln.", "12,3 k", "1.2万",
 * "4,3 mln. weergaven", "23 comments". Compact units come from CLDR (`compactUnits`), so new languages need
 * no hand-written list.
 */

/** Any digit, in any script: text without one cannot be a count. */
export const DIGIT = /\p{Nd}/u;

let cachedPattern: RegExp | undefined;
const INVISIBLE = /\p{Cf}/gu;
/** A count is at most 40 characters; markup around it may pad it with whitespace, but not with this much. */
const MAX_RAW_LENGTH = 400;

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
  // "1,234 users have joined!", "¡12 personas se unieron!"
  const opening = '[¡¿]?';
  const closing = '[!！?？]?';
  cachedPattern = new RegExp(`^${opening}${before}${numberWithUnit}${after}${words}${closing}$`, 'u');
  return cachedPattern;
}

/** True when `text`, trimmed, is nothing but a count (with its unit and a few words such as "likes"). */
export function isCountText(text: string): boolean {
  if (text.length > MAX_RAW_LENGTH) return false; // a post's whole text, say: not worth cleaning
  // Direction marks and joiners (Arabic, Hebrew, Persian, Malayalam) are invisible and say nothing.
  const trimmed = text.replace(INVISIBLE, '').trim();
  return trimmed.length > 0 && trimmed.length <= 40 && countPattern().test(trimmed);
}
