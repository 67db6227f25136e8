import { describe, expect, it } from 'vitest';
import { actionOfClick, actionOfKey, actionOfSubmit, composerOf, isComposeField } from '@/utils/actions';
import { PAGE_ATTRIBUTE_PREFIX } from '@/utils/hide-css';
import { pageTypeOf } from '@/utils/page-type';
import { PLATFORMS } from '@/utils/platforms';
import type { Platform } from '@/utils/platforms/types';
import { ACTION_KINDS, PAGE_TYPES } from '@/utils/vocabulary';
import { fixturesOf } from './helpers/fixtures';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ctrlEnter = { key: 'Enter', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, isComposing: false };
const enter = { ...ctrlEnter, ctrlKey: false };

/** Where a person's click lands: the control itself, and the innermost element in it (an icon, a label). */
function clickTargets(control: Element): Element[] {
  let inner = control;
  while (inner.firstElementChild) inner = inner.firstElementChild;
  return [control, inner];
}

/** Puts text into a field the way typing would. */
function type(field: Element, text: string): void {
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) field.value = text;
  else field.textContent = text;
}

describe.each(PLATFORMS.map((platform) => [platform.id, platform] as const))(
  'actions on %s',
  (_, platform: Platform) => {
    // As the content script does on every page, <html> names the page type.
    const pages = fixturesOf(platform.id).map((fixture) => {
      const doc = parse(fixture.html);
      doc.documentElement.setAttribute(`${PAGE_ATTRIBUTE_PREFIX}${pageTypeOf(platform, fixture.path)}`, '');
      return { fixture, doc };
    });

    it('counts each marked control as its kind, and no other action control at all', () => {
      for (const { fixture, doc } of pages) {
        for (const control of doc.querySelectorAll('[data-expect="action"]')) {
          const expected = control.getAttribute('data-kind') ?? undefined;
          for (const target of clickTargets(control))
            expect(actionOfClick(platform, target), `${fixture.name}: ${control.getAttribute('data-action')}`).toBe(
              expected,
            );
        }
      }
    });

    it('knows each marked compose field and what sending from it counts as', () => {
      for (const { fixture, doc } of pages) {
        for (const field of doc.querySelectorAll('[data-expect="composer"]')) {
          const kind = field.getAttribute('data-kind');
          expect(ACTION_KINDS, `${fixture.name}: data-kind`).toContain(kind);
          expect(isComposeField(platform, field), `${fixture.name}: compose field`).toBe(true);
          expect(composerOf(platform, field)?.kind, `${fixture.name}: composer kind`).toBe(kind);
          type(field, '');
          expect(actionOfKey(platform, ctrlEnter, field), `${fixture.name}: empty field sends nothing`).toBeUndefined();
          type(field, 'x');
          expect(actionOfKey(platform, ctrlEnter, field), `${fixture.name}: Ctrl+Enter`).toBe(kind);
          const form = field.closest('form');
          if (form) expect(actionOfSubmit(platform, form), `${fixture.name}: form submit`).toBe(kind);
          if (!composerOf(platform, field)?.enterSends) expect(actionOfKey(platform, enter, field)).toBeUndefined();
        }
      }
    });

    it('declares every page type its fixtures show, by path', () => {
      for (const { fixture } of pages) {
        expect(PAGE_TYPES, `${fixture.name}: page type`).toContain(fixture.pageType);
        expect(pageTypeOf(platform, fixture.path), `${fixture.name}: ${fixture.path}`).toBe(fixture.pageType);
      }
    });

    it('has fixtures that mark actions and compose fields, so the checks above check something', () => {
      const docs = pages.map(({ doc }) => doc);
      expect(docs.some((doc) => doc.querySelector('[data-expect="action"][data-kind]'))).toBe(true);
      expect(docs.some((doc) => doc.querySelector('[data-expect="composer"]'))).toBe(true);
    });

    it('has no action or composer rule that matches nothing in any fixture', () => {
      const docs = pages.map(({ doc }) => doc);
      const unused = [
        ...(platform.actions ?? []).map((rule) => rule.click),
        ...(platform.composers ?? []).map((rule) => rule.field),
      ].filter((selector) => !docs.some((doc) => doc.querySelector(selector)));
      expect(unused).toEqual([]);
    });
  },
);

describe('what counts as writing', () => {
  const rules: Pick<Platform, 'actions' | 'composers'> = {
    actions: [
      { kind: 'reply', click: '[role="dialog"] .send' },
      { kind: 'post', click: '.send' },
      { kind: 'like', click: '[data-testid="like"]' },
    ],
    composers: [{ kind: 'message', field: '.dm [role="textbox"]', enterSends: true }],
  };

  it('takes the first control around the click, and never a disabled one', () => {
    const doc = parse(`<div role="dialog"><button class="send" id="r"><span id="icon">↑</span></button></div>
      <button class="send" id="p">Post</button><button class="send" id="off" aria-disabled="true">Post</button>
      <button data-testid="unlike" id="u">♥</button>`);
    const at = (id: string) => doc.getElementById(id) as Element;
    expect(actionOfClick(rules, at('icon'))).toBe('reply');
    expect(actionOfClick(rules, at('p'))).toBe('post');
    expect(actionOfClick(rules, at('off'))).toBeUndefined();
    expect(actionOfClick(rules, at('u'))).toBeUndefined();
  });

  it('treats any editable field as writing except search, and sends chat messages with Enter only', () => {
    const doc = parse(`<div class="dm"><div role="textbox" contenteditable="true" id="dm">hoi</div></div>
      <textarea id="any"></textarea><form role="search"><input id="q"></form><input type="search" id="s">`);
    const at = (id: string) => doc.getElementById(id) as Element;
    expect(isComposeField(rules, at('any'))).toBe(true);
    expect(isComposeField(rules, at('q'))).toBe(false);
    expect(isComposeField(rules, at('s'))).toBe(false);
    expect(actionOfKey(rules, enter, at('dm'))).toBe('message');
    expect(actionOfKey(rules, { ...enter, shiftKey: true }, at('dm'))).toBeUndefined();
    expect(actionOfKey(rules, { ...enter, isComposing: true }, at('dm'))).toBeUndefined();
    expect(actionOfKey(rules, ctrlEnter, at('any'))).toBeUndefined();
  });
});
