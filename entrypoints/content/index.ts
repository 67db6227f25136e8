import { defineContentScript } from 'wxt/utils/define-content-script';
import { hostMatchPatterns, platformForHost } from '@/utils/platforms';

export default defineContentScript({
  matches: hostMatchPatterns(),
  runAt: 'document_start',
  main() {
    const platform = platformForHost(location.hostname);
    if (!platform) return;
    // Marks the page before its own scripts run; hiding rules are scoped by this attribute.
    document.documentElement.setAttribute('data-betrokken', platform.id);
  },
});
