#!/usr/bin/env bash
# Runs tests/frontend/stdlib_check.py with CPython 3.12 (see that file):
# stdlib acceptance, AST dump agreement, mutation agreement. Not part of
# `make test`; needs CPython 3.12 (PYENV_VERSION=3.12.1 python3.12).
# Usage: tests/frontend/stdlib-check.sh [options of stdlib_check.py]
set -u
cd "$(dirname "$0")/../.."
PY="env PYENV_VERSION=3.12.1 python3.12"
if ! $PY -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null; then
  echo "stdlib-check: CPython 3.12 not found; skipped"
  exit 0
fi
exec $PY -W ignore tests/frontend/stdlib_check.py "$@"
