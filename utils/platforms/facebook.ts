import { definePlatform } from './types';

export default definePlatform({
  id: 'facebook',
  name: 'Facebook',
  hosts: [
    'www.facebook.com',
    'web.facebook.com', // served in some regions instead of www
    'm.facebook.com', // mobile site
  ],
});

/* Test URLs
https://www.facebook.com/
https://m.facebook.com/
*/
