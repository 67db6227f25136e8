import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '@/utils/i18n';
import { LOCALES, type LocaleMessages, useLocale } from './helpers/locale';

const ROOT = resolve(__dirname, '..');
const placeholdersOf = (entry: LocaleMessages[string]) => Object.keys(entry.placeholders ?? {}).sort();

describe('locales', () => {
  it('ships exactly the locales Betrokken supports', () => {
    expect(readdirSync(resolve(ROOT, 'public/_locales')).sort()).toEqual(Object.keys(LOCALES).sort());
  });

  it('has every key in every locale, with a non-empty text and the same placeholders', () => {
    const keys = Object.keys(LOCALES.en).sort();
    for (const [locale, messages] of Object.entries(LOCALES)) {
      expect(Object.keys(messages).sort(), `keys of ${locale}`).toEqual(keys);
      for (const key of keys) {
        const entry = messages[key];
        expect(entry?.message.trim(), `${locale}.${key}`).toBeTruthy();
        expect(entry && placeholdersOf(entry), `${locale}.${key} placeholders`).toEqual(
          placeholdersOf(LOCALES.en[key] as LocaleMessages[string]),
        );
        for (const used of entry?.message.match(/\$([A-Za-z0-9_@]+)\$/g) ?? []) {
          expect(entry?.placeholders, `${locale}.${key} uses ${used}`).toHaveProperty(used.slice(1, -1).toLowerCase());
        }
      }
    }
  });

  it('keeps the store description within the 132 characters browsers allow', () => {
    for (const messages of Object.values(LOCALES)) {
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('has every __MSG_key__ the manifest uses', () => {
    const config = readFileSync(resolve(ROOT, 'wxt.config.ts'), 'utf8');
    for (const [, key] of config.matchAll(/__MSG_(\w+)__/g)) expect(LOCALES.en).toHaveProperty(key as string);
  });

  it('speaks the browser language, with substitutions', () => {
    useLocale('nl');
    expect(t('options_hideOn', 'YouTube')).toBe('Tellers verbergen op YouTube');
    useLocale('en');
    expect(t('options_hideOn', 'YouTube')).toBe('Hide counters on YouTube');
  });
});
