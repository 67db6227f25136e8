import { definePlatform } from './types';

export default definePlatform({
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['www.tiktok.com'],
});

/* Test URLs
https://www.tiktok.com/foryou
https://www.tiktok.com/@tiktok
*/
