#!/bin/sh
# bench/corpus.sh N DIR: a copy of the project's ontology/, data/ and queries/ in DIR whose data/sources/
# holds N documents: the seed documents, then copies of them, each copy with its own id, title, identifier
# and numbered headings, so extraction mints resources of its own for it (the map grows with N).
# The same generator as the tests' eu.migrationkg.support.LargeCorpus.
set -eu
N=$1; DIR=$2
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
rm -rf "$DIR"; mkdir -p "$DIR"
cp -r "$ROOT/ontology" "$ROOT/data" "$ROOT/queries" "$DIR/"
cd "$DIR/data/sources"
seeds=$(ls *.md | sort)
count=$(echo "$seeds" | wc -l)
i=1
while [ "$count" -lt "$N" ]; do
  for f in $seeds; do
    [ "$count" -lt "$N" ] || break
    sed -e '/^id: /d' -e "1a\\
id: ${f%.md}-c$i" \
        -e "s/^title: \(.*\)/title: \1 (copy $i)/" \
        -e "s/^identifier: \(.*\)/identifier: \1-C$i/" \
        -e "s/^\([0-9][0-9]*\)\. \*\*\(.*\)\*\*\$/\1. **\2 $i**/" "$f" > "${f%.md}-c$i.md"
    count=$((count + 1))
  done
  i=$((i + 1))
done
