// Parameter examples and Swagger UI: "Try it out" prefills every parameter that has an example, and
// "Execute" sends them all together. Examples of optional filters would AND into an empty page (or a
// conflict such as `after` with `sort`), so only chosen parameters keep theirs; the rest show it in words.
import type { TSchema } from '@sinclair/typebox';

const shown = (value: unknown) => (Array.isArray(value) ? value.join(',') : String(value));

/** The schema without `examples`, its example named in the description instead. */
export function notPrefilled<T extends TSchema>(schema: T): T {
  const { examples, ...rest } = schema as T & { examples?: unknown[] };
  if (!examples?.length) return schema;
  return { ...rest, description: `${rest.description ?? ''} Example: \`${shown(examples[0])}\`.`.trim() } as unknown as T;
}

/** The schema with this value as its only example: what Swagger UI sends on the first Execute. */
export const prefilled = <T extends TSchema>(schema: T, value: unknown): T => ({ ...schema, examples: [value] });

/** The schema with this value as its example, a list parameter's as a one-item list; unchanged without one. */
export const withExample = <T extends TSchema>(schema: T, value: string | undefined): T =>
  (value === undefined ? schema : { ...schema, examples: [schema.type === 'array' ? [value] : value] });
