import { definePlatform } from './types';

export default definePlatform({
  id: 'threads',
  name: 'Threads',
  hosts: [
    'www.threads.com',
    'threads.com',
    'www.threads.net', // the former domain, still in shared links
    'threads.net',
  ],
});

/* Test URLs
https://www.threads.com/
https://www.threads.com/@threads
*/
