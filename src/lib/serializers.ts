// Fastify compiles a response serializer per route, status and content type at start-up, and compiling was
// most of the time to first answer. Only the JSON bodies of data answers go through these serializers:
// problem+json bodies are sent with JSON.stringify by the error handler, and CSV and NDJSON by the formats
// plugin, so those get JSON.stringify here without a compile. Each distinct JSON schema is compiled once.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type Serializer = (data: unknown) => string;
type Compile = (route: { schema: unknown; contentType?: string }) => Serializer;

export function memoizedSerializerFactory() {
  const buildFactory = SerializerSelector();
  return (externalSchemas: unknown, options: unknown) => {
    const compile = buildFactory(externalSchemas as never, options as never) as unknown as Compile;
    const compiled = new Map<string, Serializer>();
    return (route: { schema: unknown; contentType?: string }) => {
      if (route.contentType !== undefined && route.contentType !== 'application/json') return JSON.stringify as Serializer;
      const key = JSON.stringify(route.schema);
      let serializer = compiled.get(key);
      if (!serializer) {
        serializer = compile(route);
        compiled.set(key, serializer);
      }
      return serializer;
    };
  };
}
