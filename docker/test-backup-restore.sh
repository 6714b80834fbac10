#!/usr/bin/env bash
# Tests backup.sh and restore.sh against a MariaDB server: backs up DATABASE, restores it into a scratch database,
# and compares every table's row count and CHECKSUM TABLE. Run by .ci/run on the database the integration tests
# filled; by hand:  docker/test-backup-restore.sh caleol_ci
set -euo pipefail
cd "$(dirname "$0")/.."
source_db="${1:?usage: test-backup-restore.sh DATABASE}"
copy_db="${source_db}_restore_check"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MYSQL_PWD="${DB_PASSWORD:-}"
client=(mariadb --host="${DB_HOST:-127.0.0.1}" --port="${DB_PORT:-3306}" --user="${DB_USER:-root}" -N)
"${client[@]}" -e "DROP DATABASE IF EXISTS \`$copy_db\`"

started=$(date +%s.%N)
file=$(bash docker/backup.sh "$source_db" "$work/backup.sql.gz")
dumped=$(date +%s.%N)
bash docker/restore.sh "$copy_db" "$file" > /dev/null
restored=$(date +%s.%N)

tables=$("${client[@]}" -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$source_db'
  AND table_type = 'BASE TABLE' ORDER BY table_name")
[ -n "$tables" ] || { echo "No table in $source_db: nothing to test" >&2; exit 2; }
differences=0
count=0
rows=0
# CHECKSUM TABLE compares the rows as stored, except in a table with a generated column (arrears_case.open_lease_id):
# there MariaDB 10.11 gives different sums for the same rows (seen with two copies made the same way), so those
# tables are compared by a hash of every stored, non-generated value instead.
content_sum() {
  local db=$1 table=$2 columns
  columns=$("${client[@]}" -e "SELECT GROUP_CONCAT(CONCAT('IFNULL(HEX(\`', column_name, '\`), ''~'')')
    ORDER BY ordinal_position SEPARATOR ',') FROM information_schema.columns
    WHERE table_schema = '$source_db' AND table_name = '$table' AND extra NOT LIKE '%GENERATED%'")
  "${client[@]}" -e "SELECT BIT_XOR(CAST(CONV(LEFT(SHA2(CONCAT_WS('|', $columns), 256), 16), 16, 10) AS UNSIGNED))
    FROM \`$db\`.\`$table\`"
}
for table in $tables; do
  generated=$("${client[@]}" -e "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '$source_db'
    AND table_name = '$table' AND extra LIKE '%GENERATED%'")
  if [ "$generated" -gt 0 ]; then
    a=$(content_sum "$source_db" "$table")
    b=$(content_sum "$copy_db" "$table")
  else
    a=$("${client[@]}" -e "CHECKSUM TABLE \`$source_db\`.\`$table\`" | awk '{print $2}')
    b=$("${client[@]}" -e "CHECKSUM TABLE \`$copy_db\`.\`$table\`" | awk '{print $2}')
  fi
  n=$("${client[@]}" -e "SELECT COUNT(*) FROM \`$source_db\`.\`$table\`")
  m=$("${client[@]}" -e "SELECT COUNT(*) FROM \`$copy_db\`.\`$table\`")
  if [ "$a" != "$b" ] || [ "$n" != "$m" ]; then
    echo "DIFFERENT: $table (rows $n vs $m, checksum $a vs $b)" >&2
    differences=$((differences + 1))
  fi
  count=$((count + 1))
  rows=$((rows + n))
done
"${client[@]}" -e "DROP DATABASE \`$copy_db\`"
printf 'Backup/restore of %s: %d tables, %d rows, %s bytes compressed, dump %.1f s, restore %.1f s, %d different\n' \
  "$source_db" "$count" "$rows" "$(stat -c %s "$file")" "$(awk "BEGIN {print $dumped - $started}")" \
  "$(awk "BEGIN {print $restored - $dumped}")" "$differences"
[ "$differences" -eq 0 ]
