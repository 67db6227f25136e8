import { definePlatform } from './types';

// Action-bar buttons differ only by their icon (Material Symbols svgs in 4.2+, Font Awesome before), which
// takes :has(): tagged by script rather than in page-wide CSS.
const BAR = '.status__action-bar';
const counterOf = (icons: string) => `.status__action-bar__button:has(${icons}) .icon-button__counter`;

export default definePlatform({
  id: 'mastodon',
  name: 'Mastodon',
  hosts: ['mastodon.social'], // the default instance; users add their own
  userHosts: true,
  counters: {
    reposts: [
      '.detailed-status__reblogs', // "12 boosts" under a focused post
      '.detailed-status__quotes', // "3 quotes" (4.4+)
    ],
    likes: [
      '.detailed-status__favorites', // "34 favourites" under a focused post
    ],
    followers: [
      '.account__header__extra__links strong', // profile: posts, following, followers
      '.account__header__extra__links .counter-number', // older profile header
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
});

/* Test URLs
https://mastodon.social/explore
https://mastodon.social/@Mastodon
https://mastodon.social/@Gargron/1
*/
