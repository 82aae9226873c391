#!/usr/bin/env bash
# Extraction speed (a 10,000-word article, after warm-up) and the gazetteer's size with every ISO
# country and 100,000 people. Runs the "bench"-tagged JUnit benchmark that ./mvnw verify leaves out.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=ExtractionBenchmark -Dbench.excluded=none -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
    | grep -E '^(extraction|gazetteer):'
