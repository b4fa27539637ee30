// Finds the article paths in a command line, whether the app runs packaged or as `electron .`.
import { isAbsolute, resolve } from 'node:path';

/**
 * `argv` is the process's (or a second instance's) command line; `leadingArgs` is how many of its non-switch
 * entries precede the user's own (1 when packaged: the executable; 2 unpackaged: electron and the app folder).
 * Switches such as `--no-sandbox` may stand anywhere and are skipped; relative paths resolve against
 * `workingDirectory`.
 */
export function articlePathsFromArgv(argv: readonly string[], leadingArgs: number, workingDirectory: string): string[] {
  return argv
    .filter((arg) => arg.length > 0 && !arg.startsWith('-'))
    .slice(leadingArgs)
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}
