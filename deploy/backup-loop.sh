#!/usr/bin/env bash
# compose's backup service: deploy/backup.sh every night at BACKUP_AT (local time, TZ), and once
# at start when the newest dump is over a day old, so a new install has one at once while
# restarts do not push the nightly ones out of the kept fourteen.
set -uo pipefail
at=${BACKUP_AT:-02:00}
dir=${BACKUP_DIR:-/backups}
here=$(dirname "$0")
if ! date -d "$at" >/dev/null 2>&1; then
  echo "BACKUP_AT ต้องเป็นเวลา HH:MM · must be a time of day HH:MM (got '$at')" >&2
  exit 2
fi
# As the container's first process bash gets no default SIGTERM: stop at once on compose's stop.
trap 'exit 0' TERM INT
backup() { bash "$here/backup.sh" || echo "สำรองข้อมูลไม่สำเร็จ · backup failed (exit $?)" >&2; }
if [[ -z $(find "$dir" -maxdepth 1 -name 'ita-*.dump' -mmin -1440 2>/dev/null) ]]; then backup; fi
while true; do
  now=$(date +%s)
  next=$(date -d "$at" +%s)
  ((next > now)) || next=$(date -d "tomorrow $at" +%s)
  echo "next backup: $(date -d "@$next" '+%Y-%m-%d %H:%M %Z')"
  # In the background and waited on, so the trap above runs during the wait.
  sleep $((next - now)) &
  wait $!
  backup
done
