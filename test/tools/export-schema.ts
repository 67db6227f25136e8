import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { ExportFileSchema } from '../../utils/export';

// `npm run docs:schema`: writes docs/export-schema.json from the zod schema that import checks files with.
// test/export.test.ts fails when the committed file is out of date.

const ROOT = resolve(import.meta.dirname, '../..');
export const SCHEMA_PATH = resolve(ROOT, 'docs/export-schema.json');

/** The JSON Schema of what an import accepts (unknown fields are ignored, so `input`). */
export function exportJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(ExportFileSchema, { io: 'input' });
  return {
    $schema,
    $comment: 'Generated from ExportFileSchema in utils/export.ts by `npm run docs:schema`: do not edit by hand.',
    ...rest,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_PATH, JSON.stringify(exportJsonSchema()));
  // Formatted as `npm run lint` expects it.
  execFileSync(resolve(ROOT, 'node_modules/.bin/biome'), ['format', '--write', SCHEMA_PATH], { stdio: 'inherit' });
  console.log(`wrote ${SCHEMA_PATH}`);
}
