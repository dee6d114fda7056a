#!/usr/bin/env bash
# Times whole processes with hyperfine: carecert writing the standards document of
# the embedded 2015 base against pandoc converting the same content (Markdown made
# from `carecert show --format json`) to DOCX, plus the other targets in
# docs/performance.md. Run from the repository root after `cargo build --release`.
# Needs: hyperfine, pandoc, python3 (Debian packages).
set -euo pipefail
bin=$PWD/target/release/carecert
[ -x "$bin" ] || { echo "run cargo build --release first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" show --format json | python3 bench/to-markdown.py >"$work/standards.md"

cd "$work"
hyperfine --warmup 3 --runs 20 --export-json "$work/docx.json" \
  --prepare 'rm -rf out' \
  -n carecert "$bin build --quiet --outputs docx --documents standards" \
  -n pandoc 'pandoc standards.md -o standards.docx'
python3 - "$work/docx.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
print(f"median carecert {r['carecert']*1000:.1f} ms, pandoc {r['pandoc']*1000:.1f} ms: "
      f"carecert is {r['pandoc']/r['carecert']:.1f}x faster")
PY
# Peak memory of the standards document build (GNU time's maximum resident set).
/usr/bin/time -f 'peak RSS of the standards build: %M KiB' "$bin" build --quiet --outputs docx --documents standards --out mem

cd - >/dev/null
hyperfine --warmup 2 --runs 10 --prepare "rm -rf $work/all" \
  -n 'build --all' "$bin build --all --quiet --out $work/all" \
  -n 'check every edition' "for e in examples/editions/*/; do $bin check \$e >/dev/null; done"
