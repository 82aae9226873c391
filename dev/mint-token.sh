#!/usr/bin/env bash
# DEV ONLY: prints a bearer token signed with the dev key pair, accepted by `./mvnw quarkus:dev`
# (and by tests). Production verifies tokens with its identity provider's key, never this one.
#
#   TOKEN=$(dev/mint-token.sh alice curator)
#   curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
#        -d @new-document.json localhost:8080/documents
set -euo pipefail
subject=${1:-dev-curator}
group=${2:-curator}
hours=${3:-8}
key="$(dirname "$0")/keys/private.pem"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header='{"alg":"RS256","typ":"JWT"}'
payload=$(printf '{"iss":"https://geofacts.dev/local","aud":"geofacts","sub":"%s","upn":"%s","groups":["%s"],"iat":%d,"exp":%d,"jti":"%s"}' \
    "$subject" "$subject" "$group" "$now" "$((now + hours * 3600))" "$(openssl rand -hex 8)")
signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$key" | b64url)
printf '%s.%s\n' "$signing_input" "$signature"
