#!/usr/bin/env bash
# Makes sure a Firefox is there for the Firefox smoke suite (test/firefox/). Like ensure-chromium.sh:
# browser downloads by test tools fail on these machines, so this uses $FIREFOX_PATH or Debian's
# firefox-esr, installs that package when neither is there, and says what it does.
set -euo pipefail
if [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; then
  echo "ensure-firefox: using FIREFOX_PATH=$FIREFOX_PATH"
  exit 0
fi
if [ -x /usr/bin/firefox-esr ]; then
  echo "ensure-firefox: using /usr/bin/firefox-esr"
  exit 0
fi
echo "ensure-firefox: no Firefox found; installing Debian's 'firefox-esr' package (apt-get update && apt-get install -y firefox-esr)"
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y firefox-esr
