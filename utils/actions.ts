import type { Composer, Platform } from './platforms/types';
import type { ActionKind } from './vocabulary';

type Rules = Pick<Platform, 'actions' | 'composers'>;

/** Any field a person types into, on any site: the fallback when an adapter's composers miss a new layout. */
const EDITABLE = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';
/** Typing a search is looking, not taking part. */
const SEARCH = '[role="search"], [role="searchbox"], [role="combobox"], input, [type="search"]';
const DISABLED = ':disabled, [aria-disabled="true"]';

/** The adapter's composer around `element`, first match wins. */
export function composerOf(rules: Rules, element: Element): Composer | undefined {
  return rules.composers?.find((composer) => element.closest(composer.field));
}

/** Whether focus on `element` means the user is writing: in an adapter's composer, or any editable field. */
export function isComposeField(rules: Rules, element: Element): boolean {
  if (composerOf(rules, element)) return true;
  return !!element.closest(EDITABLE) && !element.closest(SEARCH);
}

/** The action a trusted click on `target` does, if any. */
export function actionOfClick(rules: Rules, target: Element): ActionKind | undefined {
  for (const { kind, click } of rules.actions ?? []) {
    const control = target.closest(click);
    if (control) return control.matches(DISABLED) || control.closest(DISABLED) ? undefined : kind;
  }
  return undefined;
}

/** The keys of a keydown, as far as sending is concerned. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** True while an input method (Japanese, Chinese …) is composing: Enter then picks a word. */
  isComposing: boolean;
}

/** The action a key press in `target` sends: Ctrl/Cmd+Enter in a composer, or Enter alone where it sends. */
export function actionOfKey(rules: Rules, key: KeyPress, target: Element): ActionKind | undefined {
  if (key.key !== 'Enter' || key.isComposing || key.altKey) return undefined;
  const composer = composerOf(rules, target);
  if (!composer || !hasText(target)) return undefined;
  const modified = key.ctrlKey || key.metaKey;
  return modified || (composer.enterSends && !key.shiftKey) ? composer.kind : undefined;
}

/** The action a submitted form sends: the kind of the composer inside it that holds text. */
export function actionOfSubmit(rules: Rules, form: Element): ActionKind | undefined {
  for (const composer of rules.composers ?? []) {
    const field = [...form.querySelectorAll(composer.field)].find(hasText);
    if (field) return composer.kind;
  }
  return undefined;
}

/** Whether a field holds anything: only its length is looked at, never its text. */
function hasText(element: Element): boolean {
  const field = (element.closest('textarea, input') ??
    element.querySelector('textarea, input')) as HTMLTextAreaElement | null;
  const value = field ? field.value : ((element.closest('[contenteditable]') ?? element).textContent ?? '');
  return value.trim().length > 0;
}
