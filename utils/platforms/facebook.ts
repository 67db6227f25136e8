import { definePlatform } from './types';

// Facebook (Comet, 2022–26) has hashed atomic classes and no test ids; counts are reached through the few
// structural hooks around them. Under each post the UFI footer has a summary row: the reaction part is
// `span[role=toolbar]` (the reaction icons) followed by the button with the total; the comment, share and view
// counts sit in the div right after that part. Then comes the action bar, whose buttons carry
// `data-ad-rendering-role="like_button|comment_button|share_button"` in every language. The comment count
// is the button that expands the comments (`aria-expanded`); the share count has no `aria-expanded`.
// The comment and share counts need :has() to reach the row in every language (ja "コメント23件", ko "댓글 23개"),
// so they are taggedCounters, matched by script; the style sheet itself holds no :has().
const afterReactions = 'div:has(> span[role="toolbar"]) + div';
// The same row found as the one right before the action bar (bar > cell > Like button): posts with comments
// but no reactions have no toolbar.
const summaryRow = 'div:has(+ div > div > [role="button"] [data-ad-rendering-role="like_button"])';
// A count drawn inside an action button, beside its marker (2025 feed variant with inline counts): the
// marker's parent holds it, or so does the parent's next sibling. The button itself is never the scope.
const besideMarker = (role: string) => `[role="button"] :has(> [data-ad-rendering-role="${role}"])`;
const afterMarker = (role: string) => `[role="button"] :has(> [data-ad-rendering-role="${role}"]) ~ *`;
// Profile, Page and group links to their people lists; the scope is the link's parent, so the whole link
// ("348 friends", "12 mutual friends") can be tagged.
const peopleLinks =
  'a:is([href*="/followers"], [href*="/following"], [href*="/friends"], [href*="sk=followers"], [href*="sk=following"], [href*="sk=friends"], [href*="/members"])';

export default definePlatform({
  id: 'facebook',
  name: 'Facebook',
  hosts: [
    'www.facebook.com',
    'web.facebook.com', // served in some regions instead of www
    'm.facebook.com', // mobile site
  ],
  counters: {
    likes: [
      'span[role="toolbar"] + div [role="button"] > span', // feed, post, photo: total beside the icons (2024–26)
      'span[role="toolbar"] + [role="button"] > span', // 2022–23 footer: the count button right after the icons
    ],
    followers: [
      'a:is([href*="/followers"], [href*="/following"], [href*="sk=followers"], [href*="sk=following"]) strong', // profile, Page: "<strong>1,2 Mio.</strong> Follower"
      'a:is([href*="/friends"], [href*="sk=friends"]) strong', // profile: "<strong>348</strong> Freunde"
      'a[href*="/members"] strong', // group header: "<strong>12K</strong> leden"
    ],
  },
  // Need :has() to find the summary row: tagged by script, not in page-wide CSS.
  taggedCounters: [
    { metric: 'replies', select: `${afterReactions} [role="button"][aria-expanded] > span[dir="auto"]` }, // "23 comments", "23 opmerkingen"
    { metric: 'reposts', select: `${afterReactions} [role="button"]:not([aria-expanded]) > span[dir="auto"]` }, // "5 shares", "5 keer gedeeld"
  ],
  // Counts with no hook on the number itself, recognised as text in any language inside a tight container.
  textCounters: [
    { metric: 'reposts', within: `${summaryRow} [role="button"]:not([aria-expanded]):not(span[role="toolbar"] + * *)` },
    { metric: 'replies', within: `${summaryRow} [role="button"][aria-expanded]` }, // no reactions, so no toolbar
    { metric: 'likes', within: 'span[role="toolbar"] + *' }, // total beside the icons, whatever its markup
    { metric: 'views', within: `${afterReactions} > div:not(:has([role="button"]))` }, // video: "1.2M views"
    // A comment's reaction bubble; never a button holding an action marker (those are Like/Comment/Share).
    {
      metric: 'likes',
      within: '[role="article"][aria-label] [role="button"][aria-label]:not(:has([data-ad-rendering-role]))',
    },
    { metric: 'likes', within: besideMarker('like_button') }, // inline counts: "1,2 mil" beside the icon
    { metric: 'likes', within: afterMarker('like_button') },
    { metric: 'replies', within: besideMarker('comment_button') },
    { metric: 'replies', within: afterMarker('comment_button') },
    { metric: 'reposts', within: besideMarker('share_button') },
    { metric: 'reposts', within: afterMarker('share_button') },
    { metric: 'followers', within: `:has(> ${peopleLinks})` },
    // Top bar badges ("3", "9+"): only in spans without an icon, so a tagged element never hides the icon.
    { metric: 'badges', within: '[role="banner"] span:not(:has(svg, img, i))' },
    // m.facebook.com (Bloks): the Like element answers a long press; comment and share follow it in the row.
    { metric: 'likes', within: '[data-long-click-action-id] button' },
    { metric: 'replies', within: '[data-long-click-action-id] + * button' },
    { metric: 'reposts', within: '[data-long-click-action-id] + * + * button' },
  ],
});

/* Test URLs
https://www.facebook.com/
https://www.facebook.com/zuck
https://www.facebook.com/zuck/posts/10115399877453011
https://www.facebook.com/groups/1420025174958781/
https://www.facebook.com/watch/
https://m.facebook.com/
*/
