/**
 * System tools some tests drive for real (a browser, GitHub's Markdown renderer, xmllint, rsync, zstd, Debian's
 * python3 with scikit-learn, Prometheus). `npm run test:setup` installs them on Debian or Ubuntu; where one is missing, the
 * tests that need it are skipped with a title that names the package to install, instead of failing.
 */
import { spawnSync } from 'node:child_process';

export interface SystemTool {
  /** The Debian package that provides it. */
  debianPackage: string;
  /** Runs a command that exits 0 when the tool is there and usable. */
  probe: [string, ...string[]];
}

export const SYSTEM_TOOLS = {
  chromium: { debianPackage: 'chromium', probe: ['/usr/bin/chromium', '--version'] },
  cmarkGfm: { debianPackage: 'cmark-gfm', probe: ['cmark-gfm', '--version'] },
  xmllint: { debianPackage: 'libxml2-utils', probe: ['/usr/bin/xmllint', '--version'] },
  rsync: { debianPackage: 'rsync', probe: ['rsync', '--version'] },
  zstd: { debianPackage: 'zstd', probe: ['zstd', '--version'] },
  git: { debianPackage: 'git', probe: ['git', '--version'] },
  python3: { debianPackage: 'python3', probe: ['/usr/bin/python3', '--version'] },
  sklearn: { debianPackage: 'python3-sklearn', probe: ['/usr/bin/python3', '-c', 'import sklearn'] },
  prometheus: { debianPackage: 'prometheus', probe: ['/usr/bin/prometheus', '--version'] },
} satisfies Record<string, SystemTool>;

const seen = new Map<SystemTool, boolean>();

function present(tool: SystemTool): boolean {
  let ok = seen.get(tool);
  if (ok === undefined) {
    const [command, ...args] = tool.probe;
    ok = spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 }).status === 0;
    seen.set(tool, ok);
  }
  return ok;
}

/** The packages of the given tools that are not installed here; empty when every tool is present. */
export function missingPackages(...tools: SystemTool[]): string[] {
  return tools.filter((tool) => !present(tool)).map((tool) => tool.debianPackage);
}

/**
 * A suffix for a describe title: empty when the tools are there, else the skip reason with the install line,
 * so the skipped suite says in the test output what to install.
 */
export function skipNote(missing: string[]): string {
  return missing.length ? ` (skipped: apt-get install ${missing.join(' ')}, or npm run test:setup)` : '';
}
