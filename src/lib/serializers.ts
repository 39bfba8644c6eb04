// Fastify compiles a response serializer per route, status and content type at start-up, and compiling was
// most of the time to first answer: fast-json-stringify checks every shared schema it is given on every
// compile. So each compile is given only the shared schemas its route schema reaches through `$ref`, and
// each distinct JSON schema is compiled once. Only the JSON bodies of data answers go through these
// serializers: problem+json bodies are sent with JSON.stringify by the error handler, and CSV and NDJSON by
// the formats plugin, so those get JSON.stringify here without a compile.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type Serializer = (data: unknown) => string;
type Compile = (route: { schema: unknown; contentType?: string }) => Serializer;
type Schema = { $id?: string } & Record<string, unknown>;

/** The ids of the shared schemas a schema reaches through `$ref`, transitively. */
function reachedIds(schema: unknown, shared: Map<string, Schema>): Set<string> {
  const reached = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const id = value.split('#')[0]!;
        if (shared.has(id) && !reached.has(id)) { reached.add(id); visit(shared.get(id)); }
      } else visit(value);
    }
  };
  visit(schema);
  return reached;
}

export function memoizedSerializerFactory() {
  const buildFactory = SerializerSelector();
  return (externalSchemas: unknown, options: unknown) => {
    const shared = new Map(Object.values((externalSchemas ?? {}) as Record<string, Schema>).flatMap((s) => (s.$id ? [[s.$id, s] as const] : [])));
    const compiled = new Map<string, Serializer>();
    return (route: { schema: unknown; contentType?: string }) => {
      if (route.contentType !== undefined && route.contentType !== 'application/json') return JSON.stringify as Serializer;
      const key = JSON.stringify(route.schema);
      let serializer = compiled.get(key);
      if (!serializer) {
        const needed = Object.fromEntries([...reachedIds(route.schema, shared)].map((id) => [id, shared.get(id)!]));
        serializer = (buildFactory(needed as never, options as never) as unknown as Compile)(route);
        compiled.set(key, serializer);
      }
      return serializer;
    };
  };
}
