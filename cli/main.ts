/**
 * Dispatches `sidevogn <command> ...` to cli/commands/<command>.ts. Each command module
 * exports `run(args, io)` and returns its exit code.
 */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export type CommandRunner = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<{ run: CommandRunner }> }> = {
  // Commands register here: name → lazy module, so one broken command cannot break the others.
};

export function registerCommand(name: string, summary: string, load: () => Promise<{ run: CommandRunner }>): void {
  commands[name] = { summary, load };
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`);
  return ['Brug: sidevogn <kommando> [valg]', '', 'Kommandoer:', ...lines].join('\n');
}

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  await import('./commands/index.ts');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Ukendt kommando: ${name}\n\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest, io);
}
