import { definePlatform } from './types';

// The number inside an action button: the animated container today, any span (icons are svg) as fallback.
const inButton = (testIds: string) => [
  `:is(${testIds}) [data-testid="app-text-transition-container"]`,
  // Markup without the transition container: a span as the button's child or grandchild. Child steps only:
  // `:is(…) span` walked every span's ancestors and was the costliest rule on the bench feed.
  `:is(${testIds}) > span`,
  `:is(${testIds}) > div > span`,
];

// Where the post box answers a post: under a focused post (the page type our content script marks on <html>),
// or in the reply dialog, which shows the post being answered. Quotes are not told apart from posts yet.
const REPLY_CONTEXT = ':is(html[data-betrokken-on-post], [role="dialog"]:has(article[data-testid="tweet"]))';

// Navigation links that carry an unread count: notifications (also "/notifications/…", control-panel-for-twitter),
// messages and the newer chat.
const NAV_BADGE_LINK = 'a:is([href^="/notifications"], [href="/messages"], [href^="/i/chat"])';

export default definePlatform({
  id: 'x',
  name: 'X',
  hosts: [
    'x.com',
    'mobile.x.com',
    'twitter.com', // old links still land here before the redirect
    'mobile.twitter.com',
  ],
  counters: {
    replies: inButton('[data-testid="reply"]'),
    reposts: [
      ...inButton('[data-testid="retweet"], [data-testid="unretweet"]'),
      'a[href$="/quotes"] > span:first-child', // "12 Quotes" under a focused post
      'a[href$="/retweets"] > span:first-child', // older focused-post stats row
    ],
    likes: [
      ...inButton('[data-testid="like"], [data-testid="unlike"]'),
      'a[href$="/likes"] > span:first-child', // older focused-post stats row
    ],
    bookmarks: inButton('[data-testid="bookmark"], [data-testid="removeBookmark"]'),
    views: [
      'a[href$="/analytics"] [data-testid="app-text-transition-container"]', // feed: views link in the action bar
      '[role="group"] a[href$="/analytics"] span',
    ],
    followers: [
      'a[href$="/followers"] > span:first-child',
      'a[href$="/verified_followers"] > span:first-child',
      'a[href$="/following"] > span:first-child',
      'a[href$="/subscriptions"] > span:first-child', // creator subscriptions (control-panel-for-twitter)
      'a[href$="/members"] > span:first-child', // a List's header: "12 Members", beside its "/followers" link
      '[data-testid="primaryColumn"] h2[role="heading"] + div[dir]', // "12.3K posts" under the profile name
      '[data-testid="TopNavBar"] h2 + div[dir]', // same on mobile, whose header is outside primaryColumn (CPFT)
      // Trends: context, name, then "12.3K posts" ("12,3 mil posts", "1.2万件のポスト"), a post total. By place, not
      // text: X needs no script observer (text rules cost the bench feed 20 %); a "Trending with: …" line goes too.
      '[data-testid="trend"] > div > div:nth-child(n+3)',
      'a[href^="/i/communities/"][href$="/members"] > div > span:first-child', // "12.3K Members", after avatars
    ],
    badges: [
      `${NAV_BADGE_LINK} [aria-live]`, // unread count in the side navigation
      // Mobile bottom bar: the badge is a div[aria-label] ("3 unread items") without aria-live (CPFT), as is the
      // side-nav badge in other builds (minimal-twitter's leftSidebarUnreadBadge).
      `${NAV_BADGE_LINK} div[aria-label]`,
      '[data-testid="HoverCard"] [data-testid="UserCell"] [aria-live]', // account switcher: each account's count
    ],
  },
  pageTypes: [
    { type: 'feed', path: '^/home' },
    { type: 'post', path: '^/[^/]+/status/\\d+' },
    { type: 'notifications', path: '^/notifications' },
    { type: 'messages', path: '^/(messages|i/chat)' },
    { type: 'search', path: '^/(search|explore)' },
    { type: 'profile', path: '^/[^/]+/?$' },
  ],
  // The user's own actions, by test id (the same in every language: control-panel-for-twitter selects them too).
  actions: [
    { kind: 'like', click: '[data-testid="like"]' }, // "unlike" is the liked state: clicking it undoes
    { kind: 'repost', click: '[data-testid="retweetConfirm"]' }, // the menu item; the retweet button only opens the menu
    { kind: 'bookmark', click: '[data-testid="bookmark"]' }, // "removeBookmark" when saved
    { kind: 'follow', click: '[data-testid$="-follow"]' }, // "<user id>-follow"; "-unfollow" when following
    { kind: 'message', click: '[data-testid="dmComposerSendButton"]' },
    { kind: 'reply', click: `${REPLY_CONTEXT} :is([data-testid="tweetButton"], [data-testid="tweetButtonInline"])` },
    { kind: 'post', click: ':is([data-testid="tweetButton"], [data-testid="tweetButtonInline"])' },
  ],
  composers: [
    { kind: 'message', field: '[data-testid="dmComposerTextInput"]', enterSends: true },
    { kind: 'reply', field: `${REPLY_CONTEXT} [data-testid^="tweetTextarea_"]` },
    { kind: 'post', field: '[data-testid^="tweetTextarea_"]' }, // also the compose dialog's further posts (_1, _2)
  ],
  pageCounters: {
    // Focused post: "· 5,360 Views" after the time link, in the row that holds it (needs :has()).
    post: { views: ['article[tabindex="-1"] div:has(> div > a > time) > :not(:first-child)'] },
  },
});

/* Test URLs
https://x.com/home
https://x.com/XDevelopers
https://x.com/XDevelopers/status/1861165466022785483
https://x.com/explore/tabs/trending
(open any List for its members and followers, any Community for its members)
*/
