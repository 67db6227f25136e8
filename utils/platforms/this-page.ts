import { platformForHost, USER_HOST_PLATFORM } from '.';

/**
 * The adapter of the page a content script runs in. In the built extension each platform has a content
 * script of its own, and wxt.config.ts replaces this module by that platform's adapter, so a page loads
 * only its own platform's rules. Here (tests, tools) it is found by host name.
 */
export default typeof location === 'undefined' ? undefined : (platformForHost(location.hostname) ?? USER_HOST_PLATFORM);
