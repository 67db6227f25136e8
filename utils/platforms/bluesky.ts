import { definePlatform } from './types';

// bsky.app is React Native Web: `testID` becomes `data-testid`, every top-level <Text> a `div[dir="auto"]` (nested
// Text a span), icons are text-free svg. So any Text inside a post control button is exactly its count, in any
// language, and no Text exists there when the count is zero. Sources: bluesky-social/social-app (see report).
// Counts in aria-labels ("Like (45 likes)") and title tooltips are left alone on purpose (product decision).
const NAV = 'a:is([href="/notifications"], [href="/messages"])';

export default definePlatform({
  id: 'bluesky',
  name: 'Bluesky',
  hosts: ['bsky.app'],
  counters: {
    replies: [
      '[data-testid="replyBtn"] [dir="auto"]', // feed + thread: the reply count is an untagged Text in the button
      '[data-testid="replyBtn"] > div', // same without relying on dir="auto": the icon beside it is a bare svg
    ],
    reposts: [
      '[data-testid="repostCount"]', // feed + thread: reposts + quotes, logged in and out
      '[data-testid="repostBtn"] [dir="auto"]', // same button, should the count lose its testID
      '[data-testid="repostCount-expanded"]', // focused post: "12 reposts"
      '[data-testid="quoteCount-expanded"]', // focused post: "3 quotes"
      'a[href$="/reposted-by"] > [dir="auto"]', // focused post stats link, without relying on the testID
      'a[href$="/quotes"] > [dir="auto"]',
    ],
    likes: [
      '[data-testid="likeCount"]', // feed + thread: CountWheel
      '[data-testid="likeBtn"] [dir="auto"]', // also the outgoing count that rolls away after a toggle
      '[data-testid="likeCount-expanded"]', // focused post: "45 likes"
      // Focused post "45 likes" and labeler "Liked by 12 users"; the known-likers row starts with avatars, so no.
      'a[href$="/liked-by"] > [dir="auto"]:only-child',
    ],
    bookmarks: [
      '[data-testid="bookmarkCount-expanded"]', // focused post: "2 saves"
    ],
    followers: [
      '[data-testid="profileHeaderFollowersButton"] > :first-child', // profile: number span (div in older markup)
      '[data-testid="profileHeaderFollowsButton"] > :first-child',
      '[data-testid="profileHeaderFollowsButton"] + [dir="auto"]', // profile: "1234 posts", a Text after the links
      'a[href$="/followers"] > span:first-child', // profile hover card (no testIDs) and profile header
      'a[href$="/follows"] > span:first-child',
    ],
    badges: [
      `${NAV} svg ~ * [dir="auto"]`, // left nav (Text in a View beside the icon) and bottom bar
      `${NAV} [dir="auto"][aria-label]`, // left nav: the badge Text says "3 unread items"; the label Text has no aria-label
      `${NAV} [aria-label] > [dir="auto"]`, // bottom bar: the View around the badge Text carries the aria-label
      '[data-testid^="menuItemButton-"] svg ~ * [dir="auto"]', // mobile drawer: badge beside the icon, not the label
    ],
  },
});

/* Test URLs
https://bsky.app/
https://bsky.app/profile/bsky.app
https://bsky.app/profile/moderation.bsky.app
https://bsky.app/notifications
(open any post of a profile for the focused-post stats; hover a name for the hover card)
*/
