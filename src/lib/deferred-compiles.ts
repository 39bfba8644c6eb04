// Fastify compiles every route's request validators (Ajv) and response serializers (fast-json-stringify)
// when the route is added. A query worker answers only the cache misses of the routes that are not bounded
// work, so compiling them all cost it code, memory and time to start for routes it never answers. Here each
// compile is deferred to the first call of what it compiles, or to compileAll: an app compiles all of them
// when it is ready (the server's main thread: compiled on first use instead, a burst of first requests
// compiled every route inside one turn of the event loop, which the overload shedding reads as overload),
// a query worker's app on first use.
import AjvCompiler from '@fastify/ajv-compiler';

type Callable = (this: unknown, ...args: unknown[]) => unknown;
/** What Fastify's compiler factories take and give (Fastify types them loosely too). */
type Compiler = (route: unknown) => Callable;
type CompilerFactory = (externalSchemas: unknown, options: unknown) => Compiler;

/** The compiles of one app not run yet, in the order they were asked for. */
export class DeferredCompiles {
  private readonly pending = new Set<() => unknown>();

  /** Fastify's default validator compiler (Ajv through @fastify/ajv-compiler), each compile deferred. */
  validatorFactory(): CompilerFactory {
    const build = AjvCompiler() as unknown as CompilerFactory;
    return (externalSchemas, options) => {
      let compiler: Compiler | undefined;
      return (route) => this.defer(() => (compiler ??= build(externalSchemas, options))(route));
    };
  }

  /** The given serializer compiler factory, each compile deferred. */
  serializerFactory(factory: CompilerFactory): CompilerFactory {
    return (externalSchemas, options) => {
      let compiler: Compiler | undefined;
      return (route) => this.defer(() => (compiler ??= factory(externalSchemas, options))(route));
    };
  }

  /** How many compiles have not run yet. */
  get size(): number {
    return this.pending.size;
  }

  /** Runs every compile not run yet; returns the first that fails (a schema that does not compile), if any. */
  compileAllError(): Error | undefined {
    try {
      for (const compile of this.pending) compile();
      return undefined;
    } catch (error) {
      return error as Error;
    }
  }

  /**
   * A function that compiles on its first call (or when compileAllError reaches it) and then calls the compiled
   * one. Fastify also reads two properties of a validator: `schemaEnv` (Ajv's, just before calling it: with
   * it, Fastify passes the parent object so Ajv may replace the root value) and `errors` after a failed
   * call; both are read through to the compiled function.
   */
  private defer(compile: () => Callable): Callable {
    let compiled: Callable | undefined;
    const ensure = () => {
      if (compiled === undefined) {
        compiled = compile();
        this.pending.delete(ensure);
      }
      return compiled;
    };
    this.pending.add(ensure);
    // Two parameters, not a rest parameter: Ajv's validators take (data, context), serializers (data).
    const call = function (this: unknown, data: unknown, context: unknown) {
      return ensure().call(this, data, context);
    };
    Object.defineProperties(call, {
      schemaEnv: { get: () => (ensure() as unknown as { schemaEnv?: unknown }).schemaEnv },
      errors: { get: () => (compiled as unknown as { errors?: unknown } | undefined)?.errors },
    });
    return call;
  }
}
