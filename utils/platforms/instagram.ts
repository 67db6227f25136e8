import { definePlatform } from './types';

// Action icons by their drawing, which is the same in every UI language (path prefixes measured on the live site),
// with localised aria-labels as the fallback should a glyph be redrawn. Share's paper plane (a polygon) is also the
// Messages link in the navigation: a link, which a slot below never holds.
const icon = (paths: readonly string[], labels: readonly string[], shapes: readonly string[] = []) => [
  ...paths.map((d) => `path[d^="${d}"]`),
  ...shapes,
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
  // The paper plane in every language ("Udostępnij", "Paylaş", "Bagikan" …): a line and this polygon, as clones of
  // the feed copy it from the live markup (e.g. `points="11.698 20.334 22 3.001 2 3.001 9.218 10.084 11.698 20.334"`).
  ['polygon[points^="11.698 20.334"]'],
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

// The innermost button drawn with this icon. Each state has its own drawing: the outline heart likes, the filled
// one (M34.6…) unlikes; the repost arrows (M19.998…) repost, the ticked ones (M16 6.001…) undo, as an engagement
// bot's glyph captures from the live toolbar show; the outline bookmark polygon saves, the filled path (M20 22…) removes.
const iconButton = (icon: string) =>
  `:is(button, [role="button"]):has(${icon}):not(:has(:is(button, [role="button"]) ${icon}))`;
const HEART = iconButton('path[d^="M16.792 3.904"]');
const FIELD = ':is([role="textbox"][contenteditable="true"], textarea)';
// Follow is the primary (blue) button style, _acas (2022–24) or _aswu (2025), in every language; "Following" and
// "Message" are secondary (_acat, _aswv). Follower bots pick `._acas:not(._acao)` or `_aswu` buttons. Log in (a
// submit button) and the create dialog's "select from computer" (beside its file input) share the style.
const FOLLOW = 'button:is(._acas, ._aswu):not([type="submit"], [role="dialog"]:has(input[type="file"]) *)';
// A comment form's send button: text only, beside the emoji button (an icon); a submit button before 2023.
const COMMENT_SEND = 'form[method="POST"]:has(textarea) :is(button[type="submit"], [role="button"]:not(:has(svg)))';

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
    // The same in any language: the icon's label is translated ("Views icon" too), but the count is always the span
    // right after the div that holds the icon (scrapers read `svg.parentElement.nextElementSibling`). The hover
    // overlay's counts sit in spans before their icons' spans, never after a div.
    { metric: 'views', select: 'a[href*="/reel/"] div:has(> svg) + span', within: 'a[href*="/reel/"]' },
    // "View all 57 comments" is one text in one span in most languages (scrapers read `a[href$="/comments/"] span`),
    // the number in no span of its own; the link shows nothing else. Its icon, if it ever holds one, stays.
    { metric: 'replies', select: 'a[href$="/comments/"] span:not(:has(svg, img))', within: 'a[href$="/comments/"]' },
  ],
  textCounters: [
    { metric: 'likes', within: ':has(> a[href*="/c/"]) ~ *' }, // comment footer after its time link: "12 likes"
    { metric: 'likes', within: 'button._a9ze' }, // comment footer buttons, 2022–2024 markup
    // Badges elsewhere in those links; only wrappers without the icon, so the climb stops below the icon.
    { metric: 'badges', within: 'a[href^="/direct/inbox"] :is(span, div):not(:has(svg))' }, // unread messages
    { metric: 'badges', within: 'a[href^="/accounts/activity"] :is(span, div):not(:has(svg))' }, // mobile: activity
  ],
  pageTypes: [
    { type: 'feed', path: '^/$' },
    { type: 'messages', path: '^/direct(/|$)' }, // /direct/inbox/, /direct/t/<thread>/
    { type: 'notifications', path: '^/(accounts/activity|notifications)(/|$)' }, // mobile site; desktop uses a panel
    { type: 'search', path: '^/explore(/|$)' }, // Explore, search results, tags, locations
    { type: 'video', path: '^/(reels?|tv|stories)(/|$)' }, // the reels player, one reel, IGTV, stories
    { type: 'video', path: '^/[^/]+/(reel|tv)/' }, // a reel under its author (2024 URLs)
    { type: 'post', path: '^/([^/]+/)?p/' }, // /p/<code>/ and /<user>/p/<code>/
    { type: 'other', path: '^/(accounts|about|legal|challenge|emails|web|developer)(/|$)' },
    { type: 'profile', path: '^/[^/]+(/(reels|tagged|saved|followers|following))?/?$' },
  ],
  actions: [
    { kind: 'message', click: `html[data-betrokken-on-messages] ${HEART}` }, // the chat's heart sends a ❤️
    { kind: 'like', click: HEART }, // posts, reels and comments
    { kind: 'repost', click: iconButton('path[d^="M19.998 9.497"]') }, // one click reposts (2025)
    { kind: 'bookmark', click: iconButton('polygon[points^="20 21 12 13.44"]') },
    { kind: 'follow', click: FOLLOW },
    { kind: 'reply', click: COMMENT_SEND },
  ],
  composers: [
    { kind: 'reply', field: 'form[method="POST"] textarea', enterSends: true }, // Enter posts the comment
    { kind: 'message', field: `html[data-betrokken-on-messages] ${FIELD}`, enterSends: true }, // Direct
  ],
});

/* Test URLs
https://www.instagram.com/
https://www.instagram.com/instagram/
https://www.instagram.com/instagram/reels/
https://www.instagram.com/reels/
https://www.instagram.com/direct/inbox/
*/
