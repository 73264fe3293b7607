/** Says once, before the run, which system packages are missing and so which suites will be skipped. */
import { SYSTEM_TOOLS, missingPackages } from './system.js';

export default function reportMissingSystemPackages(): void {
  const missing = missingPackages(...Object.values(SYSTEM_TOOLS));
  if (missing.length) {
    process.stderr.write(
      `modelgate tests: skipping the suites that need ${missing.join(', ')} (not installed); ` +
        `install with: npm run test:setup (or apt-get install ${missing.join(' ')})\n`,
    );
  }
}
