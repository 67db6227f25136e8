import { definePlatform } from './types';

// Action-bar buttons differ only by their icon (Material Symbols svgs in 4.2+, Font Awesome before), which
// takes :has(): tagged by script rather than in page-wide CSS. Any button: Mastodon's is `.status__action-bar__button`,
// glitch-soc's `.status__action-bar-button` (flavours/glitch/components/status_action_bar/index.jsx).
const BAR = '.status__action-bar';
const counterOf = (icons: string) => `button:has(${icons}) .icon-button__counter`;

// The compose form (features/compose/components/compose_form.jsx) shows a `.reply-indicator` while replying, the
// quoted post (`.status__quote`, 4.5+) while quoting and an `.edit-indicator` while editing, which sends nothing new.
const FORM = '.compose-form:not(:has(.edit-indicator))';
const REPLYING = `${FORM}:has(.reply-indicator)`;
const QUOTING = `${FORM}:has(.status__quote)`;

export default definePlatform({
  id: 'mastodon',
  name: 'Mastodon',
  hosts: ['mastodon.social'], // the default instance; users add their own
  userHosts: true,
  counters: {
    reposts: [
      '.detailed-status__reblogs', // "12 boosts" under a focused post
      '.detailed-status__quotes', // "3 quotes" (4.4+)
      '.notification-group__main__header__label a[href$="/reblogs"]', // "Ada and <a>3 others</a> boosted" (4.3+)
      '.story__details__shared strong:last-child', // explore news: "<strong>N</strong> people" shared it
    ],
    likes: [
      '.detailed-status__favorites', // "34 favourites" under a focused post
      '.notification-group__main__header__label a[href$="/favourites"]', // "and <a>3 others</a> favourited" (4.3+)
      '.reactions-bar__item__count', // emoji reactions: announcements, and posts on glitch-soc and its forks
    ],
    replies: [
      '.status__action-bar__counter__label', // 3.x: reply count beside the reply button, "1+" or exact
    ],
    followers: [
      '.account__header__extra__links strong', // profile: posts, following, followers
      '.account__header__extra__links .counter-number', // older profile header
      '.account__details strong', // account rows: search, explore suggestions, follow lists (components/account)
      '.hover-card__numbers strong', // hover card over a name (4.3+)
      '.trends__item__name strong', // trending hashtag: "N people in the past 2 days" (components/hashtag.tsx)
      '.trends__item__current', // trending hashtag: posts today
      '.hashtag-header strong', // /tags/<name>: posts, participants, posts today (4.2+)
    ],
    badges: [
      '.icon-with-badge__badge', // unread notifications in the navigation
      '.column-link__badge', // pending follow requests
    ],
  },
  taggedCounters: [
    { metric: 'replies', within: BAR, select: counterOf('.icon-reply, .icon-reply-all') }, // 4.2+ svg icons
    { metric: 'replies', within: BAR, select: counterOf('.fa-reply, .fa-reply-all') }, // 4.1 and older, and forks
    { metric: 'reposts', within: BAR, select: counterOf('.icon-retweet, .icon-repeat') }, // 4.2+
    { metric: 'reposts', within: BAR, select: counterOf('.fa-retweet') }, // 4.1 and older
    { metric: 'likes', within: BAR, select: counterOf('.icon-star, .icon-favorite') }, // 4.2+
    { metric: 'likes', within: BAR, select: counterOf('.fa-star') }, // 4.1 and older
  ],
  // Web app routes (features/ui/index.jsx); the advanced interface prefixes them with /deck, 3.x with /web.
  pageTypes: [
    { type: 'post', path: '^(/deck|/web)?/@[^/]+/\\d+' },
    { type: 'profile', path: '^(/deck|/web)?/@[^/]+' },
    { type: 'feed', path: '^(/deck|/web)?/(home|public|timelines|tags|lists|links)' },
    { type: 'notifications', path: '^(/deck|/web)?/notifications' },
    { type: 'messages', path: '^(/deck|/web)?/conversations' }, // private mentions; a direct post still counts as post
    { type: 'search', path: '^(/deck|/web)?/(explore|search)' },
  ],
  // Classes of the web app's own components, the same on every instance and in every language.
  actions: [
    { kind: 'like', click: 'button.star-icon:not(.active)' }, // IconButton `active` once favourited
    { kind: 'bookmark', click: 'button.bookmark-icon:not(.active)' },
    // 4.5 boost-or-quote menu (components/status/boost_button.tsx): "Boost", highlighted once boosted; the
    // action-bar button only opens that menu. TODO: 4.2 to 4.4 boost from the bar itself, indistinguishable.
    { kind: 'repost', click: '.reblog-menu-item:not(.dropdown-menu__item--highlighted) button[data-index="0"]' },
    // 4.1 and older, and glitch-soc (`.status__action-bar-button`)
    {
      kind: 'repost',
      click: ':is(.status__action-bar__button, .status__action-bar-button):not(.active):has(> .fa-retweet)',
    },
    // Profile header: `button--destructive` (and `button-secondary` from 4.3) once following or requested.
    { kind: 'follow', click: '.account__header button.button:not(.button--destructive, .button-secondary)' },
    { kind: 'quote', click: `${QUOTING} .compose-form__submit button` },
    { kind: 'reply', click: `${REPLYING} .compose-form__submit button` },
    { kind: 'post', click: `${FORM} .compose-form__submit button` }, // also a post with direct visibility
  ],
  composers: [
    { kind: 'quote', field: `${QUOTING} textarea` },
    { kind: 'reply', field: `${REPLYING} textarea` },
    { kind: 'post', field: `${FORM} textarea` },
  ],
});

/* Test URLs
https://mastodon.social/home
https://mastodon.social/explore
https://mastodon.social/explore/links
https://mastodon.social/tags/photography
https://mastodon.social/notifications
https://mastodon.social/@Mastodon
https://mastodon.social/@Gargron/1
*/
