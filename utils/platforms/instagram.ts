import { definePlatform } from './types';

// Action icons by their drawing, which is the same in every UI language (path prefixes measured on the live site),
// with localised aria-labels as the fallback should a glyph be redrawn. Share has no own path: its paper plane is
// also the Messages link in the navigation, so only labels.
const icon = (paths: readonly string[], labels: readonly string[]) => [
  ...paths.map((d) => `path[d^="${d}"]`),
  ...labels.map((label) => `svg[aria-label="${label}"]`),
];

const LIKE = icon(
  ['M16.792 3.904', 'M34.6 3.1c-4.5'], // outline heart, filled (liked) heart
  [
    ...['Like', 'Unlike', 'Vind ik leuk', 'Vind ik niet meer leuk', 'Gefällt mir', 'Gefällt mir nicht mehr'],
    ...["J'aime", 'J’aime', "Je n'aime plus", 'Me gusta', 'Ya no me gusta', 'Curtir', 'Descurtir', 'Mi piace'],
    ...['いいね！', 'Нравится', 'Не нравится', 'Подобається', 'Не подобається', '좋아요', '좋아요 취소', 'Thích', '赞'],
  ],
);
const COMMENT = icon(
  ['M20.656 17.008'],
  [
    'Comment',
    'Reageren',
    'Kommentieren',
    'Commenter',
    'Comentar',
    'Commenta',
    'コメントする',
    'Комментировать',
    '评论',
  ],
);
const REPOST = icon(['M19.998 9.497'], ['Repost', 'Сделать репост']);
const SHARE = icon(
  [],
  [
    ...['Share', 'Share Post', 'Delen', 'Teilen', 'Partager', 'Compartir', 'Compartilhar', 'Condividi', 'シェア'],
    ...['Поделиться', '分享', '공유'],
  ],
);

// One action's slot: its icon button, or the wrapper whose child is that button, holding this action's icon and
// no other action, link, author or time (so never a whole row, a comment or the navigation). Needs :has(): the
// icon is the only hook a count beside it shares; so these are taggedCounters, evaluated by script.
const slot = (own: readonly string[], others: readonly string[]) =>
  `:is([role="button"], :has(> [role="button"])):has(:is(${own.join(', ')})):not(:has(:is(${[
    'a, h3, time',
    ...others,
  ].join(', ')})))`;

// Counts beside the icons (feed since 2025, post page, reels rail): the count is a role=button without an icon
// right after the slot (it opens the list of likers), or a span inside the slot.
const beside = (own: readonly string[], others: readonly string[]) => [
  `${slot(own, others)} + [role="button"]:not(:has(svg))`,
  `${slot(own, others)} span.html-span:not(:has(svg))`,
];

// Grid tiles on profiles and Explore: the hover overlay lists likes, then comments.
const TILE = ':is(a[href*="/p/"], a[href*="/reel/"])';

export default definePlatform({
  id: 'instagram',
  name: 'Instagram',
  hosts: ['www.instagram.com'],
  counters: {
    likes: [
      'a[href*="/liked_by/"] span', // "1,234 likes" / "Liked by ada and 1,233 others" under the action row
      `${TILE} ul > li:first-child span`, // grid hover overlay, first entry
    ],
    replies: [
      'a[href$="/comments/"] span.html-span', // feed: "View all 245 comments"
      `${TILE} ul > li:nth-child(2) span`, // grid hover overlay, second entry
    ],
    views: [
      'a[href*="/reel/"] ._aajy span', // reels grid, 2023–2025 markup (any language)
    ],
    followers: [
      'header li span.html-span', // profile header: posts, followers, following (2024–)
      'header li span._ac2a', // profile header, 2022–2024 markup
      'header li span[title]', // followers as plain text (logged out, small screens); exact number in title
      'a[href$="/followers/"] span[title]', // abbreviated text, exact number in title
      'a[href$="/followers/"] span.html-span', // profile header link (2024–)
      'a[href$="/following/"] span.html-span', // profile header link (2024–)
    ],
    badges: [
      'a[href^="/direct/inbox"] svg ~ *', // unread messages: the badge sits beside the icon, the label apart
      'a[href^="/accounts/activity"] svg ~ *', // mobile site: activity (notifications) badge
    ],
  },
  taggedCounters: [
    ...beside(LIKE, [...COMMENT, ...REPOST, ...SHARE]).map((select) => ({ metric: 'likes' as const, select })), // feed, post page, reels rail (2025)
    ...beside(COMMENT, [...LIKE, ...REPOST, ...SHARE]).map((select) => ({ metric: 'replies' as const, select })), // feed, post page, reels rail (2025)
    ...beside(REPOST, [...LIKE, ...COMMENT, ...SHARE]).map((select) => ({ metric: 'reposts' as const, select })), // reposts (2025)
    ...beside(SHARE, [...LIKE, ...COMMENT, ...REPOST]).map((select) => ({ metric: 'reposts' as const, select })), // shares (sends)
    {
      metric: 'views',
      select:
        'a[href*="/reel/"] div:has(> :is(svg[aria-label="View count icon" i], svg[aria-label="Значок числа просмотров"])) + span',
    }, // reels grid
  ],
  textCounters: [
    { metric: 'likes', within: ':has(> a[href*="/c/"]) ~ *' }, // comment footer after its time link: "12 likes"
    { metric: 'likes', within: 'button._a9ze' }, // comment footer buttons, 2022–2024 markup
    // Badges elsewhere in those links; only wrappers without the icon, so the climb stops below the icon.
    { metric: 'badges', within: 'a[href^="/direct/inbox"] :is(span, div):not(:has(svg))' }, // unread messages
    { metric: 'badges', within: 'a[href^="/accounts/activity"] :is(span, div):not(:has(svg))' }, // mobile: activity
  ],
});

/* Test URLs
https://www.instagram.com/
https://www.instagram.com/instagram/
https://www.instagram.com/instagram/reels/
https://www.instagram.com/reels/
*/
