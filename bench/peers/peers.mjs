/**
 * The peers `npm run bench` measures beside modelgate, when they are on the machine: the same evaluation of the same
 * file in pandas + scikit-learn (Debian's python3) and in DuckDB (@duckdb/node-api). A missing peer is reported as
 * not present and never fails the bench.
 */
import { spawnSync } from 'node:child_process';

/** Debian's interpreter: the python3 first on PATH may lack pandas and scikit-learn. */
const PYTHON = process.env.BENCH_PYTHON || '/usr/bin/python3';
/** The largest difference from modelgate's overall roc_auc still counted as agreement. */
export const ROC_AUC_TOLERANCE = 1e-9;

function pythonMissing() {
  const probe = spawnSync(PYTHON, ['-c', 'import pandas, sklearn'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} not found`;
  if (probe.status !== 0) return `${PYTHON} lacks pandas or scikit-learn (apt-get install python3-pandas python3-sklearn)`;
  return null;
}

function duckdbMissing() {
  try {
    import.meta.resolve('@duckdb/node-api');
    return null;
  } catch {
    return '@duckdb/node-api is not installed (npm ci installs it as a dev dependency)';
  }
}

/**
 * The selected peers, each with `missing` (why it is not present, or null) and `measure(file)`, which resolves to
 * {wallMs, rssMb, rocAuc, label}. `run` spawns a command and resolves to {wallMs, stdout}; `measureNode` runs a Node
 * script under the bench's probe and adds its peak RSS.
 */
export function peersOf(selected, { run, measureNode }) {
  const all = [
    {
      name: 'pandas',
      title: 'pandas + scikit-learn',
      missing: () => pythonMissing(),
      // Python reports its own peak RSS (ru_maxrss); the wall time is the bench's, spawn to exit, as for modelgate.
      measure: async (file) => {
        const { wallMs, stdout } = await run(PYTHON, ['bench/peers/pandas_sklearn.py', file]);
        const line = JSON.parse(stdout);
        return { wallMs, rssMb: line.max_rss_mb, rocAuc: line.roc_auc, label: line.peer };
      },
    },
    {
      name: 'duckdb',
      title: 'DuckDB',
      missing: () => duckdbMissing(),
      measure: async (file) => {
        const { wallMs, rssMb, stdout } = await measureNode(['bench/peers/duckdb.mjs', file]);
        const line = JSON.parse(stdout);
        return { wallMs, rssMb, rocAuc: line.roc_auc, label: line.peer };
      },
    },
  ];
  const unknown = selected.filter((name) => name !== 'none' && !all.some((peer) => peer.name === name));
  if (unknown.length > 0) throw new Error(`--peers takes pandas, duckdb or none, got "${unknown.join(',')}"`);
  return all.filter((peer) => selected.includes(peer.name)).map((peer) => ({ ...peer, missing: peer.missing() }));
}

/**
 * Measures every present peer on `file` and compares its overall roc_auc with modelgate's. A peer that fails is
 * reported and left out of the round rather than failing the bench: the bench measures modelgate.
 */
export async function measurePeers(peers, file, modelgate) {
  const results = {};
  for (const peer of peers) {
    if (peer.missing) continue;
    try {
      const measured = await peer.measure(file);
      const difference = Math.abs(measured.rocAuc - modelgate.rocAuc);
      results[peer.name] = {
        ...measured,
        ratio: modelgate.wallMs / measured.wallMs,
        rssRatio: modelgate.rssMb / measured.rssMb,
        rocAucAgrees: difference <= ROC_AUC_TOLERANCE,
      };
      if (!(difference <= ROC_AUC_TOLERANCE)) {
        console.error(
          `\n!!! ROC AUC MISMATCH: ${measured.label} gives ${measured.rocAuc} on the overall population of ${file}, modelgate ${modelgate.rocAuc} (difference ${difference}, tolerance ${ROC_AUC_TOLERANCE})\n`,
        );
      }
    } catch (error) {
      console.error(`peer ${peer.title} failed on ${file}, left out: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return results;
}

/** One line per measured peer for a round's log. */
export function peerLines(prefix, measured) {
  return Object.values(measured).map(
    (m) =>
      `${prefix} ${m.label}: ${(m.wallMs / 1000).toFixed(2)} s, ${m.rssMb.toFixed(0)} MB; modelgate x${m.ratio.toFixed(2)} its wall, x${m.rssRatio.toFixed(2)} its RSS` +
      (m.rocAucAgrees ? ', roc_auc agrees' : ', ROC AUC MISMATCH'),
  );
}
