// Fastify compiles a response serializer per route, status and content type at start-up. Most of them are
// the same schema (the problem body on every route), so each distinct schema is compiled once; this took
// start-up to first answer under the one second the service promises.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type Compile = (route: { schema: unknown }) => (data: unknown) => string;

export function memoizedSerializerFactory() {
  const buildFactory = SerializerSelector();
  return (externalSchemas: unknown, options: unknown) => {
    const compile = buildFactory(externalSchemas as never, options as never) as unknown as Compile;
    const compiled = new Map<string, (data: unknown) => string>();
    return (route: { schema: unknown }) => {
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
