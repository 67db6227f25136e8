import { definePlatform } from './types';

// LinkedIn serves two generations side by side, per A/B bucket: the Ember markup with long-lived BEM classes,
// and the server-driven UI (SDUI, feed/profile/nav since 2025–26) whose classes are content hashes. There the
// hooks are `data-view-name`, `data-testid` and `data-*-details`; a count chip holds its text in <p> or <span>.
const chip = (hook: string) => `${hook} :is(p, span)`;
const view = (name: string) => `[data-view-name="${name}"]`;

export default definePlatform({
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['www.linkedin.com'],
  counters: {
    likes: [
      chip(view('feed-reaction-count')), // SDUI feed and post: "Ada Lovelace and 41 others", "87"
      chip(view('comment-reaction-count')), // SDUI comment
      chip(view('view-likers')), // SDUI bucket whose summary link is "view-likers" (a post-analytics scraper, 2026)
      chip('[data-reaction-details]'), // reaction summary button: Ember, and the SDUI bucket without view names
      '.social-details-social-counts__reactions-count', // Ember feed: "1,234"
      '.social-details-social-counts__social-proof-text', // Ember feed: "Ada Lovelace and 41 others"
      '.social-details-social-counts__social-proof-fallback-number', // Ember feed, narrow column
      '.comments-comment-social-bar__reactions-count--cr span', // Ember comment (2024–)
      '.comments-comment-social-bar__reactions-count span', // Ember comment, older
      '[data-test-id="social-actions__reaction-count"]', // logged out (guest) post and page feed: "1,071"
    ],
    replies: [
      chip(view('feed-comment-count')), // SDUI: "12 comments"
      chip('[data-comment-details]'), // SDUI bucket without view names
      '.social-details-social-counts__comments span', // Ember feed: "12 comments"
      '.comments-comment-social-bar__replies-count--cr', // Ember comment: "2 replies"
      '.comments-comment-social-bar__replies-count', // Ember comment, older
      'a[data-test-id="social-actions__comments"]', // logged out: the link's own text, "88 Comments"
    ],
    reposts: [
      chip(view('feed-repost-count')), // SDUI: "3 reposts"
      chip('[data-repost-details]'), // SDUI bucket without view names
      '.social-details-social-counts__item--truncate-text span', // Ember feed: "3 reposts"
    ],
    views: [
      '.ca-entry-point__num-views', // Ember feed, own post: "1,234 impressions"
      '.feed-identity-widget-item__stat', // Ember left rail: profile viewers, post impressions
    ],
    followers: [
      chip('a[href*="/invite-connect/connections"]'), // own profile, both generations: "500+ connections"
      chip('a[href*="connectionOf"]'), // a 1st-degree connection's profile: connections link
      '.pv-top-card--list-bullet .t-bold', // Ember profile top card: "1,234" followers, "500+" connections
    ],
    badges: [
      '[data-view-name^="navigation-"] > span > svg + span', // SDUI global nav: count after the icon
      '[data-testid="primary-nav"] :is(a, button) > span > svg + span', // SDUI nav with data-testid hooks
      '.notification-badge__count', // Ember global nav, messaging lists
      '.msg-overlay-bubble-header__badge', // Ember messaging overlay header
      '.msg-conversation-card__unread-count', // messaging conversation list
    ],
  },
  // Counts with no hook on the number itself, recognised as text in any language inside a tight container.
  textCounters: [
    { metric: 'views', within: '[data-view-name^="home-nav-left-rail-growth-widgets"]' }, // SDUI left rail
    { metric: 'views', within: 'a[href*="/analytics/post-summary/"]' }, // own post, both generations: "12 impressions"
    { metric: 'followers', within: view('profile-top-card') }, // SDUI profile: "12,345 followers"
    { metric: 'followers', within: view('feed-actor') }, // SDUI post header: company "12,345 followers"
    { metric: 'followers', within: '.update-components-actor__description' }, // Ember post header
    { metric: 'followers', within: '.pvs-header__optional-link' }, // Ember profile, Activity: "1,234 followers"
    { metric: 'followers', within: '.org-top-card-summary-info-list' }, // Ember company page
    // Logged out post header: a company's "3,435,167 followers"; its time ("2 sa") is a <time>, never taken.
    { metric: 'followers', within: '[data-test-id="main-feed-activity-card__entity-lockup"]' },
    { metric: 'followers', within: '.top-card-layout__first-subline' }, // logged out profile: "12K followers" span
  ],
  pageTypes: [
    { type: 'post', path: '^/(feed/update|posts|pulse)/' }, // a post (/feed/update/urn:li:activity:…), an article
    { type: 'feed', path: '^/feed(/|$)' }, // home feed, also /feed/hashtag/…
    { type: 'messages', path: '^/messaging(/|$)' },
    { type: 'notifications', path: '^/notifications(/|$)' },
    { type: 'search', path: '^/search/' },
    { type: 'profile', path: '^/(in|company|school|showcase)/' }, // members and pages, with their tabs
  ],
  // Ember: classes and aria-pressed (saved page dumps, 2024; a 2026 survey found messaging and company pages still
  // Ember). SDUI: data-view-name (the TrustAHuman and EngageKit comment extensions), which some buckets strip after
  // hydration, so also its icon ids: a feed cleaner's "hide unfollowed" rule reads svg#add-small, auto-likers read
  // svg#thumbs-up-outline-* (shown only while the viewer has not reacted).
  actions: [
    { kind: 'message', click: 'button.msg-form__send-button' }, // messaging page and chat overlay
    { kind: 'message', click: '.msg-s-message-list__quick-replies-container button' }, // a canned reply: one click sends
    { kind: 'post', click: 'button.share-actions__primary-action' }, // the share box's Post
    { kind: 'reply', click: 'button[data-view-name="comment-post"]' }, // SDUI comment box
    { kind: 'reply', click: 'button[data-view-name="comment-reply-post"]' }, // SDUI reply box
    { kind: 'reply', click: 'button.comments-comment-box__submit-button--cr' }, // Ember comment box (2024–)
    { kind: 'reply', click: 'button.comments-comment-box__submit-button' }, // Ember, older
    { kind: 'like', click: 'button.react-button__trigger[aria-pressed="false"]' }, // Ember post ("Unreact" when pressed)
    { kind: 'like', click: 'button.reactions-react-button[aria-pressed="false"]' }, // Ember comment (2024–)
    { kind: 'like', click: 'button.comments-comment-social-bar__reactions-action-button[aria-pressed="false"]' }, // older
    { kind: 'like', click: '[data-view-name="reaction-button"][aria-pressed="false"]' }, // SDUI post and comment
    { kind: 'like', click: 'button:not([aria-pressed="true"]):has(svg[id^="thumbs-up-outline"])' }, // SDUI, names stripped
    { kind: 'repost', click: '.social-reshare-button__sharing-as-is-dropdown-item' }, // Repost menu: without text
    { kind: 'follow', click: 'button.follow:not(.is-following):not([aria-pressed="true"])' }, // Ember feed, company
    // The "+" icon of Follow (SDUI id, Ember data-test-icon): Following shows a check mark instead.
    {
      kind: 'follow',
      click: 'button:not([aria-pressed="true"]):has(svg:is(#add-small, [data-test-icon="add-small"]))',
    },
  ],
  composers: [
    { kind: 'message', field: '.msg-form__contenteditable', enterSends: true }, // "Press Enter to send" is the default
    { kind: 'post', field: '.share-creation-state__text-editor [contenteditable="true"]' }, // share box (Quill)
    { kind: 'reply', field: '[data-view-name="comment-box"] [contenteditable="true"]' }, // SDUI (TipTap)
    { kind: 'reply', field: '[componentkey^="commentBox"] [contenteditable="true"]' }, // SDUI without view names
    { kind: 'reply', field: '.comments-comment-texteditor [contenteditable="true"]' }, // Ember (Quill)
  ],
});

/* Test URLs
https://www.linkedin.com/feed/
https://www.linkedin.com/in/williamhgates/
https://www.linkedin.com/company/linkedin/
https://www.linkedin.com/notifications/
https://www.linkedin.com/messaging/
https://www.linkedin.com/company/sap/ (logged out: guest post cards)
https://www.linkedin.com/in/williamhgates/ (logged out)
*/
