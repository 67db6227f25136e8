import { definePlatform } from './types';

// Rendered Threads pages (2025–2026) put each count right after the action's icon:
// `[role=button] > div > div > svg[role=img] + span[dir=auto] > div > span` ("4", "1.4K"; the span stays, empty,
// at zero). The icon's aria-label is localised and even changes with login state ("Reply" logged in, "Comment"
// logged out), so the main hook is the button's place in the post's action row: like, reply, repost, share.
const inSlot = (n: number) => `[data-pressable-container="true"] :nth-child(${n}) > [role="button"] svg + span`;

// Fallback by icon label, for a post outside a pressable container or a reordered row.
const afterIcon = (labels: readonly string[]) =>
  `[role="button"] svg:is(${labels.map((label) => `[aria-label="${label}"]`).join(', ')}) + span`;

// The heart by its drawing (2023–24 `M1.34375 7.53125…`, 2025 `M1 7.66c0 4.575…`), the same in every language;
// not yet liked it is drawn with `style="--fill: transparent"` (filled once liked), as look-alike clones copy it.
const HEART = ':is(path[d^="M1.34375 7.53125"], path[d^="M1 7.66c0 4.575"])';
const UNFILLED = 'svg:is([style*="--fill: transparent"], [style*="--fill:transparent"])'; // rendered or server-rendered
// Logged out, every action asks to log in first; only then do pages link to /login.
const LOGGED_IN = 'html:not(:has(a[href^="/login"]))';
// The composer dialog's Post button: its label box's atomic classes (a posting bot clicks
// `div.xc26acl.…xw2npq5` in the dialog). A dialog showing a post (its time) answers that post.
const SEND = '[role="button"]:has(.xc26acl.xw2npq5)';
const FIELD = '[role="textbox"][contenteditable="true"]';
const REPLY_DIALOG = '[role="dialog"]:has(time)';

export default definePlatform({
  id: 'threads',
  name: 'Threads',
  hosts: [
    'www.threads.com',
    'threads.com',
    'www.threads.net', // the former domain, still in shared links
    'threads.net',
  ],
  counters: {
    likes: [
      inSlot(1), // any language: first button of the action row
      afterIcon([
        'Like', // en
        'Unlike', // en, liked
        '「いいね！」', // ja
        '「いいね！」を取り消す', // ja, liked
        '讚', // zh-TW
        '收回讚', // zh-TW, liked
        'Vind ik leuk', // nl
        'Vind ik niet meer leuk', // nl, liked
        'Gefällt mir', // de
        'Gefällt mir nicht mehr', // de, liked
        // Meta's shared translations, as Instagram's like-button userscripts list them, and zh-CN from a Threads
        // scraper that reads the icon titles (赞, 回复, 转发, 分享) before each count.
        'J’aime', // fr
        "J'aime", // fr, straight apostrophe
        'Je n’aime plus', // fr, liked
        'Me gusta', // es
        'Ya no me gusta', // es, liked
        'Curtir', // pt
        'Descurtir', // pt, liked
        'Mi piace', // it
        'Non mi piace più', // it, liked
        '좋아요', // ko
        '좋아요 취소', // ko, liked
        'Beğen', // tr
        'Beğenmekten Vazgeç', // tr, liked
        '赞', // zh-CN
        '取消赞', // zh-CN, liked
      ]),
    ],
    replies: [
      inSlot(2), // any language: second button of the action row
      afterIcon([
        'Reply', // en, logged in
        'Comment', // en, logged out
        '返信', // ja, logged in
        'コメントする', // ja, logged out
        '回覆', // zh-TW
        'Répondre', // fr
        'Commenter', // fr, logged out
        'Responder', // es, pt
        'Comentar', // es, pt, logged out
        'Rispondi', // it
        '답글', // ko
        '댓글 달기', // ko, logged out
        'Yanıtla', // tr
        '回复', // zh-CN
        '评论', // zh-CN, logged out
      ]),
    ],
    reposts: [
      inSlot(3), // any language: reposts and quotes, third button of the action row
      inSlot(4), // any language: shares, fourth button of the action row
      afterIcon([
        'Repost', // en
        'Share', // en
        '再投稿', // ja
        'シェアする', // ja
        '轉發', // zh-TW
        '分享', // zh-TW, zh-CN
        'Republier', // fr
        'Partager', // fr
        'Republicar', // es, pt
        'Compartir', // es
        'Repostar', // pt
        'Compartilhar', // pt
        'Ripubblica', // it
        'Condividi', // it
        '리포스트', // ko
        '공유하기', // ko
        'Yeniden paylaş', // tr
        'Paylaş', // tr
        '转发', // zh-CN
      ]),
    ],
    followers: [
      'a[href="/login"] span[dir="auto"] > span[title]', // profile, logged out: "<span title="3,738">3,738</span> followers"
      '[role="button"] span[dir="auto"] > span[title]', // profile, logged in: the button that opens the followers list
    ],
    badges: [
      'svg rect[fill*="notification-badge"]', // unread dot drawn inside a navigation icon
    ],
  },
  textCounters: [
    // Own post: "12.3K views" sits in a link in the column header, above the post.
    { metric: 'views', within: '#barcelona-page-layout > div > div > div:first-child a' },
    { metric: 'badges', within: 'a[href="/activity"]' }, // a number beside the activity (heart) icon, logged in
  ],
  pageTypes: [
    { type: 'feed', path: '^/$' }, // For you; Following is a tab of the same page
    { type: 'post', path: '^/(@[^/]+/post|t)/' }, // /@<user>/post/<code>, old /t/<code> links
    { type: 'notifications', path: '^/activity(/|$)' },
    { type: 'search', path: '^/search(/|$)' },
    { type: 'profile', path: '^/@[^/]+(/(replies|reposts|media))?/?$' },
  ],
  actions: [
    { kind: 'like', click: `${LOGGED_IN} [role="button"]:has(${UNFILLED} ${HEART})` },
    { kind: 'reply', click: `${REPLY_DIALOG} ${SEND}` }, // quotes, which show the quoted post, count here too
    { kind: 'post', click: `[role="dialog"] ${SEND}` },
  ],
  composers: [
    { kind: 'reply', field: `${REPLY_DIALOG} ${FIELD}` },
    { kind: 'post', field: `[role="dialog"] ${FIELD}` },
    { kind: 'reply', field: `html[data-betrokken-on-post] ${FIELD}` }, // the reply box under a post
    { kind: 'post', field: FIELD }, // "What's new?" at the top of the feed
  ],
});

/* Test URLs
https://www.threads.com/
https://www.threads.com/@threads
https://www.threads.com/@zuck
https://www.threads.net/@zuck (logged out)
*/
