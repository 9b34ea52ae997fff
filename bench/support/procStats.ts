import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * What the kernel says about a process (Linux /proc): its resident memory, its
 * open file descriptors and its established TCP connections to a port. Read
 * from outside the process, so measuring costs the API nothing.
 */

/** VmRSS of the process in bytes, from /proc/<pid>/status. */
export function residentBytes(pid: number): number {
  const line = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line?.[1]) throw new Error(`no VmRSS in /proc/${pid}/status: is the process still running?`);
  return Number(line[1]) * 1024;
}

/** How many file descriptors the process holds open (/proc/<pid>/fd). */
export function openFileDescriptors(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** The socket inodes among the process's descriptors (`socket:[12345]`). */
function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match?.[1]) inodes.add(match[1]);
    } catch {
      // closed between listing and reading
    }
  }
  return inodes;
}

const ESTABLISHED = '01';

/**
 * Established TCP connections the process holds to `remotePort` (e.g. its
 * Bolt connections to Neo4j): /proc/<pid>/net/tcp{,6} lists every socket of
 * the network namespace, so only those whose inode is one of the process's
 * descriptors are counted.
 */
export function establishedConnectionsTo(pid: number, remotePort: number): number {
  const mine = socketInodes(pid);
  const portHex = remotePort.toString(16).toUpperCase().padStart(4, '0');
  let count = 0;
  for (const table of ['tcp', 'tcp6']) {
    let text = '';
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8');
    } catch {
      continue; // no IPv6 in this namespace
    }
    for (const row of text.split('\n').slice(1)) {
      const cols = row.trim().split(/\s+/);
      const remote = cols[2];
      if (!remote || cols[3] !== ESTABLISHED || !remote.endsWith(`:${portHex}`)) continue;
      if (cols[9] !== undefined && mine.has(cols[9])) count++;
    }
  }
  return count;
}
