import * as z from 'zod/mini';
import { ACTION_KINDS, MODES, PAGE_TYPES } from './vocabulary';

// Kept apart from vocabulary.ts, which content scripts import: these schemas would bring zod along.

export const ModeSchema = z.enum(MODES);
export const PageTypeSchema = z.enum(PAGE_TYPES);
export const ActionKindSchema = z.enum(ACTION_KINDS);
