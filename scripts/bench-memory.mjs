// Peak memory of a process tree, for npm run bench: the CLI (node: main thread and its worker
// threads in one process) and, with engine server, the PostgreSQL processes it starts (they
// run as another user when the CLI runs as root). Sampled every 50 ms from /proc (Linux), else
// from `ps`. Node's own peak is its VmHWM (the kernel's high-water mark, exact whatever the
// sampling interval); PostgreSQL's is the largest sum over its processes seen in one sample,
// as RSS and as PSS (RSS counts shared_buffers once per process that touched it; PSS splits it).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const hasProc = existsSync('/proc/self/status');

/** pid → { ppid, name } for every process, from /proc/<pid>/stat (or one `ps`). */
function processTable() {
  const table = new Map();
  if (!hasProc) {
    const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss=,comm='], { encoding: 'utf8' });
    for (const line of out.split('\n')) {
      const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line);
      if (match) table.set(Number(match[1]), { ppid: Number(match[2]), rssKb: Number(match[3]), name: match[4].split('/').pop() });
    }
    return table;
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      table.set(Number(entry), { ppid, name });
    } catch {
      // The process ended between listing /proc and reading it: it has no memory left to count.
    }
  }
  return table;
}

function descendants(table, root) {
  const children = new Map();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    if (!table.has(pid)) continue;
    found.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

const kbField = (text, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);

function statusOf(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { rssKb: kbField(text, 'VmRSS'), hwmKb: kbField(text, 'VmHWM') };
  } catch {
    return null;
  }
}

function pssKb(pid) {
  try {
    return kbField(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss');
  } catch {
    return null;
  }
}

const isPostgres = (name) => /^(postgres|initdb|postmaster)$/.test(name);

/**
 * Start sampling the tree under rootPid (the spawned child: /usr/bin/time, or node itself).
 * stop() returns { nodeKb, pgRssKb, pgPssKb, pgProcesses, treeKb } in kB (maxima).
 */
export function sampleTree(rootPid, intervalMs = 50) {
  const peak = { nodeKb: 0, pgRssKb: 0, pgPssKb: 0, pgProcesses: 0, treeKb: 0, pssAvailable: hasProc };
  let pssRead = 0;
  let pssMissing = 0;
  const seenPostgres = new Set();
  const nodeHwm = new Map();
  const sample = () => {
    const table = processTable();
    let pgRss = 0;
    let pgPss = 0;
    let nodeNow = 0;
    for (const pid of descendants(table, rootPid)) {
      const { name, rssKb: psRss } = table.get(pid);
      const status = hasProc ? statusOf(pid) : { rssKb: psRss, hwmKb: psRss };
      if (!status) continue;
      if (name === 'node' || name.startsWith('node')) {
        nodeNow += status.rssKb;
        nodeHwm.set(pid, Math.max(nodeHwm.get(pid) ?? 0, status.hwmKb));
      } else if (isPostgres(name)) {
        seenPostgres.add(pid);
        pgRss += status.rssKb;
        // A process that exits between the two reads has no smaps_rollup: count its RSS.
        const pss = hasProc ? pssKb(pid) : null;
        if (pss === null) pssMissing++;
        else pssRead++;
        pgPss += pss ?? status.rssKb;
      }
    }
    peak.pgRssKb = Math.max(peak.pgRssKb, pgRss);
    peak.pgPssKb = Math.max(peak.pgPssKb, pgPss);
    peak.treeKb = Math.max(peak.treeKb, nodeNow + pgPss);
    peak.nodeKb = [...nodeHwm.values()].reduce((sum, kb) => sum + kb, 0);
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peak.pgProcesses = seenPostgres.size;
      // PSS unreadable (not root, another user's processes): the figures are RSS.
      peak.pssAvailable = hasProc && (pssRead > 0 || pssMissing === 0);
      return peak;
    },
  };
}

/** GNU time's "Maximum resident set size (kbytes): N" (the largest single process it waited for). */
export function timeMaxRssKb(stderr) {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return match ? Number(match[1]) : null;
}

/** /usr/bin/time -v when this is GNU time on Linux. */
export function gnuTime() {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/time')) return null;
  try {
    execFileSync('/usr/bin/time', ['-v', 'true'], { stdio: 'pipe' });
    return '/usr/bin/time';
  } catch {
    return null;
  }
}

export const mb = (kb) => `${Math.round(kb / 1024)} MB`;
