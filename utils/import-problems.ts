import type * as z from 'zod/mini';
import { t } from './i18n';

// Readable lines for what is wrong in an import file, one per wrong field, in the user's language.

type Issue = z.core.$ZodIssue;

/** One readable line per wrong field (the first issue of each), e.g. `daily[3].spectatorSeconds: expected a number ≥ 0`. */
export function describeIssues(raw: unknown, issues: readonly Issue[]): string[] {
  const byPath = new Map<string, string>();
  for (const issue of issues) {
    const path = formatPath(issue.path);
    if (!byPath.has(path)) byPath.set(path, describeIssue(path, issue, valueAt(raw, issue.path)));
  }
  return [...byPath.values()];
}

function describeIssue(path: string, issue: Issue, value: unknown): string {
  // JSON has no undefined: a field that is undefined is absent.
  if (value === undefined && issue.code !== 'unrecognized_keys') return t('data_problemMissing', path);
  switch (issue.code) {
    case 'invalid_type':
      return t('data_problemType', path, expectedType(issue.expected));
    case 'too_small':
      return t('data_problemTooSmall', path, String(issue.minimum));
    case 'invalid_value':
      return t('data_problemChoice', path, shortJson(value), issue.values.map((choice) => String(choice)).join(', '));
    case 'unrecognized_keys':
      return t('data_problemUnknownKeys', path, issue.keys.join(', '));
    case 'invalid_format':
      return issue.format === 'datetime' ? t('data_problemDateTime', path) : t('data_problemDay', path);
    case 'custom':
      return t('data_problemDay', path);
    default:
      return t('data_problemInvalid', path);
  }
}

function expectedType(expected: string): string {
  switch (expected) {
    case 'number':
      return t('data_typeNumber');
    case 'int':
      return t('data_typeInteger');
    case 'string':
      return t('data_typeText');
    case 'array':
      return t('data_typeList');
    default:
      return t('data_typeObject');
  }
}

/** `daily[3].spectatorSeconds` */
function formatPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
      .join('') || 'file'
  );
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** A value as it is written in the file, cut short. */
export function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
