// A script's command line, read strictly with node:util's parseArgs: `--help` (`-h`) prints the script's
// opening comment, which is its usage, and exits 0; an unknown option or a missing value exits 1 with the
// message and the usage line, never a stack trace. The usage lives once, in the comment that opens the script.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The `//` lines that open a file, without their slashes. */
function openingComment(scriptUrl: string): string[] {
  const lines = readFileSync(fileURLToPath(scriptUrl), 'utf8').split('\n');
  const end = lines.findIndex((line) => !line.startsWith('//'));
  return lines.slice(0, end < 0 ? lines.length : end).map((line) => line.replace(/^\/\/ ?/, ''));
}

/** parseArgs over the script's arguments, strict; on a mistake a message and exit 1, never a throw. */
export function readOptions<T extends ParseArgsConfig>(scriptUrl: string, config: T): ReturnType<typeof parseArgs<T>> {
  const argv = config.args ?? process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(openingComment(scriptUrl).join('\n'));
    process.exit(0);
  }
  try {
    return parseArgs<T>({ ...config, args: argv, strict: true });
  } catch (error) {
    const first = openingComment(scriptUrl)[0] ?? '';
    const usage = /^`[^`]*`/.exec(first)?.[0] ?? first;
    console.error(`${(error as Error).message}\nusage: ${usage} (--help for more)`);
    process.exit(1);
  }
}
