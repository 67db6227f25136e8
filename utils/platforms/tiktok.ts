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
      '[data-e2e="undefined-icon"] + strong', // a count beside the bookmark icon that lost its own hook
    ],
    views: [
      '[data-e2e="video-views"]', // play count on profile grid items (videos, reposts, liked, favourites)
      'strong.video-count', // the same play count by its unhashed class
      '[class*="-StrongVideoCount"]', // play count on tag, music and search grids (class-name fallback)
      '[data-e2e="search-card-like-container"] strong', // search "Videos" tab: play count under each card
      '[data-e2e="challenge-vvcount"]', // hashtag page: "1.1M posts" / "12.3B views" under the title
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
});

/* Test URLs
https://www.tiktok.com/foryou
https://www.tiktok.com/@tiktok
https://www.tiktok.com/@tiktok/video/7106594312292453675
https://www.tiktok.com/search?q=cats
https://www.tiktok.com/search/user?q=cats
https://www.tiktok.com/tag/cats
*/
