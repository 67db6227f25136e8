import type { JSX } from 'solid-js';
import { render } from 'solid-js/web';
import { uiLanguage } from '@/utils/i18n';
import './theme.css';

/** Mounts an extension page's root component, in the UI language, with the shared theme. */
export function mountPage(App: () => JSX.Element, title: string): void {
  document.documentElement.lang = uiLanguage();
  document.title = title;
  const root = document.getElementById('app');
  if (root) render(App, root);
}
