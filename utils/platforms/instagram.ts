import { definePlatform } from './types';

export default definePlatform({
  id: 'instagram',
  name: 'Instagram',
  hosts: ['www.instagram.com'],
});

/* Test URLs
https://www.instagram.com/
https://www.instagram.com/instagram/
*/
