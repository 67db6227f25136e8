import { definePlatform } from './types';

export default definePlatform({
  id: 'x',
  name: 'X',
  hosts: [
    'x.com',
    'mobile.x.com',
    'twitter.com', // old links still land here before the redirect
    'mobile.twitter.com',
  ],
});

/* Test URLs
https://x.com/home
https://x.com/XDevelopers
*/
