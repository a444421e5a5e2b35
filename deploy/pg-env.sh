# Sourced by backup.sh and restore.sh: DATABASE_URL's parts as libpq's PG* variables. On a
# command line (pg_dump --dbname=postgres://…) the password would be there for any user of the
# machine to read (ps, /proc/*/cmdline) while the command runs; the environment is the owner's.
if [[ -n ${DATABASE_URL:-} ]]; then
  url_form='^postgres(ql)?://([^:@/]+)(:([^@/]*))?@([^:/?]+)(:([0-9]+))?/([^?]+)$'
  if ! [[ $DATABASE_URL =~ $url_form ]]; then
    echo "อ่าน DATABASE_URL ไม่ได้ · DATABASE_URL is not postgres://user:password@host:port/database" >&2
    exit 2
  fi
  export PGUSER=${BASH_REMATCH[2]} PGHOST=${BASH_REMATCH[5]} PGDATABASE=${BASH_REMATCH[8]}
  if [[ -n ${BASH_REMATCH[4]} ]]; then export PGPASSWORD=${BASH_REMATCH[4]}; fi
  if [[ -n ${BASH_REMATCH[7]} ]]; then export PGPORT=${BASH_REMATCH[7]}; fi
  unset DATABASE_URL url_form
fi
