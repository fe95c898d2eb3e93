/** Wall time and CPU seconds (this process, and another process read from /proc) of consecutive stages. */
import fs from 'node:fs';

/** CPU seconds (user + system) a Linux process has used so far, from /proc; 0 where /proc cannot be read. */
export function neo4jCpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name, in clock ticks.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

interface Stage {
  wall: number;
  cpu: number;
  other: number;
}

/** Splits a run into named stages; a stage named again adds to its earlier figures. */
export class StageClock {
  private readonly stages = new Map<string, Stage>();
  private wall = performance.now();
  private cpu = process.cpuUsage();
  private other: () => number = () => 0;
  private otherAt = 0;

  /** Also reads another process's CPU seconds for each stage from now on. */
  watch(read: () => number): void {
    this.other = read;
    this.otherAt = read();
  }

  /** Ends the current stage under `name`. */
  stage(name: string, accumulate = false): void {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const other = this.other();
    const now: Stage = {
      wall: (wall - this.wall) / 1000,
      cpu: (cpu.user - this.cpu.user + cpu.system - this.cpu.system) / 1e6,
      other: other - this.otherAt,
    };
    const before = this.stages.get(name);
    if (before && !accumulate) throw new Error(`stage ${name} ended twice`);
    this.stages.set(name, before ? { wall: before.wall + now.wall, cpu: before.cpu + now.cpu, other: before.other + now.other } : now);
    this.wall = wall;
    this.cpu = cpu;
    this.otherAt = other;
  }

  /** Prints a table of the stages with their share of the wall time. */
  print(): void {
    const total = [...this.stages.values()].reduce((a, s) => a + s.wall, 0);
    console.log(`${'stage'.padEnd(32)} ${'wall s'.padStart(8)} ${'share'.padStart(6)} ${'node cpu s'.padStart(11)} ${'neo4j cpu s'.padStart(12)}`);
    for (const [name, s] of this.stages) {
      const share = `${((s.wall / total) * 100).toFixed(1)}%`;
      console.log(`${name.padEnd(32)} ${s.wall.toFixed(2).padStart(8)} ${share.padStart(6)} ${s.cpu.toFixed(2).padStart(11)} ${s.other.toFixed(2).padStart(12)}`);
    }
  }
}
