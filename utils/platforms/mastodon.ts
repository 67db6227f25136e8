import { definePlatform } from './types';

export default definePlatform({
  id: 'mastodon',
  name: 'Mastodon',
  hosts: ['mastodon.social'], // the default instance; users add their own
  userHosts: true,
});

/* Test URLs
https://mastodon.social/explore
https://mastodon.social/@Mastodon
*/
