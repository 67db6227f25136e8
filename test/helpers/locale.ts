import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

/** Every locale Betrokken ships, by folder name under public/_locales. */
export const LOCALES: Record<'en' | 'nl', LocaleMessages> = { en, nl };

/** Chrome's getMessage rules: `$NAME$` placeholders resolve to their content, whose `$1`… take substitutions. */
export function formatMessage(entry: LocaleMessage | undefined, substitutions: readonly string[]): string {
  if (!entry) return '';
  const substitute = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) =>
      substitute(entry.placeholders?.[name.toLowerCase()]?.content ?? ''),
    )
    .replace(/\$\$/g, '$');
}

/** Makes the fake browser speak `locale`, as Chromium does when started with `--lang`. */
export function useLocale(locale: keyof typeof LOCALES): void {
  const messages = LOCALES[locale];
  Object.assign(fakeBrowser.i18n, {
    getMessage: (key: string, substitutions?: string | string[]) =>
      formatMessage(messages[key], substitutions === undefined ? [] : [substitutions].flat()),
    getUILanguage: () => locale,
  });
}
