import type { Command } from './commands.ts';

/** Commands: survey:results. Being built (issue 5). */
export const SURVEY_COMMANDS: Record<string, Command> = {};
