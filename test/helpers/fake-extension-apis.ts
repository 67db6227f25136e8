import { fakeBrowser } from 'wxt/testing/fake-browser';

type Registered = { id: string; matches?: string[]; js?: string[]; runAt?: string };

/** In-memory `permissions` and `scripting`, which WXT's fake browser leaves unimplemented. */
export function installFakeExtensionApis(): { granted: Set<string>; registered: Map<string, Registered> } {
  const granted = new Set<string>();
  const registered = new Map<string, Registered>();
  const removedListeners = new Set<() => void>();
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => granted.has(origin)),
    request: async ({ origins = [] }: { origins?: string[] }) => {
      for (const origin of origins) granted.add(origin);
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      for (const origin of origins) granted.delete(origin);
      for (const listener of removedListeners) listener();
      return true;
    },
    onRemoved: {
      addListener: (listener: () => void) => removedListeners.add(listener),
      removeListener: (listener: () => void) => removedListeners.delete(listener),
      hasListener: (listener: () => void) => removedListeners.has(listener),
    },
  });
  // Headless browsers never report idle either (../shared/browser-testing.md): a stand-in that stays active.
  Object.assign(fakeBrowser.idle, {
    setDetectionInterval: () => undefined,
    queryState: async () => 'active',
    onStateChanged: { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false },
  });
  Object.assign(fakeBrowser, {
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
        [...registered.values()].filter((script) => !ids || ids.includes(script.id)),
      registerContentScripts: async (scripts: Registered[]) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      },
      unregisterContentScripts: async ({ ids }: { ids?: string[] } = {}) => {
        for (const id of ids ?? [...registered.keys()]) registered.delete(id);
      },
    },
  });
  return { granted, registered };
}
