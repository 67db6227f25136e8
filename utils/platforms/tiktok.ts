import { definePlatform } from './types';

// TikTok tags most counts with `data-e2e` (stable across deploys); its class names are `css-<hash>-<Name>`
// (or `css-<hash>-<hash>--<Name>`), so only the readable name after the hash is used, as a second choice.
// Attribute-only selectors: the same hook is a <strong> on desktop and a <span> on the mobile layout.
// A zero share count shows the word "Share" in the same element; hiding it there is harmless.

export default definePlatform({
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['www.tiktok.com'],
  counters: {
    likes: [
      '[data-e2e="like-count"]', // For You/Following feed action bar, video page (2023–2026)
      '[data-e2e="browse-like-count"]', // older video page and browse overlay
      '[data-e2e="video-like-count"]', // mobile layout and standalone video page
      '[data-e2e="like-icon"] + strong', // a count beside the heart that lost its own hook
      '[data-e2e="comment-like-count"]', // comment list, older layout
      '[class*="-DivLikeContainer"] span.TUXText', // comment list (2025): heart + count in the like control
      '[class*="-StrongLikeCount"]', // like count on search/explore cards (class-name fallback)
    ],
    replies: [
      '[data-e2e="comment-count"]', // feed action bar, video page
      '[data-e2e="browse-comment-count"]', // older video page and browse overlay
      '[data-e2e="video-comment-count"]', // mobile layout and standalone video page
      '[data-e2e="comment-icon"] + strong', // a count beside the speech bubble that lost its own hook
      '[class*="-PCommentTitle"]', // "2046 comments" heading above the comment list
      '[class*="-DivCommentCountContainer"] span', // the same heading in the comments panel (2025–2026 scrapers)
      '[class*="-DivViewRepliesContainer"] span', // "View 12 replies" under a comment; the control stays
    ],
    reposts: [
      '[data-e2e="share-count"]', // feed action bar, video page
      '[data-e2e="browse-share-count"]', // older video page and browse overlay
      '[data-e2e="video-share-count"]', // mobile layout and standalone video page
      '[data-e2e="share-icon"] + strong', // a count beside the share arrow that lost its own hook
    ],
    bookmarks: [
      '[data-e2e="undefined-count"]', // favourites, feed and video page (TikTok's own unnamed hook)
      '[data-e2e="favorite-count"]', // favourites, renamed hook (2025–2026)
      '[data-e2e="collect-count"]', // favourites, intermediate name
      '[data-e2e="bookmark-count"]', // favourites, as several 2025–2026 scrapers read them
      '[data-e2e="undefined-icon"] + strong', // a count beside the bookmark icon that lost its own hook
    ],
    views: [
      '[data-e2e="video-views"]', // play count on profile grid items (videos, reposts, liked, favourites)
      'strong.video-count', // the same play count by its unhashed class
      '[class*="-StrongVideoCount"]', // play count on tag, music and search grids (class-name fallback)
      '[data-e2e="search-card-like-container"] strong', // search "Videos" tab: play count under each card
      '[data-e2e="challenge-vvcount"]', // hashtag page: "1.1M posts" / "12.3B views" under the title
      '[data-e2e="music-video-count"]', // sound page: "203.7K videos" under the title
      '[data-e2e="live-people-count"]', // LIVE room: viewers now (LIVE chat readers select it)
    ],
    followers: [
      '[data-e2e="followers-count"]', // profile header
      '[data-e2e="following-count"]', // profile header
      '[data-e2e="likes-count"]', // profile header: likes received in total
      '[data-e2e="search-follow-count"]', // search "Users" tab
      '[data-e2e="search-user-count"]', // search "Users" tab, older layout
    ],
    badges: [
      '[class*="-DivHeaderInboxContainer"] > sup', // top bar inbox (activity) badge
      '[class*="-DivMessageIconContainer"] > sup', // top bar messages badge
      '[class*="-SupBadge"]', // any unread badge by its class name
      '[data-e2e="nav-activity"] sup', // side navigation (2024+): activity badge
      '[data-e2e="nav-messages"] sup', // side navigation (2024+): messages badge
    ],
  },
  pageTypes: [
    { type: 'video', path: '^/@[^/]+/(video|live)(/|$)' }, // a video (also opened over a feed), a LIVE
    { type: 'post', path: '^/@[^/]+/photo/' }, // a photo post
    { type: 'profile', path: '^/@[^/]+(/|$)' },
    { type: 'feed', path: '^/(foryou|following|friends|explore)?/?$' }, // "/" is For You
    { type: 'messages', path: '^/messages' },
    { type: 'search', path: '^/(search|tag|music|discover)(/|$)' }, // results, and hashtag and sound pages
    { type: 'video', path: '^/live(/|$)' },
  ],
  // data-e2e hooks as public automation scripts use them (TikTok comment, DM, follow and upload bots, 2024–2026).
  actions: [
    { kind: 'message', click: '[data-e2e="dm-new-send-btn"]' }, // messages (2025–): an svg
    { kind: 'message', click: '[data-e2e="message-send"]' }, // messages, older layout: an svg
    { kind: 'reply', click: '[data-e2e="comment-post"]' }, // the comment box's Post
    { kind: 'post', click: '[data-e2e="post_video_button"]' }, // TikTok Studio upload: Post
    { kind: 'like', click: '[aria-pressed="false"]:has([data-e2e$="like-icon"])' }, // feed, video page, browse, mobile
    { kind: 'like', click: '[class*="-DivLikeContainer"][aria-pressed="false"]' }, // a comment (2025)
    // Favourites: no state hook is known (the label says "Remove from Favorites"), so unsaving counts too.
    {
      kind: 'bookmark',
      click:
        'button:not([aria-pressed="true"]):has(:is([data-e2e="undefined-icon"], [data-e2e="favorite-icon"], [data-e2e="bookmark-icon"]))',
    },
    { kind: 'follow', click: 'button[data-e2e="feed-follow"]:not(:has(path[d^="M43 6.08"]))' }, // "+", a check mark once followed
    // TUX buttons: primary (red) to follow, secondary (grey) once following (TikTok auto-follow tools read the class)
    { kind: 'follow', click: ':is([data-e2e="follow-button"], [data-e2e="search-follow"]).TUXButton--primary' },
    { kind: 'follow', click: '[data-e2e="browse-follow"] .TUXButton--primary' }, // video page: the hook is on a wrapper
  ],
  composers: [
    { kind: 'post', field: '.caption-editor [contenteditable="true"]' }, // upload caption (role combobox: mentions)
    { kind: 'reply', field: '[data-e2e="comment-text"] [contenteditable="true"]', enterSends: true },
    { kind: 'message', field: '[data-e2e="dm-new-input-editor"] [contenteditable="true"]', enterSends: true },
    { kind: 'message', field: '[data-e2e="message-input-area"] [contenteditable="true"]', enterSends: true },
  ],
});

/* Test URLs
https://www.tiktok.com/foryou
https://www.tiktok.com/@tiktok
https://www.tiktok.com/@tiktok/video/7106594312292453675
https://www.tiktok.com/search?q=cats
https://www.tiktok.com/search/user?q=cats
https://www.tiktok.com/tag/cats
https://www.tiktok.com/@tiktok/live
https://www.tiktok.com/messages
https://www.tiktok.com/tiktokstudio/upload
*/
