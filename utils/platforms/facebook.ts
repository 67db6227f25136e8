import { definePlatform } from './types';

// Facebook (Comet, 2022–26) has hashed atomic classes and no test ids; counts are reached through the few
// structural hooks around them. Under each post the UFI footer has a summary row: the reaction part is
// `span[role=toolbar]` (the reaction icons) followed by the button with the total; the comment, share and view
// counts sit in the div right after that part. Then comes the action bar, whose buttons carry a marker
// `data-ad-rendering-role="…_button"` (Like, comment_button, share_button: see LIKE below). The comment count
// is the button that expands the comments (`aria-expanded`); the share count has no `aria-expanded`.
// The comment and share counts need :has() to reach the row in every language (ja "コメント23件", ko "댓글 23개"),
// so they are taggedCounters, matched by script; the style sheet itself holds no :has().
const afterReactions = 'div:has(> span[role="toolbar"]) + div';
// Only comment_button and share_button are fixed: the Like marker is the localised label plus "_button"
// ("like_button", "me gusta_button", "tetszik_button": public Facebook scrapers select all three), so it is
// any *_button marker but those two ("cta-" and "cta-button" of ads end otherwise).
const marker = (role: string) => `[data-ad-rendering-role="${role}"]`;
const LIKE =
  '[data-ad-rendering-role$="_button"]:not([data-ad-rendering-role="comment_button"], [data-ad-rendering-role="share_button"])';
