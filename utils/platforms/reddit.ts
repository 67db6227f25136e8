import { definePlatform } from './types';

// New Reddit (shreddit) renders a post's and a comment's action bar inside the open shadow root of
// <shreddit-post> and <shreddit-comment-action-row>; each count is a <faceplate-number>. The vote buttons
// (button[upvote], button[downvote]) are siblings of the number's span, so hiding the span keeps them.
const voteScore = [
  '[data-post-click-location="vote"] faceplate-number', // post vote pill (RedditEnhancer show_upvote_ratio)
  '.rpl-vote-button-group faceplate-number', // the same pill by its design-system class (RedditEnhancer)
  'button[upvote] + span', // the span between the arrows, whatever it holds (hide-reddit-votes)
];
const postCounters = {
  likes: voteScore,
  replies: [
    '[data-post-click-location="comments-button"] faceplate-number', // comments link/button (socialFocus)
    '[name="comments-action-button"] faceplate-number', // same button by its name (scrapers, 2024–2026)
  ],
};

// New Reddit search results: "<faceplate-number>1.2K</faceplate-number> votes · … comments" (scrapers, 2025–2026).
const SEARCH_COUNTS = '[data-testid="search-counter-row"]';

// A click inside an open shadow root is matched inside that root (`closest()` stops there): a control there is the
// host's button, its state stated with `:host(<host>)`, which Chromium and Firefox both honour; or the host itself.
const hostButton = (host: string) => `:is(${host}, :host(${host}) button)`;
// Comment and reply boxes: new Reddit's <shreddit-composer> (Lexical editor slotted as "rte", submit button slotted
// too), old.reddit's "usertext" forms without the body that an edit form shows (r2 usertext.html).
const REPLY_BOX = ':is(shreddit-composer, .usertext:not(:has(.usertext-body)))';

