#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages that some tests drive for real. Without them those tests are skipped, each
# naming its package; with them, `npm test` runs everything. Needs root (or sudo) and apt.
#   chromium         opens the HTML and rendered Markdown reports headless (test/browser)
#   cmark-gfm        renders the Markdown the way GitHub does (test/browser)
#   libxml2-utils    xmllint validates the JUnit reports (test/report, test/gitlab)
#   rsync, git       gitlab-ci-local copies job artifacts with rsync and needs a committed git project (test/gitlab)
#   python3          a command model written in Python, on Debian's /usr/bin/python3 (test/model)
#   python3-sklearn  a real external trainer on Debian's /usr/bin/python3 (test/train)
#   python3-pandas   with python3-sklearn, the pandas + scikit-learn peer of `npm run bench` (bench/peers)
#   zstd             @actions/cache compresses with it (test/train, GitHub cache adapter)
#   prometheus       a real Prometheus scrapes the reference model server's /metrics (test/model); promtool lints it
set -euo pipefail
packages=(chromium cmark-gfm libxml2-utils rsync git python3 python3-sklearn python3-pandas zstd prometheus)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]} == 0)); then
  echo "test:setup: every system package is installed (${packages[*]})"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "test:setup: no apt-get here; install these packages yourself, or the tests that need them are skipped: ${missing[*]}" >&2
  exit 0
fi
sudo=()
if ((EUID != 0)); then
  if command -v sudo >/dev/null; then sudo=(sudo); else
    echo "test:setup: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "test:setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
