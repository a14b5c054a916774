import os from 'node:os';

/** What the figures were measured on, for every benchmark's JSON. `loadAtStart`: 1-minute load average then. */
export function machineInfo(loadAtStart?: number) {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    // Other work on the machine skews the figures: the load average shows how much there was.
    ...(loadAtStart === undefined
      ? {}
      : { loadAverage: { start: Math.round(loadAtStart * 100) / 100, end: Math.round(os.loadavg()[0]! * 100) / 100 } }),
  };
}

/**
 * The fields every benchmark report opens with: which benchmark, when, on what machine, with which settings
 * and against which targets. Reports keep this order, so their JSON can be compared side by side.
 */
export function reportHead<S, T>(benchmark: string, loadAtStart: number, settings: S, targets: T) {
  return { benchmark, at: new Date().toISOString(), machine: machineInfo(loadAtStart), settings, targets };
}
