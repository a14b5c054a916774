import type { Command } from './commands.ts';

/** Commands: kpi:import, kpi:values. Being built (issue 5). */
export const KPI_COMMANDS: Record<string, Command> = {};
