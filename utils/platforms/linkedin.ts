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
      chip('[data-reaction-details]'), // reaction summary button: Ember, and the SDUI bucket without view names
      '.social-details-social-counts__reactions-count', // Ember feed: "1,234"
      '.social-details-social-counts__social-proof-text', // Ember feed: "Ada Lovelace and 41 others"
      '.social-details-social-counts__social-proof-fallback-number', // Ember feed, narrow column
      '.comments-comment-social-bar__reactions-count--cr span', // Ember comment (2024–)
      '.comments-comment-social-bar__reactions-count span', // Ember comment, older
    ],
    replies: [
      chip(view('feed-comment-count')), // SDUI: "12 comments"
      chip('[data-comment-details]'), // SDUI bucket without view names
      '.social-details-social-counts__comments span', // Ember feed: "12 comments"
      '.comments-comment-social-bar__replies-count--cr', // Ember comment: "2 replies"
      '.comments-comment-social-bar__replies-count', // Ember comment, older
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
  ],
});

/* Test URLs
https://www.linkedin.com/feed/
https://www.linkedin.com/in/williamhgates/
https://www.linkedin.com/company/linkedin/
https://www.linkedin.com/notifications/
https://www.linkedin.com/messaging/
*/
