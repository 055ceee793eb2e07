/**
 * The command registry of the `callvault` CLI. Commands register themselves by name; other
 * feature owners add one file under src/cli/commands/ (e.g. users.ts from the console owner),
 * which index.ts loads when present.
 */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  name: string;
  /** One line for `callvault help`. */
  summary: string;
  /** Usage text (flags). */
  usage: string;
  /** Returns the process exit code. */
  run(argv: string[], io: CliIo): Promise<number>;
}

const commands = new Map<string, Command>();

export function registerCommand(command: Command): void {
  commands.set(command.name, command);
}

export function getCommand(name: string): Command | undefined {
  return commands.get(name);
}

export function listCommands(): Command[] {
  return [...commands.values()].sort((a, b) => a.name.localeCompare(b.name));
}
