#!/usr/bin/env bash
# One backup of the ITA database: pg_dump in PostgreSQL's custom format (-Fc, restored with
# pg_restore) into BACKUP_DIR, then only the newest BACKUP_KEEP dumps are kept.
# The database: DATABASE_URL when set (the server's own setting), else libpq's PGHOST, PGUSER,
# PGPASSWORD, PGDATABASE. Used by compose's backup service (deploy/backup-loop.sh) and by the
# systemd timer (deploy/ita-dashboard-backup.service).
set -euo pipefail
dir=${BACKUP_DIR:-/var/backups/ita-dashboard}
keep=${BACKUP_KEEP:-14}
if ! [[ $keep =~ ^[1-9][0-9]*$ ]]; then
  echo "BACKUP_KEEP ต้องเป็นจำนวนเต็มบวก · must be a positive whole number (got '$keep')" >&2
  exit 2
fi
# The dump holds password hashes and sessions: readable by its owner only.
umask 077
mkdir -p "$dir"
target="$dir/ita-$(date +%Y-%m-%d_%H%M%S).dump"
partial="$dir/.partial-$(basename "$target")"
trap 'rm -f "$partial"' EXIT
# A dump cut off by a stop (compose's SIGKILL after its grace period) leaves its partial file.
find "$dir" -maxdepth 1 -name '.partial-ita-*.dump' -mmin +360 -delete
# shellcheck source=deploy/pg-env.sh
. "$(dirname "$0")/pg-env.sh"
pg_dump -Fc --file="$partial"
# Renamed only once complete: a dump cut short never counts among the kept ones.
mv "$partial" "$target"
# The names sort by time; older ones beyond the newest $keep go.
find "$dir" -maxdepth 1 -name 'ita-*.dump' -printf '%f\n' | sort -r | tail -n +$((keep + 1)) | while read -r old; do
  rm -f -- "$dir/$old"
done
echo "สำรองข้อมูลแล้ว · backed up: $target ($(du -h "$target" | cut -f1)), keeping the newest $keep"
