#!/usr/bin/env bash
# Writes a fresh, random administrator (and the key that seals stored secrets) for the integration-test server,
# one file per variable, and a
# server.env that points the server at them (VARIABLE_SOURCE_DIRS: Liberty reads each file as a variable,
# which MicroProfile Config sees as lms.admin.*). The tests read the same files (lms.it.secrets.dir).
# Nothing secret is in the repository.
set -euo pipefail
dir=$1
mkdir -p "$dir/variables"
chmod 700 "$dir"
random() { head -c "$1" /dev/urandom | base64 | tr -d '/+=\n'; }
printf '%s' "admin-$(random 6 | tr 'A-Z' 'a-z')@example.jp" > "$dir/variables/lms.admin.email"
printf '%s' "it-$(random 24)" > "$dir/variables/lms.admin.password"
printf '%s' "テスト管理者" > "$dir/variables/lms.admin.name"
# The sealing key stays with the test database (both under target/): a new key would leave the secrets stored by
# an earlier run unreadable, as it would in production.
[ -s "$dir/variables/lms.secrets.key" ] || head -c 32 /dev/urandom | base64 | tr -d '\n' > "$dir/variables/lms.secrets.key"
# The Open Badges signing key (Ed25519, PKCS#8 DER in Base64): the fixed PKCS#8 prefix for Ed25519 followed by a
# random 32-byte seed, so no openssl is needed. Kept like the sealing key, so credentials issued earlier still verify.
[ -s "$dir/variables/lms.credentials.signing-key" ] || { printf '\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65\x70\x04\x22\x04\x20'; head -c 32 /dev/urandom; } | base64 -w0 > "$dir/variables/lms.credentials.signing-key"
# The password of the test servers' generated TLS keystore stays too: Liberty creates key.p12 once per server and
# cannot open it with another password, so a new one per run left https dead on every run after the first.
[ -s "$dir/keystore-password" ] || random 18 > "$dir/keystore-password"
printf 'keystore_password=%s\nVARIABLE_SOURCE_DIRS=%s\n' "$(cat "$dir/keystore-password")" "$dir/variables" > "$dir/server.env"
