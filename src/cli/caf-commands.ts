import type { Command } from './commands.ts';

/** Commands: caf:report. Being built (issue 5). */
export const CAF_COMMANDS: Record<string, Command> = {};
