import { describe, expect, it } from 'vitest';
import { hideCss, shadowCss } from '@/utils/hide-css';

describe('hideCss', () => {
  const css = hideCss({ counters: { likes: ['.a .count', '[data-testid="like"] span'], views: ['.views'] } });

  it('writes one rule per selector, switched on by its metric on <html>', () => {
    expect(css).toContain('html[data-betrokken-hide~="likes"] .a .count {');
    expect(css).toContain('html[data-betrokken-hide~="views"] .views');
    expect(css.split('\n').filter((line) => line.includes('.a .count'))).toHaveLength(1);
  });

  it('hides with visibility, so buttons keep their size', () => {
    expect(css).toMatch(/\{ visibility: hidden !important; \}/);
    expect(css).not.toMatch(/display:\s*none/);
  });

  it('always covers counts tagged from text, for every metric', () => {
    expect(css).toContain('[data-betrokken-count="replies"]');
    expect(css).toContain('[data-betrokken-count="badges"]');
  });

  it('hides a shadow host that waits for its shadow root, only on platforms with shadow counters', () => {
    expect(css).not.toContain('awaiting-shadow');
    const withShadow = hideCss({ counters: {}, shadowCounters: [{ host: 'x-post', counters: { likes: ['.n'] } }] });
    expect(withShadow).toContain('[data-betrokken-awaiting-shadow] { visibility: hidden !important; }');
  });

  it('keeps a rule the browser rejects from taking the others with it', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(hideCss({ counters: { likes: [':unknown-pseudo(x) span', '.good'] } }));
    const texts = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
    expect(texts).toContain('.good');
  });
});

describe('shadowCss', () => {
  it('contains only the metrics hidden now', () => {
    const css = shadowCss({ likes: ['.score'], replies: ['.comments'] }, new Set(['likes']));
    expect(css).toContain('.score');
    expect(css).not.toContain('.comments');
  });
});