export default definePlatform({
  id: 'reddit',
  name: 'Reddit',
  hosts: [
    'www.reddit.com',
    'old.reddit.com', // the classic markup, still chosen by many users
    'new.reddit.com',
    'sh.reddit.com',
  ],
  counters: {
    likes: [
      '.midcol .score', // old.reddit: listing score, one div per vote state (dislikes/unvoted/likes)
      '.tagline .score', // old.reddit: "12 points" on a comment, one span per vote state
      '.linkinfo .score', // old.reddit comments page sidebar: "1,234 points (95% upvoted)"
      '.search-score', // old.reddit search result: "1,234 points," (r2 searchresultlink.html)
      `${SEARCH_COUNTS} > :first-child faceplate-number`, // new Reddit search result: votes come first
    ],
    replies: [
      'a.comments:not(.empty)', // old.reddit: "48 comments" link under a post; "comment" (.empty) has no number
      '.panestack-title > .title', // old.reddit comments page: "all 48 comments"
      '.tagline .numchildren', // old.reddit collapsed comment: "(3 children)"
      '.search-comments', // old.reddit search result: "48 comments," (r2 searchresultlink.html)
      `${SEARCH_COUNTS} > :last-child:not(:first-child) faceplate-number`, // new Reddit search result: then comments
    ],
    followers: [
      'shreddit-subreddit-header faceplate-number', // community header: members/online given as light-DOM children
      'shreddit-subreddit-header > [slot$="-count"]', // its slotted "weekly-active-users-count" (RedditEnhancer, 2025)
      '.search-subscribers', // old.reddit community search result: "1,234 subscribers," (searchresultsubreddit.html)
      '[data-testid="karma-number"]', // new Reddit profile sidebar: post and comment karma
      '[data-testid="contribution-count"]', // new Reddit profile sidebar: contributions
      '.subscribers > .number', // old.reddit subreddit sidebar: "12,345 readers"
      '.users-online > .number', // old.reddit subreddit sidebar: "~1,234 users here now"
      '#header-bottom-right .userkarma', // old.reddit header: own karma next to the user name
      '.titlebox .karma', // old.reddit profile sidebar: post karma and comment karma
    ],
    badges: [
      'dynamic-badge[data-id="notification-count-element"]', // new Reddit: the bell's sibling badge
      '#header-action-item-chat-button-badge', // new Reddit: unread chats on the chat button
      '#header-bottom-right .message-count', // old.reddit: unread messages next to the envelope
      '#header-bottom-right .badge-count', // old.reddit: unread notifications (RedditEnhancer hide_header_buttons)
    ],
  },
  shadowCounters: [
    { host: 'shreddit-post', counters: postCounters }, // feed, community, profile and post page
    { host: 'shreddit-ad-post', counters: postCounters }, // promoted posts share the post's action bar (socialFocus)
    {
      host: 'shreddit-comment-action-row', // each comment's row: vote pill, reply, share
      counters: {
        likes: [
          'button[upvote] + span', // span between the arrows (hide-reddit-votes)
          'faceplate-number', // the row's only number is the comment score (RedditEnhancer hide_post_comment_karma)
        ],
      },
    },
    {
      host: 'shreddit-subreddit-header', // community sidebar card: members/online, weekly visitors, contributions
      counters: {
        followers: [
          'faceplate-number',
          '[data-testid="activity-indicators"] strong', // the number of each indicator (RedditEnhancer, 2025–2026)
        ],
      },
    },
  ],
  // The community card's insights block (2025) writes its numbers as plain text in spans (RedditEnhancer).
  textCounters: [{ metric: 'followers', within: 'shreddit-subreddit-header [noun="insights"]' }],
  pageTypes: [
    { type: 'post', path: '^/(((r|u|user)/[^/]+/)?comments/|r/[^/]+/s/)' }, // a post, on a profile too; share links
    { type: 'search', path: '^/(r/[^/]+/)?search' },
    { type: 'messages', path: '^/(chat|message/(messages|compose))' }, // new Reddit chat, old.reddit private messages
    { type: 'notifications', path: '^/(notifications|message/)' }, // old.reddit inbox: replies, mentions
    { type: 'profile', path: '^/(u|user)/[^/]+' },
    { type: 'feed', path: '^/(r/[^/]+/?)?((best|hot|new|top|rising|controversial)/?)?$' }, // home, r/all, a subreddit
  ],
  actions: [
    // Upvote: new Reddit's post and comment arrows (in shadow roots: this rule can only be checked together with
    // old.reddit's), pressed once upvoted; old.reddit's arrow, "upmod" once upvoted (r2 templates).
    { kind: 'like', click: ':is(button[upvote]:not([aria-pressed="true"]), .arrow.up)' },
    { kind: 'follow', click: hostButton('shreddit-join-button:not([subscribed])') }, // `subscribed` once joined
    { kind: 'follow', click: '.fancy-toggle-button .option.active.add' }, // old.reddit: subscribe; befriend a user
    { kind: 'bookmark', click: ':is(.link-save-button, .comment-save-button) > a' }, // old.reddit; "-unsave-" when saved
    { kind: 'message', click: '#compose-message #send' }, // old.reddit /message/compose (r2 messagecompose.html)
    { kind: 'post', click: hostButton('r-post-form-submit-button:not([disabled])') }, // new Reddit /submit (scrapers)
    { kind: 'reply', click: `${REPLY_BOX} :is(button[slot="submit-button"], .usertext-buttons button.save)` },
  ],
  composers: [
    { kind: 'message', field: '#compose-message textarea' },
    { kind: 'post', field: 'r-post-composer-form shreddit-composer [role="textbox"]' }, // the post body editor
    { kind: 'reply', field: `${REPLY_BOX} :is([role="textbox"], textarea)` },
  ],
});

/* Test URLs
https://www.reddit.com/
https://old.reddit.com/
https://www.reddit.com/r/AskReddit/
https://www.reddit.com/r/wallstreetbets/comments/1c4vwlp/
https://www.reddit.com/user/spez/
https://old.reddit.com/r/wallstreetbets/comments/1c4vwlp/
https://old.reddit.com/user/spez/
https://www.reddit.com/r/AskReddit/submit/
https://old.reddit.com/message/compose/
https://www.reddit.com/search/?q=coffee
https://old.reddit.com/search?q=coffee
*/
