#!/bin/sh
# Install what the browser test of `reactlib render` needs: Debian's chromium and the
# Playwright Python driver (which drives that chromium; `playwright install` is never run,
# so no browser is downloaded from anywhere but Debian).
#
# Idempotent: each part is installed only when missing, and a run where everything is
# already present does nothing and succeeds.
#
# Usage: .ci/browser-setup.sh [PYTHON]   (default: $PYTHON, else python3)
set -eu

PY="${1:-${PYTHON:-python3}}"

if command -v chromium >/dev/null 2>&1; then
    echo "browser-setup: chromium present ($(command -v chromium))"
else
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    echo "browser-setup: installing Debian's chromium"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium
fi

if "$PY" -c "import playwright.sync_api" >/dev/null 2>&1; then
    echo "browser-setup: playwright present"
else
    echo "browser-setup: installing the playwright Python package"
    "$PY" -m pip install --quiet "playwright>=1.40"
fi
