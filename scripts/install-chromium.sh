#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (the dashboard, the consumer tests, the API reference).
# Idempotent: does nothing when /usr/bin/chromium is already there. Uses sudo only when not root.
set -euo pipefail

# CHROMIUM_PATH names a browser already there (GitHub's runners have Chrome), which the tests then use.
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

# `env` so that sudo, which resets the environment, still runs apt non-interactively.
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
echo "install-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium installed')"
