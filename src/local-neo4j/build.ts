/** Builds the launcher (launcher/pom.xml) with Maven on first use: compiles the class and copies the Neo4j jars. */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from '../errors.js';
import { requireTool } from './tools.js';

/** Paths of the built launcher inside `launcherDir`. */
export function launcherPaths(launcherDir: string): { classes: string; lib: string; stamp: string; classpath: string } {
  const target = path.join(launcherDir, 'target');
  const classes = path.join(target, 'classes');
  const lib = path.join(target, 'lib');
  return { classes, lib, stamp: path.join(target, 'build.stamp'), classpath: `${classes}${path.delimiter}${path.join(lib, '*')}` };
}

function sourceHash(launcherDir: string): string {
  const hash = crypto.createHash('sha256');
  hash.update(fs.readFileSync(path.join(launcherDir, 'pom.xml')));
  const sources = path.join(launcherDir, 'src/main/java/policykg');
  for (const name of fs.readdirSync(sources).filter((f) => f.endsWith('.java')).sort()) {
    hash.update(name);
    hash.update(fs.readFileSync(path.join(sources, name)));
  }
  return hash.digest('hex');
}

/** True when the launcher's classes and jars are built from the current pom.xml and source. */
export function launcherIsBuilt(launcherDir: string): boolean {
  const { stamp } = launcherPaths(launcherDir);
  return fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === sourceHash(launcherDir);
}

/** Builds the launcher unless it is up to date; Maven's output goes to `logFile`. */
export async function ensureLauncherBuilt(launcherDir: string, logFile: string, log: (line: string) => void): Promise<void> {
  if (launcherIsBuilt(launcherDir)) return;
  requireTool('mvn');
  log('Building the local Neo4j launcher with Maven (first use downloads Neo4j from Maven Central)…');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, 'a');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('mvn', ['-B', '-q', '-f', path.join(launcherDir, 'pom.xml'), 'compile', 'dependency:copy-dependencies'], {
      stdio: ['ignore', out, out],
    });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  fs.closeSync(out);
  if (code !== 0) {
    throw new LocalNeo4jError(
      `Building the local Neo4j launcher failed (mvn exit code ${code}). Maven needs Maven Central to download Neo4j; see the log: ${logFile}`,
    );
  }
  fs.writeFileSync(launcherPaths(launcherDir).stamp, sourceHash(launcherDir));
}
