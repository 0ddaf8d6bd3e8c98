#!/usr/bin/env bash
# Creates empty PostgreSQL databases for the integration tests (-Ppostgresql): one for the test server and
# one for the Arquillian server, dropped first so every run starts clean. Never touches other databases.
set -euo pipefail
host=${1:-127.0.0.1} port=${2:-5432} user=${3:-postgres}; shift 3 || true
for db in "$@"; do
  case "$db" in *_test|*_test_arq|lms_test_*) ;; *) echo "refusing to drop $db: not a test database" >&2; exit 1;; esac
  psql -h "$host" -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
  psql -h "$host" -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$db\" ENCODING 'UTF8' TEMPLATE template0"
done
