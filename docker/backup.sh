#!/usr/bin/env bash
# Backs up CALEOL's MariaDB database into one compressed SQL file: a consistent snapshot taken without locking the
# application out (InnoDB, --single-transaction).
#   docker/backup.sh DATABASE [FILE]       FILE defaults to backups/DATABASE-YYYYmmdd-HHMMSS.sql.gz
# Connection: DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (root), DB_PASSWORD (empty). With docker compose:
#   docker compose -f docker/compose.yaml exec -e DB_PASSWORD="$CALEOL_DB_ROOT_PASSWORD" mariadb \
#     bash /backups/backup.sh caleol /backups/caleol-$(date +%F).sql.gz     (after copying the script to backups/)
set -euo pipefail
database="${1:?usage: backup.sh DATABASE [FILE]}"
file="${2:-backups/$database-$(date +%Y%m%d-%H%M%S).sql.gz}"
mkdir -p "$(dirname "$file")"
export MYSQL_PWD="${DB_PASSWORD:-}"
tmp="$file.partial"
# A failed dump must never leave a file that looks like a good backup: write aside, then rename.
mariadb-dump --host="${DB_HOST:-127.0.0.1}" --port="${DB_PORT:-3306}" --user="${DB_USER:-root}" \
  --single-transaction --quick --routines --triggers --events --hex-blob --default-character-set=utf8mb4 \
  "$database" | gzip -6 > "$tmp"
mv "$tmp" "$file"
echo "$file"
