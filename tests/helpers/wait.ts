// Waiting for something a process does, bounded by a number of polls: a fixed sleep races the machine's
// load (too short when it is busy, wasted when it is idle); a poll returns as soon as the thing happened.

/** Resolves once condition() holds; polls every `everyMs`, and after `polls` tries throws naming what never happened. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, { polls = 600, everyMs = 50 } = {}): Promise<void> {
  for (let i = 0; i < polls; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`${what}: still not so after ${polls} polls ${everyMs} ms apart`);
}
