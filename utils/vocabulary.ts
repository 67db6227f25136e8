// No platform and no zod here: content scripts import this, and each carries one platform and no zod.
// The schemas of these words are in vocabulary-schemas.ts.

/** The counters Betrokken can hide; each is one switch in the settings. */
export const METRICS = ['likes', 'reposts', 'replies', 'views', 'followers', 'bookmarks', 'badges'] as const;
export type Metric = (typeof METRICS)[number];

/** Toeschouwer (spectator) or deelnemer (participant): see ../shared/product.md. */
export const MODES = ['spectator', 'participant'] as const;
export type Mode = (typeof MODES)[number];

/** The only thing ever kept about where on a platform the user was. */
export const PAGE_TYPES = ['feed', 'post', 'profile', 'messages', 'search', 'video', 'notifications', 'other'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Composed actions make a deelnemer; one-click applause makes a toeschouwer. */
export const PARTICIPANT_ACTIONS = ['post', 'reply', 'message', 'quote'] as const;
export const SPECTATOR_ACTIONS = ['like', 'repost', 'follow', 'bookmark', 'share'] as const;
export const ACTION_KINDS = [...PARTICIPANT_ACTIONS, ...SPECTATOR_ACTIONS] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Kinds of period the totals are summed over; each summary row holds one period, all platforms in it. */
export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];
