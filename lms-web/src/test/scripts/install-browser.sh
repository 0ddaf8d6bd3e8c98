#!/usr/bin/env bash
# Installs what the browser tests need from Debian's packages: Chromium, its driver and a Japanese font.
# Run by `mvn verify` when /usr/bin/chromedriver is missing (and by .ci/run). Needs root and apt-get;
# elsewhere it says what to install and the browser tests are skipped (unless lms.browser.required=true).
set -euo pipefail
packages=(chromium chromium-driver fonts-noto-cjk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "Browser tests need Debian packages: ${missing[*]} (apt-get install as root). Skipping the install." >&2
  exit 0
fi
echo "Installing ${missing[*]} for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
