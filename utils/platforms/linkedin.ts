import { definePlatform } from './types';

export default definePlatform({
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['www.linkedin.com'],
});

/* Test URLs
https://www.linkedin.com/feed/
*/
