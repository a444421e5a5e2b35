#!/usr/bin/env bash
# Restores one of backup.sh's dumps over the database, all or nothing (one transaction: a restore
# that fails changes nothing). Stop the server first. The database: DATABASE_URL, else libpq's
# PGHOST, PGUSER, PGPASSWORD, PGDATABASE.
#   bash deploy/restore.sh /var/backups/ita-dashboard/ita-2026-12-05_020000.dump
set -euo pipefail
dump=${1:-}
if [[ -z $dump || ! -r $dump ]]; then
  echo "ระบุไฟล์สำรองข้อมูลที่อ่านได้ · name a dump file that can be read: bash deploy/restore.sh FILE" >&2
  exit 2
fi
# shellcheck source=deploy/pg-env.sh
. "$(dirname "$0")/pg-env.sh"
# Without a database pg_restore would print the dump as SQL and restore nothing.
if [[ -z ${PGDATABASE:-} ]]; then
  echo "ไม่ทราบฐานข้อมูล: ตั้ง DATABASE_URL · no database named: set DATABASE_URL (or PGDATABASE)" >&2
  exit 2
fi
pg_restore --clean --if-exists --single-transaction --dbname="$PGDATABASE" "$dump"
echo "กู้คืนแล้ว · restored: $dump"
