#!/usr/bin/env bash
# Times whole processes, alternating the commands compared round by round
# (bench/pairs.py) so a machine shared with other work loads them alike:
# carecert writing the standards document of the embedded 2015 base against
# pandoc converting the same content (Markdown made from `carecert show --format
# json`) to DOCX, then the other targets in docs/performance.md. Run from the
# repository root after `cargo build --release`.
# Needs: pandoc, python3 and GNU time (Debian packages). ROUNDS (default 20)
# sets the number of rounds; TMPDIR where the packs are written.
set -euo pipefail
bin=$PWD/target/release/carecert
pairs=$PWD/bench/pairs.py
rounds=${ROUNDS:-20}
[ -x "$bin" ] || { echo "run cargo build --release first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" show --format json | python3 bench/to-markdown.py >"$work/standards.md"
cp -r examples "$work/examples"
# The repository's workspace file: `build --all` builds the examples it lists.
cp carecert.toml "$work/carecert.toml"

uptime
echo "== standards.docx of the 2015 base against pandoc on the same content"
python3 "$pairs" --rounds "$rounds" --cwd "$work" --prepare 'rm -rf out' \
  carecert="$bin build --quiet --outputs docx --documents standards" \
  pandoc='pandoc standards.md -o standards.docx'
# Peak memory of the standards document build (GNU time's maximum resident set).
(cd "$work" && /usr/bin/time -f 'peak RSS of the standards build: %M KiB' \
  "$bin" build --quiet --outputs docx --documents standards --out mem)

echo "== start-up, check, the English pack and every pack"
python3 "$pairs" --rounds "$rounds" --cwd "$work" --prepare 'rm -rf out all' \
  version="$bin --version" \
  check="$bin check" \
  english-pack="$bin build --quiet" \
  build-all="$bin build --all --quiet --out all"
uptime
