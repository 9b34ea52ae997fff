import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Neo4j 5.26 runs on Java 17 and 21. */
const SUPPORTED = [17, 21];

/**
 * Finds the `java` to run Neo4j with ($JAVA_HOME/bin/java, else the one on
 * PATH) and checks its major version; throws a message that says what to
 * install when there is none or it is the wrong one.
 */
export async function findJava(javaHome?: string): Promise<{ bin: string; major: number }> {
  const bin = javaHome ? join(javaHome, 'bin', 'java') : 'java';
  let output: string;
  try {
    const { stderr, stdout } = await run(bin, ['-version']);
    output = `${stderr}${stdout}`;
  } catch {
    throw new Error(
      `Java was not found (${bin}). Neo4j needs Java 17 or 21: install a JDK (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!SUPPORTED.includes(major)) {
    throw new Error(
      `${bin} is Java ${Number.isNaN(major) ? 'of unknown version' : major}; Neo4j 5.26 needs Java 17 or 21. Set JAVA_HOME to such a JDK.`,
    );
  }
  return { bin, major };
}
