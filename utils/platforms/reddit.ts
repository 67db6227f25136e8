import { definePlatform } from './types';

export default definePlatform({
  id: 'reddit',
  name: 'Reddit',
  hosts: [
    'www.reddit.com',
    'old.reddit.com', // the classic markup, still chosen by many users
    'new.reddit.com',
    'sh.reddit.com',
  ],
});

/* Test URLs
https://www.reddit.com/
https://old.reddit.com/
https://www.reddit.com/r/AskReddit/
*/
