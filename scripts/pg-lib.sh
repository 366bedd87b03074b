# Shared by scripts/pg-cluster.sh and scripts/pg-replica.sh (sourced, not run): where Debian's
# PostgreSQL programs are, whom they run as, and a free port.

pg_bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$found" ] || [ ! -x "$found/initdb" ]; then
    echo "$(basename "$0"): no PostgreSQL server found in /usr/lib/postgresql (apt-get install -y postgresql)" >&2
    exit 1
  fi
  echo "$found"
}

# PostgreSQL will not run as root: as root, its programs run as the package's `postgres` user
# (made here if the package did not make it), otherwise as whoever calls. Sets $owner.
pg_choose_owner() {
  owner=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    owner=postgres
    id -u "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
  fi
}

# A free port: ask the kernel for one; the caller retries if another process takes it first.
pg_free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
