import { definePlatform } from './types';

export default definePlatform({
  id: 'bluesky',
  name: 'Bluesky',
  hosts: ['bsky.app'],
});

/* Test URLs
https://bsky.app/
https://bsky.app/profile/bsky.app
*/
