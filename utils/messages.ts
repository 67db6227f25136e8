import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { MAX_TICK_MS, PULSE_MS } from './activity';
import type { Summary } from './db';
import type { Diagnostics } from './diagnostics';
import { PlatformIdSchema } from './platforms';
import type { Settings } from './settings';
import { type PageType, PERIODS } from './vocabulary';
import { ActionKindSchema, ModeSchema, PageTypeSchema } from './vocabulary-schemas';

/** Runs longer than this cannot come from one page's unsent pulses; they are refused as malformed. */
const MAX_RUN_MS = 60 * 60_000;
/** A page holds at most an hour of one-second runs when it cannot reach the background. */
const MAX_ITEMS = Math.ceil(MAX_RUN_MS / PULSE_MS) * 64;

/** Counted seconds of one page: see utils/activity.ts. Epoch milliseconds. */
const RunSchema = z
  .object({ pageType: PageTypeSchema, mode: ModeSchema, start: z.int(), end: z.int() })
  .check(z.refine((run) => run.end > run.start && run.end - run.start <= MAX_RUN_MS + MAX_TICK_MS));

/** Every message exchanged between the extension's contexts: one union, discriminated on `type`. */
export const MessageSchema = z.discriminatedUnion('type', [
  /** A page asks the background to change settings (the one write path, where a PIN guard will sit). */
  z.object({ type: z.literal('changeSettings'), patch: z.record(z.string(), z.unknown()) }),
  /** A page asks what the background has counted about itself (dropped messages, repaired settings). */
  z.object({ type: z.literal('getDiagnostics') }),
  /**
   * The popup asks a tab how its hiding stands, and shows (or hides again) its counts until the page is
   * reloaded; without `show`, it only asks.
   */
  z.object({ type: z.literal('showCountsForNow'), show: z.optional(z.boolean()) }),
  /** A page reports its counted seconds and the user's actions since its last pulse. */
  z.object({
    type: z.literal('pulse'),
    platform: PlatformIdSchema,
    runs: z.array(RunSchema).check(z.maxLength(MAX_ITEMS)),
    actions: z.array(z.object({ kind: ActionKindSchema, at: z.int() })).check(z.maxLength(MAX_ITEMS)),
  }),
  /** The background tells a page it was just switched to: that counts as input (../shared/product.md). */
  z.object({ type: z.literal('attentionGiven') }),
  /** The popup asks for the summaries of one kind of period, from key `from` to key `to` inclusive. */
  z.object({ type: z.literal('getSummaries'), period: z.enum(PERIODS), from: z.string(), to: z.string() }),
  /** The options page adds an exported file's totals and actions (all or nothing; validated here again). */
  z.object({ type: z.literal('importData'), file: z.unknown() }),
  /** The options page deletes every recorded second, action and total (settings stay). */
  z.object({ type: z.literal('deleteAllData') }),
]);
export type PulseMessage = Extract<Message, { type: 'pulse' }>;
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/** What the background answers to each message type. */
export interface Responses {
  changeSettings: { ok: true; settings: Settings } | { ok: false; problems: string[] };
  getDiagnostics: Diagnostics;
  /**
   * `found`: the counts the settings hide that the page shows now (none on a feed: the site may have changed);
   * `rulesLeftOut`: the adapter's rules this browser rejected, so they hide or count nothing here.
   */
  showCountsForNow: { shown: boolean; found: number; pageType: PageType; rulesLeftOut: number };
  pulse: { recorded: boolean };
  attentionGiven: undefined;
  /** `recorded`: whether anything was ever recorded, also outside these periods (the first-day text). */
  getSummaries: { rows: Summary[]; recorded: boolean };
  importData: { ok: true; addedDays: number; addedActions: number } | { ok: false; problems: string[] };
  deleteAllData: { ok: true };
}

/** Sends a message to the background. Resolves to undefined when nobody answered (never rejects). */
export async function send<M extends Message>(message: M): Promise<Responses[M['type']] | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as Responses[M['type']] | undefined;
  } catch {
    // The background is restarting or the extension was updated: the caller treats it as no answer.
    return undefined;
  }
}

/** Sends a message to the content script of one tab. Resolves to undefined when nothing answered. */
export async function sendToTab<M extends Message>(
  tabId: number,
  message: M,
): Promise<Responses[M['type']] | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as Responses[M['type']] | undefined;
  } catch {
    return undefined;
  }
}

/** Answers one valid message, or returns undefined for a type this context does not handle. */
type Handler = (message: Message, sender: MessageSender) => Promise<Responses[MessageType]> | undefined;

/** What the background knows of a message's sender: the tab, for content scripts. */
export interface MessageSender {
  tab?: { id?: number; incognito?: boolean };
}

/** Parses a raw incoming message: the valid message, or undefined for anything malformed. */
export function parseMessage(raw: unknown): Message | undefined {
  const result = MessageSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** Listens for messages; malformed ones are dropped (never answered, never thrown) and reported to `onDropped`. */
export function listenForMessages(handler: Handler, onDropped: (raw: unknown) => void): () => void {
  // sendResponse + `return true` is the one protocol Chrome, Firefox, the polyfill and WXT's fake browser all share.
  const listener = (raw: unknown, sender: MessageSender, sendResponse: (answer: unknown) => void) => {
    const message = parseMessage(raw);
    if (!message) {
      onDropped(raw);
      return false;
    }
    const answer = handler(message, sender);
    if (!answer) return false;
    answer.then(sendResponse, (error: unknown) => {
      console.error('[betrokken] message handler failed', message.type, error);
      sendResponse(undefined);
    });
    return true as const;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
