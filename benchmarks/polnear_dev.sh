#!/bin/sh
# Score reactlib's quotes on PolNeAR (development splits only: train and dev).
# usage: benchmarks/polnear_dev.sh [dev|train] [--limit N] [--verbose]
# The test split is held out: run ../shared/eval/polnear.py on it only to report.
set -e
cd "$(dirname "$0")/.."
split="${1:-dev}"
[ $# -gt 0 ] && shift
case "$split" in
  dev|train) ;;
  *) echo "polnear_dev.sh: only dev or train (test is held out)" >&2; exit 2 ;;
esac
exec python3 ../shared/eval/polnear.py "../shared/datasets/polnear/$split" --reactlib .venv/bin/reactlib "$@"
