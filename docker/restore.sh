#!/usr/bin/env bash
# Restores a backup made by backup.sh into a database, created if needed. Refuses a database that already has tables
# unless --replace is given (then the dump's DROP TABLE statements replace them).
#   docker/restore.sh [--replace] DATABASE FILE
# Connection: DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (root), DB_PASSWORD (empty).
# Stop CALEOL first; at its next start Flyway checks the schema and migrates it if the backup is older.
set -euo pipefail
replace=false
if [ "${1:-}" = "--replace" ]; then replace=true; shift; fi
database="${1:?usage: restore.sh [--replace] DATABASE FILE}"
file="${2:?usage: restore.sh [--replace] DATABASE FILE}"
[ -r "$file" ] || { echo "No backup file at $file" >&2; exit 2; }
gzip -t "$file" || { echo "$file is not a complete gzip file: refusing to restore it" >&2; exit 2; }
export MYSQL_PWD="${DB_PASSWORD:-}"
client=(mariadb --host="${DB_HOST:-127.0.0.1}" --port="${DB_PORT:-3306}" --user="${DB_USER:-root}"
  --default-character-set=utf8mb4)
"${client[@]}" -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables=$("${client[@]}" -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'")
if [ "$tables" != "0" ] && [ "$replace" != true ]; then
  echo "Database $database already has $tables tables: add --replace to overwrite them" >&2
  exit 3
fi
gunzip -c "$file" | "${client[@]}" "$database"
echo "Restored $file into $database"
