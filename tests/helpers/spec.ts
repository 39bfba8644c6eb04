// Validates responses against the committed openapi.yaml, so the document never lies about what is served.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/lib/paths.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const spec = parse(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8')) as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, 'spec');

/** The documented answer with each `<Type>Row` read as `<Type>PartialRow`: what the operation says `fields=` answers with. */
const narrowed = new Map<string, ReturnType<Ajv2020['compile']>>();
function narrowedValidator(pointer: string) {
  if (!narrowed.has(pointer)) {
    const at = pointer.slice('spec#/'.length).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<any>((node, key) => node?.[key], spec);
    const text = JSON.stringify(at).replace(/"#\/components\/schemas\/(\w+)Row"/g, '"spec#/components/schemas/$1PartialRow"').replace(/"#\//g, '"spec#/');
    narrowed.set(pointer, ajv.compile(JSON.parse(text)));
  }
  return narrowed.get(pointer)!;
}

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const templates = Object.keys(spec.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^{}]+\}/g, '[^/]+')}$`),
}));

export interface CheckedResponse { status: number; headers: Record<string, unknown>; body: string }

/** Throws unless the response's status is documented for its route and its body matches the schema. */
export function assertMatchesSpec(method: string, url: string, response: CheckedResponse): void {
  if (response.status === 304 || method === 'HEAD') return;
  const path = url.split('?')[0]!;
  const contentType = String(response.headers['content-type'] ?? '').split(';')[0]!;
  const route = templates.find((t) => t.pattern.test(path));
  const documented = route ? spec.paths[route.template]?.[method.toLowerCase()] : undefined;
  let pointer: string;
  if (documented) {
    const status = documented.responses[String(response.status)];
    if (!status) throw new Error(`${method} ${url}: status ${response.status} is not documented for ${route!.template}`);
    if (!status.content?.[contentType]) throw new Error(`${method} ${url}: ${response.status} ${contentType} is not documented for ${route!.template}`);
    pointer = `spec#/paths/${escape(route!.template)}/${method.toLowerCase()}/responses/${response.status}/content/${escape(contentType)}/schema`;
  } else {
    if (contentType !== 'application/problem+json') throw new Error(`${method} ${url}: an undocumented route answered ${response.status} ${contentType}`);
    pointer = 'spec#/components/schemas/Problem';
  }
  if (!['application/json', 'application/problem+json'].includes(contentType)) return;
  const validate = new URL(url, 'http://x').searchParams.has('fields') && response.status === 200 ? narrowedValidator(pointer) : ajv.getSchema(pointer);
  if (!validate) throw new Error(`no schema at ${pointer}`);
  if (!validate(JSON.parse(response.body))) {
    throw new Error(`${method} ${url}: body does not match ${pointer}: ${ajv.errorsText(validate.errors)}`);
  }
}
