#!/usr/bin/env bash
# Is the committed contract good enough for a generated TypeScript client? (issue #12)
#
#   clients/typescript/check.sh                         type-check only (no service needed)
#   clients/typescript/check.sh http://127.0.0.1:8080   also run the README's examples against that service
#   GEOFACTS_URL=http://127.0.0.1:8080 clients/typescript/check.sh
#
# Installs the pinned tools (npm ci, from package-lock.json), generates types from
# openapi/openapi.yaml with openapi-typescript, type-checks examples.ts (openapi-fetch calls) with
# `tsc --strict`, and, given a base URL, compiles and runs examples.ts against the service: one
# line per example, exit status 1 if any example or the type-check fails.
# GEOFACTS_OPENAPI=path checks another contract file instead (e.g. a candidate, before committing).
# Needs Node.js 20+ and npm; network access to the npm registry unless its cache holds the packages.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
spec="$(realpath "${GEOFACTS_OPENAPI:-$here/../../openapi/openapi.yaml}")"
base_url="${1:-${GEOFACTS_URL:-}}"
cd "$here"

step() { printf '== %s\n' "$*"; }

step "npm ci (openapi-typescript, openapi-fetch, typescript as pinned in package-lock.json)"
# --prefer-offline: the lock's integrity hashes pin the content; a warm cache saves the registry round trips
npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null

step "generate generated/geofacts.ts from ${spec#"$(realpath "$here/../..")/"}"
rm -rf generated dist
node_modules/.bin/openapi-typescript "$spec" --output generated/geofacts.ts >/dev/null

# Without a URL only type-check; with one, the same strict compile also writes dist/examples.js
# (noEmitOnError: nothing is written when a type error is found).
if [[ -z "$base_url" ]]; then
  step "tsc --strict --noEmit examples.ts"
  emit=(--noEmit)
else
  step "tsc --strict examples.ts (type-check, then write dist/examples.js)"
  emit=()
fi
if ! node_modules/.bin/tsc --strict ${emit[@]+"${emit[@]}"} -p tsconfig.json; then
  echo "FAIL: a client generated from the contract does not type-check (see the errors above)" >&2
  exit 1
fi
echo "ok    limit is a number and items are typed for every example"

if [[ -z "$base_url" ]]; then
  echo "type-check passed; give a base URL (argument or GEOFACTS_URL) to run the examples"
  exit 0
fi

step "run examples.ts against $base_url"
node dist/examples.js "$base_url"
