// The rspamd anchor of `npm run bench`: rspamd's CPU time per message on the same .eml inputs.
//
// rspamd runs from a private temporary directory: its own top-level config (the stock rules and
// modules of /etc/rspamd, one "normal" worker group on a loopback port, no controller, proxy or
// fuzzy storage), local.d overrides that switch off every module which asks the network (DNS
// blocklists, SPF, DKIM, DMARC, ARC, ASN, fuzzy hashes, neural, Redis-backed modules, URL maps,
// updates), and a resolver that is a UDP socket of this process. That socket counts the queries
// rspamd still makes and refuses each at once: with DNS truly off the count is 0, and a lookup
// that slipped through can neither time out (which would make rspamd look slow) nor leave the
// machine. The count is printed.
//
// CPU is read from /proc/<pid>/stat (utime + stime, plus the children's cutime + cstime, so a
// worker that exits in between is still counted) over every process in rspamd's process group:
// the main process, its scanner workers and the hyperscan helper. Wall time is not used.
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { createServer, request, Agent } from 'node:http';

const INSTALL = 'install it with: apt-get install -y rspamd';
const sleep = (t) => new Promise((r) => setTimeout(r, t));

/**
 * Modules that would look up DNS (blocklists, SPF, DKIM keys, reverse DNS of the Received hosts
 * in once_received and hfilter), open connections (Redis, fuzzy servers, scanners) or fetch maps.
 */
const NETWORK_MODULES = [
  'antivirus', 'arc', 'asn', 'aws_s3', 'bimi', 'clickhouse', 'dcc', 'dkim', 'dkim_signing', 'dmarc',
  'elastic', 'emails', 'external_relay', 'external_services', 'fuzzy_check', 'greylist', 'hfilter',
  'history_redis', 'metadata_exporter', 'metric_exporter', 'multimap', 'mx_check', 'neural', 'once_received', 'p0f',
  'phishing', 'ratelimit', 'rbl', 'replies', 'reputation', 'rspamd_update', 'spamtrap', 'spf', 'surbl',
  'url_redirector', 'whitelist',
];

/** The /proc/<pid>/stat fields (from field 3, state, on) of every live process in group `pgid`. */
function groupStats(pgid) {
  const stats = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended while we looked
    }
    // After the command name, which may hold spaces and parentheses.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(f[5 - 3]) === pgid) stats.push(f);
  }
  return stats;
}

/** CPU milliseconds so far of process group `pgid`: utime + stime + cutime + cstime of each. */
const groupCpuMs = (pgid, tickMs) =>
  groupStats(pgid).reduce((sum, f) => sum + (Number(f[14 - 3]) + Number(f[15 - 3]) + Number(f[16 - 3]) + Number(f[17 - 3])) * tickMs, 0);

