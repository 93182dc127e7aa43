export const EXIT = { ok: 0, invalid: 1, usage: 2, damaged: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A command's failure with its exit code; the message is for the person at the terminal, in Chinese. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export type CliContext = {
  dbPath: string;
  json: boolean;
  args: string[];
  out: (text: string) => void;
  readStdin: () => Promise<string>;
};

/** Prints a value as JSON (`--json`) or as the text the command formats. */
export function emit(ctx: CliContext, value: unknown, text: () => string): void {
  ctx.out(ctx.json ? JSON.stringify(value, null, 2) : text());
}

export async function readAllStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new CliError(EXIT.usage, '请通过标准输入提供密码，例如：echo 密码 | npm run cli -- init …');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
