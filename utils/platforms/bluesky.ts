import { definePlatform } from './types';

// bsky.app is React Native Web: `testID` becomes `data-testid`, every top-level <Text> a `div[dir="auto"]` (nested
// Text a span), icons are text-free svg. So any Text inside a post control button is exactly its count, in any
// language, and no Text exists there when the count is zero. Sources: bluesky-social/social-app (see report).
// Counts in aria-labels ("Like (45 likes)") and title tooltips are left alone on purpose (product decision).
const NAV = 'a:is([href="/notifications"], [href="/messages"])';

// Liked and saved states show only in the icon (and a localised label): the filled and outline svg paths of
// src/components/icons/Heart2.tsx, Bookmark.tsx and PaperPlane.tsx in bluesky-social/social-app.
const OUTLINE_HEART = 'path[d^="M16.734 5.091"]';
const OUTLINE_BOOKMARK = 'path[d^="M9.7 16.895"]';
const PAPER_PLANE = 'path:is([d^="M10.655 3.718"], [d^="M3.374 3.22"])'; // MessageComposer, older MessageInput
// The composer dialog (Composer.tsx). Its top bar holds Cancel, a spacer, a Drafts button for new posts only
// (`!isReply`) and Publish: Publish is its third child in a reply, its fourth in a new post. A quoted post is a link
// to /profile/<handle>/post/<rkey> inside the dialog (QuoteEmbed).
const COMPOSER = '[data-testid="composePostView"]';
const PUBLISH = '[data-testid="composerPublishBtn"]';
const AS_REPLY = `${PUBLISH}:nth-child(3)`;
const WITH_QUOTE = `${COMPOSER}:has(a[href^="/profile/"][href*="/post/"])`;

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
      // ThreadItemAnchor.tsx links "2 saves" to the likes page too: that one is a bookmark count.
      'a[href$="/liked-by"] > [dir="auto"]:only-child:not([data-testid^="bookmarkCount"])',
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
      // Starter pack card (StarterPackCard.tsx): name row, description, then "1,234 users have joined!" (≥ 50).
      // Without a description the count is the second child, like a description without a count: left shown.
      'a[href^="/starter-pack/"] > div > [dir="auto"]:nth-child(3)',
    ],
    badges: [
      `${NAV} svg ~ * [dir="auto"]`, // left nav (Text in a View beside the icon) and bottom bar
      `${NAV} [dir="auto"][aria-label]`, // left nav: the badge Text says "3 unread items"; the label Text has no aria-label
      `${NAV} [aria-label] > [dir="auto"]`, // bottom bar: the View around the badge Text carries the aria-label
      '[data-testid^="menuItemButton-"] svg ~ * [dir="auto"]', // mobile drawer: badge beside the icon, not the label
    ],
  },
  textCounters: [
    // Feed cards (FeedCard.tsx Likes): "Liked by 1,234 users", a plural Text with no testID, in the card's link.
    { metric: 'likes', within: 'a[href^="/profile/"][href*="/feed/"]' },
  ],
  pageTypes: [
    { type: 'post', path: '^/profile/[^/]+/post/[^/]+/?$' },
    { type: 'feed', path: '^/(profile/[^/]+/(feed|lists)/[^/]+/?)?$' }, // home, a custom feed, a list feed
    { type: 'profile', path: '^/profile/[^/]+(/(followers|follows|known-followers))?/?$' },
    { type: 'messages', path: '^/messages' },
    { type: 'notifications', path: '^/notifications' },
    { type: 'search', path: '^/(search|hashtag)' },
  ],
  actions: [
    { kind: 'like', click: `:is([data-testid="likeBtn"], [data-testid="toggleLikeBtn"]):has(${OUTLINE_HEART})` }, // post, labeler
    { kind: 'bookmark', click: `[data-testid="postBookmarkBtn"]:has(${OUTLINE_BOOKMARK})` },
    { kind: 'follow', click: '[data-testid="followBtn"]' }, // "unfollowBtn" when following (ProfileHeaderStandard)
    // Menu item of the repost button. TODO: it keeps its test id as "Undo repost", so undoing counts too.
    { kind: 'repost', click: '[data-testid="repostDropdownRepostBtn"]' },
    { kind: 'share', click: '[data-testid="postDropdownShareBtn"]' }, // share menu: copy link to post
    { kind: 'message', click: `html[data-betrokken-on-messages] [role="button"]:has(${PAPER_PLANE})` }, // send
    { kind: 'quote', click: `${WITH_QUOTE} ${PUBLISH}` },
    { kind: 'reply', click: `${COMPOSER} ${AS_REPLY}` },
    { kind: 'post', click: `${COMPOSER} ${PUBLISH}` },
  ],
  composers: [
    { kind: 'message', field: 'html[data-betrokken-on-messages] textarea', enterSends: true }, // the chat box
    { kind: 'quote', field: `${WITH_QUOTE} .ProseMirror` }, // TipTap editor (TextInput.web.tsx)
    { kind: 'reply', field: `${COMPOSER}:has(${AS_REPLY}) .ProseMirror` },
    { kind: 'post', field: `${COMPOSER} .ProseMirror` },
  ],
});

/* Test URLs
https://bsky.app/
https://bsky.app/profile/bsky.app
https://bsky.app/profile/moderation.bsky.app
https://bsky.app/notifications
https://bsky.app/messages
https://bsky.app/feeds
(open any post of a profile for the focused-post stats; hover a name for the hover card)
*/