/** A resolver that answers every query REFUSED at once, and keeps the names asked. */
async function refusingResolver() {
  const socket = createSocket('udp4');
  const names = [];
  socket.on('message', (msg, peer) => {
    if (msg.length < 12) return;
    const labels = [];
    for (let o = 12; o < msg.length && msg[o]; o += msg[o] + 1) labels.push(msg.subarray(o + 1, o + 1 + msg[o]).toString('latin1'));
    names.push(labels.join('.'));
    const reply = Buffer.from(msg);
    reply[2] = 0x80 | (msg[2] & 0x79); // a response; opcode and RD kept
    reply[3] = 0x05; // REFUSED
    socket.send(reply, peer.port, peer.address);
  });
  await new Promise((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { port: socket.address().port, names, close: () => socket.close() };
}

/** A free loopback TCP port (bound and released; rspamd binds it a moment later). */
const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

function writeConfig(dir, { port, dnsPort, workers }) {
  const local = join(dir, 'local.d');
  mkdirSync(local);
  for (const m of NETWORK_MODULES) writeFileSync(join(local, `${m}.conf`), 'enabled = false;\n');
  // Maps that would be fetched from maps.rspamd.com: only their copies shipped in /etc/rspamd
  // (override.d, since local.d would add to the list of sources rather than replace it).
  const override = join(dir, 'override.d');
  mkdirSync(override);
  writeFileSync(join(override, 'mime_types.conf'), 'file = ["${CONFDIR}/maps.d/mime_types.inc"];\n');
  writeFileSync(join(override, 'mid.conf'), 'source { url = ["${CONFDIR}/maps.d/mid.inc"]; }\n');
  writeFileSync(
    join(dir, 'rspamd.conf'),
    `.include "$CONFDIR/common.conf"
options {
  .include "$CONFDIR/options.inc"
  .include(priority=10) "${dir}/options.inc"
}
logging {
  type = "file";
  filename = "${dir}/db/rspamd.log";
  level = "info";
}
worker "normal" {
  bind_socket = "127.0.0.1:${port}";
  count = ${workers};
  mime = true;
}
`,
  );
  // C modules: only those that work offline (dkim and fuzzy_check need the network).
  writeFileSync(
    join(dir, 'options.inc'),
    `pidfile = "${dir}/db/rspamd.pid";
filters = "chartable,regexp";
dns { nameserver = ["127.0.0.1:${dnsPort}"]; timeout = 1s; retransmits = 1; }
`,
  );
}

/**
 * Starts rspamd, scans `emls` (buffers) once to warm it, then `rounds` times, measuring its CPU.
 * Returns { version, workers, cpuMsPerMessage, scanned, withSymbols (replies with a score and
 * symbols), settled (whether it went idle after start, hyperscan compiled), dnsQueries (the names
 * it still asked for; none with DNS off) } or { skipped: reason }.
 */
export async function benchRspamd(emls, { rounds, workers }) {
  if (spawnSync('which', ['rspamd']).status !== 0) return { skipped: INSTALL };
  if (!emls.length) return { skipped: 'no .eml inputs' };
  try {
    readFileSync('/proc/self/stat');
  } catch {
    return { skipped: 'CPU time is read from /proc, which this system lacks' };
  }
  const version = /version ([\d.]+)/.exec(spawnSync('rspamd', ['--version'], { encoding: 'utf8' }).stdout)?.[1] ?? '?';
  const tickMs = 1000 / (Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100);
  const dir = mkdtempSync(join(tmpdir(), 'graylint-bench-rspamd-'));
  const dns = await refusingResolver();
  const port = await freePort();
  writeConfig(dir, { port, dnsPort: dns.port, workers });
  mkdirSync(join(dir, 'db'));
  // rspamd will not run its workers as root: as root they run as nobody, who must read the
  // config and write the db directory (logs, hyperscan cache, statistics).
  const args = ['-f', '-c', join(dir, 'rspamd.conf'), '--var', `LOCAL_CONFDIR=${dir}`, '--var', `DBDIR=${dir}/db`, '--var', `RUNDIR=${dir}/db`, '--var', `LOGDIR=${dir}/db`];
  if (process.getuid?.() === 0) {
    const id = (flag) => spawnSync('id', [flag, 'nobody'], { encoding: 'utf8' }).stdout.trim();
    chmodSync(dir, 0o755);
    chownSync(join(dir, 'db'), Number(id('-u')), Number(id('-g')));
    args.push('-u', 'nobody', '-g', id('-gn'));
  }
  // Its own process group: CPU is summed over the group, and stopping it stops every worker.
  const rspamd = spawn('rspamd', args, { detached: true, stdio: 'ignore' });
  const exited = new Promise((resolve) => rspamd.once('exit', resolve).once('error', resolve));
  let alive = true;
  exited.then(() => (alive = false));
  const killGroup = (signal) => {
    try {
      process.kill(-rspamd.pid, signal);
    } catch {
      // the group is gone
    }
  };
  /** SIGTERM (rspamd stops its workers), then SIGKILL for whatever of the group is left after 10 s. */
  const stop = async () => {
    killGroup('SIGTERM');
    for (let t = 0; t < 10_000 && groupStats(rspamd.pid).length; t += 100) await sleep(100);
    if (groupStats(rspamd.pid).length) killGroup('SIGKILL');
    await exited;
  };
  // Detached, rspamd does not get the terminal's Ctrl-C: pass it on, then die of it as usual.
  const onSignal = (signal) => {
    killGroup('SIGKILL');
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  const agent = new Agent({ keepAlive: true, maxSockets: workers });
  const post = (path, bytes) =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`HTTP ${res.statusCode}: ${body.slice(0, 200)}`))));
      });
      req.on('error', reject);
      req.end(bytes);
    });
  const cpu = () => groupCpuMs(rspamd.pid, tickMs);
  /** Waits until rspamd uses no CPU for a second (hyperscan compiled, maps loaded), at most `limit` ms. */
  const settle = async (limit) => {
    for (let t = 0, last = cpu(); t < limit && alive; t += 1000) {
      await sleep(1000);
      const now = cpu();
      if (now - last <= tickMs) return true;
      last = now;
    }
    return false;
  };
  /** Scans every message, `workers` at a time; returns the parsed replies. */
  const scanAll = async () => {
    const replies = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < emls.length) {
          const i = next++;
          replies[i] = JSON.parse(await post('/checkv2', emls[i]));
        }
      }),
    );
    return replies;
  };
  try {
    let up = false;
    for (let i = 0; i < 240 && !up && alive; i++) {
      await sleep(500);
      up = await post('/checkv2', 'Subject: ping\n\nping\n').then(() => true, () => false);
    }
    if (!up) {
      const logText = (() => {
        try {
          return readFileSync(join(dir, 'db/rspamd.log'), 'utf8');
        } catch {
          return '';
        }
      })();
      const why = logText.split('\n').filter((l) => /\(main\)/.test(l) && /error|fatal|cannot/i.test(l)).slice(-1)[0] ?? '';
      return { skipped: `rspamd did not start${why ? `: ${why.trim()}` : ''}` };
    }
    // Hyperscan compiles its regexp databases in a helper process after start; the workers use
    // them once ready. Wait for that before timing, warm up with one pass, and wait again.
    const settled = await settle(300_000);
    const first = await scanAll();
    const withSymbols = first.filter((r) => typeof r.score === 'number' && r.symbols && Object.keys(r.symbols).length).length;
    await settle(30_000);
    const perRound = [];
    for (let i = 0; i < rounds; i++) {
      const before = cpu();
      await scanAll();
      perRound.push((cpu() - before) / emls.length);
    }
    perRound.sort((a, b) => a - b);
    return {
      version,
      workers,
      cpuMsPerMessage: perRound[Math.floor(perRound.length / 2)],
      scanned: first.length,
      withSymbols,
      settled,
      dnsQueries: [...dns.names],
    };
  } catch (err) {
    return { skipped: err.message };
  } finally {
    agent.destroy();
    dns.close();
    await stop();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    rmSync(dir, { recursive: true, force: true });
  }
}
