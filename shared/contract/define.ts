import type { z } from 'zod';

/** Who may call a channel. `public` works before log-in (app info, setup, log-in itself). */
export type Access = 'public' | 'read' | 'write' | 'head';

export type ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  input: I;
  output: O;
  access: Access;
  /** Shown in the audit log and the CLI help. */
  title: string;
};

export function channel<I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>): ChannelSpec<I, O> {
  return spec;
}
