import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

/** A key of public/_locales/en/messages.json; a typo is a type error. */
export type MessageKey = keyof typeof en;

/** The text for `key` in the browser's language (nl or en, falling back to en), with `$1`… substitutions. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language the UI is shown in, for `<html lang>` and Intl formatters. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
