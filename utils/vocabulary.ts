import * as z from 'zod/mini';

// No platform is named here: content scripts import this, and each carries one platform only.

/** The counters Betrokken can hide; each is one switch in the settings. */
export const METRICS = ['likes', 'reposts', 'replies', 'views', 'followers', 'bookmarks', 'badges'] as const;
export const MetricSchema = z.enum(METRICS);
export type Metric = z.infer<typeof MetricSchema>;

/** Toeschouwer (spectator) or deelnemer (participant): see ../shared/product.md. */
export const MODES = ['spectator', 'participant'] as const;
export const ModeSchema = z.enum(MODES);
export type Mode = z.infer<typeof ModeSchema>;

/** The only thing ever kept about where on a platform the user was. */
export const PAGE_TYPES = ['feed', 'post', 'profile', 'messages', 'search', 'video', 'notifications', 'other'] as const;
export const PageTypeSchema = z.enum(PAGE_TYPES);
export type PageType = z.infer<typeof PageTypeSchema>;

/** Composed actions make a deelnemer; one-click applause makes a toeschouwer. */
export const PARTICIPANT_ACTIONS = ['post', 'reply', 'message', 'quote'] as const;
export const SPECTATOR_ACTIONS = ['like', 'repost', 'follow', 'bookmark', 'share'] as const;
export const ACTION_KINDS = [...PARTICIPANT_ACTIONS, ...SPECTATOR_ACTIONS] as const;
export const ActionKindSchema = z.enum(ACTION_KINDS);
export type ActionKind = z.infer<typeof ActionKindSchema>;

/** Kinds of period the totals are summed over; each summary row holds one period, all platforms in it. */
export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];