// The same row found as the one right before the action bar (bar > cell > button): posts with comments but no
// reactions have no toolbar.
const summaryRow = 'div:has(+ div > div > [role="button"] [data-ad-rendering-role$="_button"])';
const TOOLBAR_NEXT = 'span[role="toolbar"] + *'; // the reaction total's part of the row
// A count drawn inside an action button, beside its marker (2025 feed variant with inline counts): the
// marker's parent holds it, or so does the parent's next sibling. The button itself is never the scope.
const besideMarker = (hook: string) => `[role="button"] :has(> ${hook})`;
const afterMarker = (hook: string) => `[role="button"] :has(> ${hook}) ~ *`;
// Fields of the Lexical editor every Facebook composer uses (comment, post, chat).
const FIELD = '[role="textbox"][contenteditable="true"]';
// The comment box's form holds its send button (below); the Create post dialog is a POST form (matched from the
// form down, so a submitted form finds its field; comment forms are taken first).
const COMMENT_FORM = 'form:has(#focused-state-composer-submit)';
const POST_FORM = 'form[method="POST"]';
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
    // No reactions, so no toolbar: the row before the action bar, by structure, since its words can defeat the text
    // recognition ("Comentarios: 12"). The reaction button (after a toolbar) is never taken for a share count. No
    // text rule may scope these buttons: its clean-up would untag a count it cannot read.
    { metric: 'replies', select: `${summaryRow} [role="button"][aria-expanded] > span` },
    { metric: 'reposts', select: `${summaryRow} [role="button"]:not([aria-expanded], ${TOOLBAR_NEXT} *) > span` },
  ],
  // Counts with no hook on the number itself, recognised as text in any language inside a tight container.
  textCounters: [
    { metric: 'likes', within: TOOLBAR_NEXT }, // total beside the icons, whatever its markup
    // Video: "1.2M views". The structure first: a compound's parts are tested in order, and :has() is the costly
    // one (measured: 4.5 times faster over a long feed).
    { metric: 'views', within: `:is(${afterReactions} > div):not(:has([role="button"]))` },
    // A comment's reaction bubble; never a button holding an action marker (those are Like/Comment/Share).
    {
      metric: 'likes',
      within: '[role="article"][aria-label] [role="button"][aria-label]:not(:has([data-ad-rendering-role]))',
    },
    { metric: 'likes', within: besideMarker(LIKE) }, // inline counts: "1,2 mil" beside the icon
    { metric: 'likes', within: afterMarker(LIKE) },
    { metric: 'replies', within: besideMarker(marker('comment_button')) },
    { metric: 'replies', within: afterMarker(marker('comment_button')) },
    { metric: 'reposts', within: besideMarker(marker('share_button')) },
    { metric: 'reposts', within: afterMarker(marker('share_button')) },
    { metric: 'followers', within: `:has(> ${peopleLinks})` },
    // Top bar badges ("3", "9+"): only in spans without an icon, so a tagged element never hides the icon.
    { metric: 'badges', within: '[role="banner"] span:not(:has(svg, img, i))' },
    // 2026 badge: a div holding a visually hidden "Number of unread notifications" and the number in a bare span
    // (a live scan of the top bar: ankith002/Hackathon putp/facebook-debug.md), so no span holds the number's span.
    // Inside the icon's button, without :has(): this scope is looked for in every inserted post too.
    { metric: 'badges', within: '[role="banner"] [role="button"] div' },
    // Reel tiles (a Page's or profile's Reels tab, the feed's reels row): the play count on the thumbnail. Only
    // links with a picture, so a post's time link to its reel ("2 h") is never taken for a count.
    { metric: 'views', within: 'a[href*="/reel/"]:has(img, video)' },
    // m.facebook.com (Bloks): the Like element answers a long press; comment and share follow it in the row.
    { metric: 'likes', within: '[data-long-click-action-id] button' },
    { metric: 'replies', within: '[data-long-click-action-id] + * button' },
    { metric: 'reposts', within: '[data-long-click-action-id] + * + * button' },
  ],
  pageTypes: [
    { type: 'messages', path: '^/messages(/|$)' }, // /messages/t/<id>, /messages/e2ee/t/<id>
    { type: 'notifications', path: '^/notifications(\\.php)?(/|$)' },
    { type: 'search', path: '^/search(/|$)' }, // /search/top/?q=, /search/posts/?q=
    { type: 'video', path: '^/(watch|reel|reels)(/|$)' }, // Watch, a reel, the reels player
    { type: 'video', path: '^/[^/]+/videos/[^/]+' }, // one video of a Page or profile
    { type: 'post', path: '^/(story|permalink|photo)\\.php' }, // m.facebook.com and older links
    { type: 'post', path: '^/(photo/?$|[^/]+/(posts|photos)/[^/]|groups/[^/]+/(posts|permalink)/[^/])' },
    { type: 'feed', path: '^/(home\\.php)?$' },
    { type: 'feed', path: '^/groups/([^/]+/?)?$' }, // the groups feed, one group's feed
    { type: 'profile', path: '^/(profile\\.php|people/)' },
    {
      type: 'other',
      path: '^/(groups|marketplace|events|friends|gaming|bookmarks|saved|memories|pages|settings)(/|$)',
    },
    { type: 'profile', path: '^/[^/]+(/(about|friends|followers|following|photos|videos|reels))?/?$' },
  ],
  actions: [
    // The comment box's send button in every language; scrapers click it by this id (`#focused-state-composer-submit
    // div[role=button]`). Disabled (aria-disabled) while the box is empty. Replies to comments use the same box.
    { kind: 'reply', click: '#focused-state-composer-submit [role="button"]' },
    // The Create post dialog's Post button: the one button of that form drawn as text only (close, audience and
    // "add to your post" buttons carry icons). The form is the hook Mask Network's extension uses for the dialog.
    { kind: 'post', click: `[role="dialog"] ${POST_FORM} [role="button"]:not(:has(i, img, svg))` },
    // Any reaction: the button holding the Like marker. Once reacted, the marker takes the reaction's colour
    // (`style="color: var(--reaction-like, #0866FF)"`, --reaction-love …: seen in scrapers' liked-state checks).
    { kind: 'like', click: `[role="button"]:has(${LIKE}):not(:has([style*="--reaction-"]))` },
    { kind: 'like', click: '[data-long-click-action-id] button:not([aria-pressed="true"])' }, // m.facebook.com
    // Follow (Pages, people) or Join (groups) beside the author's name of a suggested post: the only button in
    // the name line (the hook Facebook clutter cleaners use to find suggested posts). Gone once followed.
    { kind: 'follow', click: '[data-ad-rendering-role="profile_name"] [role="button"]' },
  ],
  composers: [
    { kind: 'reply', field: `${COMMENT_FORM} ${FIELD}`, enterSends: true }, // Enter posts the comment
    { kind: 'message', field: `html[data-betrokken-on-messages] ${FIELD}`, enterSends: true }, // Messenger
    { kind: 'post', field: `${POST_FORM} ${FIELD}` },
  ],
});

/* Test URLs
https://www.facebook.com/
https://www.facebook.com/zuck
https://www.facebook.com/zuck/posts/10115399877453011
https://www.facebook.com/zuck/reels/
https://www.facebook.com/groups/1420025174958781/
https://www.facebook.com/watch/
https://m.facebook.com/
https://www.facebook.com/messages/t/
*/
