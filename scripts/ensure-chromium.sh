#!/usr/bin/env bash
# Makes sure a Chromium is there for the browser tests. Test tools' own browser downloads fail on
# these machines, so this uses $CHROME_PATH or Debian's package, and says what it does.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then
  echo "ensure-chromium: using CHROME_PATH=$CHROME_PATH"
  exit 0
fi
for p in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$p" ]; then echo "ensure-chromium: using $p"; exit 0; fi
done
echo "ensure-chromium: no Chromium found; installing Debian's 'chromium' package (apt-get update && apt-get install -y chromium)"
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
