import { describe, expect, it } from 'vitest';
import { isCountText } from '@/utils/count-text';

describe('isCountText', () => {
  it.each([
    ['en', ['83', '1,234', '1.2K', '12.4K', '2.1M', '45M views', '23 comments', '5 shares', '1,234 likes']],
    ['nl', ['1.234', '1,2K', '1,2 mln.', '4,3 mln. weergaven', '23 opmerkingen', '5 keer gedeeld', '12,3K volgers']],
    ['de', ['12.345', '1,2 Mio.', '4,3 Mio. Aufrufe', '1.234 Kommentare', '1,2 Tsd.']],
    ['fr', ['1\u202f234', '1,2\u00a0k', '4,8\u00a0Md de vues', '1,2\u00a0M', '12 commentaires']],
    ['es', ['1,2\u00a0mil', '1,2\u00a0M', '23 comentarios', '4,3 M de visualizaciones']],
    ['pt', ['1,2\u00a0mil', '1,2\u00a0mi', '23 comentários', '4,3 mi de visualizações']],
    ['ja', ['1.2万', '430万 回視聴', '1.2億', '1,234', '動画 345 本', '動画345本', 'チャンネル登録者数 1.2万人']],
  ])('recognises %s counts as the platforms write them', (_, samples) => {
    for (const sample of samples) expect(isCountText(sample), sample).toBe(true);
  });

  it('recognises every compact and grouped number the browser itself writes, in many languages', () => {
    const locales = ['en', 'nl', 'de', 'fr', 'es', 'pt-BR', 'it', 'pl', 'ru', 'tr', 'sv', 'ja', 'zh', 'ko', 'hi', 'id'];
    for (const locale of locales) {
      for (const value of [7, 999, 1234, 12_345, 1_234_567, 98_765_432]) {
        const grouped = new Intl.NumberFormat(locale).format(value);
        const short = new Intl.NumberFormat(locale, { notation: 'compact' }).format(value);
        const long = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' }).format(value);
        for (const text of [grouped, short, long]) expect(isCountText(text), `${locale}: ${text}`).toBe(true);
      }
    }
  });

  it('leaves words, names, handles, short times and sentences alone', () => {
    for (const text of [
      'Like',
      'Vind ik leuk',
      'Reply',
      '@ada99',
      '3h',
      '10:42 AM',
      '#2026goals',
      'Liked by ada and 12 others',
      '',
      '   ',
    ]) {
      expect(isCountText(text), text).toBe(false);
    }
  });

  it('recognises a count after one or two words, as some languages write it', () => {
    for (const text of ['Gefällt 12 Mal', 'Liked by 1,234 users', 'Aimé par 1\u202f234 personnes', '조회수 1.2만회'])
      expect(isCountText(text), text).toBe(true);
    for (const text of ['Liked by ada and 12 others', 'I have 2 cats and 3 dogs', 'Posted on 12 March 2024'])
      expect(isCountText(text), text).toBe(false);
  });

  it('recognises counts after a colon, in brackets, in quotes and with invisible direction marks', () => {
    for (const text of [
      'Comentarios: 12', // Facebook es
      'Alle reacties: 1,2K', // Facebook nl
      'Toutes les réactions\u00a0: 1,2\u00a0k', // Facebook fr
      'Liczba polubień: 1234', // Instagram pl
      '觀看次數：1,234,567次', // YouTube zh-TW
      'Ver todos os 57 comentários', // Instagram pt
      'Zobacz wszystkie komentarze (57)', // Instagram pl
      'Посмотреть все комментарии (57)', // Instagram ru
      '12 отметок «Нравится»', // Instagram ru
      'Отметки «Нравится»: 12',
      '「いいね！」1,234件', // Instagram ja
      'コメント57件をすべて見る',
      'フォロワー1.2万人',
      '\u200f1,234,567 مشاهدة', // YouTube ar, with a right-to-left mark
      '\u202b123\u202c צפיות', // YouTube he, embedded in direction marks
      '١٫٢ مليون مشترك', // Arabic digits and decimal separator
      '123 കാഴ്\u200cച', // Malayalam, with a zero-width non-joiner
      '1,234 users have joined!', // Bluesky starter pack
      '¡12 personas se unieron!',
    ])
      expect(isCountText(text), text).toBe(true);
    for (const text of [
      'Step 1: read the rules',
      'Chapter: one',
      'Liked by ada, bob and 12 others',
      'Reply (edited)',
      'Welcome!',
      '12 people liked this post today!',
    ])
      expect(isCountText(text), text).toBe(false);
  });

  it('caps the words after a number, so a sentence that starts with one is not a count', () => {
    expect(isCountText('12 people liked this post today')).toBe(false);
    expect(isCountText('12 keer gedeeld')).toBe(true);
  });
});
