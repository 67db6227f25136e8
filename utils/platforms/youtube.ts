import { definePlatform } from './types';

export default definePlatform({
  id: 'youtube',
  name: 'YouTube',
  hosts: [
    'www.youtube.com',
    'm.youtube.com', // mobile site
  ],
});

/* Test URLs
https://www.youtube.com/
https://www.youtube.com/@YouTube
*/
