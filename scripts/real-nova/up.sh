#!/usr/bin/env bash
# Brings up a real OpenStack Nova (Debian bookworm's packages: Zed, nova 26.2, placement 8.0) with the fake virt
# driver on loopback, for checking the console against a real backend. No Keystone, Glance or Neutron:
#   MariaDB + RabbitMQ + placement-api + nova-api + nova-conductor + nova-scheduler + nova-compute (fake driver)
#   + image_network_standin.py (the few image and network calls Nova makes while it builds a server).
# Auth is Nova's noauth2: X-Auth-Token "<user>:<project>" ("admin:<project>" is an admin).
# Usage: bash up.sh <empty work dir>     (bash down.sh <same dir> stops everything it started)
# Every wait has a limit and ends in a message with the log that explains it; nothing here skips quietly.
set -euo pipefail
W=$(mkdir -p "${1:?usage: up.sh <work dir>}" && cd "$1" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/env.sh"
mkdir -p "$W"/{state/lock,logs,pids,etc-placement,pylib}
t0=$(date +%s); lap() { echo "real-nova: [$(( $(date +%s) - t0 ))s] $*"; }
fail() { echo "real-nova: FAILED: $*" >&2; for f in "${@:2}"; do [ -f "$f" ] && { echo "--- last lines of $f" >&2; tail -n 40 "$f" >&2; }; done; exit 1; }
# Waits up to $1 seconds for the command after it; a busy machine is slow, not broken, so the limits are generous.
wait_for() { local limit=$1; shift; local end=$(( $(date +%s) + limit )); until "$@" >/dev/null 2>&1; do [ "$(date +%s)" -lt "$end" ] || return 1; sleep 0.5; done; }

for port in 3306 5672 8774 8778 "$STANDIN_PORT"; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then fail "port $port on 127.0.0.1 is taken: is another real Nova running? (bash scripts/real-nova/down.sh <its dir>)"; fi
done

# 1. Packages (about 95 s on a fresh machine; nothing when present). Debian's policy-rc.d keeps postinst scripts
#    from starting the services: this script starts them itself, on loopback only.
packages=(nova-api nova-conductor nova-scheduler python3-nova placement-api python3-placement mariadb-server rabbitmq-server python3-pymysql curl)
missing=()
for p in "${packages[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  lap "installing from apt: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null; $SUDO chmod +x /usr/sbin/policy-rc.d
  $SUDO apt-get update -qq >"$W/logs/apt.log" 2>&1 || fail "apt-get update" "$W/logs/apt.log"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}" \
    >>"$W/logs/apt.log" 2>&1 || fail "apt-get install ${missing[*]}" "$W/logs/apt.log"
fi
lap "packages ok"

# 2. MariaDB and RabbitMQ, loopback only, started by hand (no systemd here).
mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
nohup /usr/sbin/mariadbd --user=mysql --bind-address=127.0.0.1 >"$W/logs/mariadb.out" 2>&1 & echo $! >"$W/pids/mariadb"
# AMQP 5672, Erlang distribution 25672 and (with ERL_EPMD_ADDRESS) epmd 4369 on loopback only.
printf 'NODE_IP_ADDRESS=127.0.0.1\nNODENAME=rabbit@localhost\nSERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"\n' \
  >/etc/rabbitmq/rabbitmq-env.conf
chown -R rabbitmq:rabbitmq /var/lib/rabbitmq /var/log/rabbitmq
ERL_EPMD_ADDRESS=127.0.0.1 nohup su rabbitmq -s /bin/sh -c \
  "HOME=/var/lib/rabbitmq ERL_EPMD_ADDRESS=127.0.0.1 exec /usr/lib/rabbitmq/bin/rabbitmq-server" >"$W/logs/rabbit.out" 2>&1 & echo $! >"$W/pids/rabbit"
wait_for 120 mysql -e 'select 1' || fail "MariaDB did not answer within 120 s" "$W/logs/mariadb.out"
# A fresh database each run: servers left by an earlier run would change what the checks see.
mysql <<'SQL'
DROP DATABASE IF EXISTS nova_api; DROP DATABASE IF EXISTS nova; DROP DATABASE IF EXISTS nova_cell0; DROP DATABASE IF EXISTS placement;
CREATE DATABASE nova_api; CREATE DATABASE nova; CREATE DATABASE nova_cell0; CREATE DATABASE placement;
CREATE USER IF NOT EXISTS 'nova'@'127.0.0.1' IDENTIFIED BY 'novapw';
CREATE USER IF NOT EXISTS 'placement'@'127.0.0.1' IDENTIFIED BY 'placementpw';
GRANT ALL ON nova_api.* TO 'nova'@'127.0.0.1'; GRANT ALL ON nova.* TO 'nova'@'127.0.0.1';
GRANT ALL ON nova_cell0.* TO 'nova'@'127.0.0.1'; GRANT ALL ON placement.* TO 'placement'@'127.0.0.1';
SQL
wait_for 240 grep -q "completed with" "$W/logs/rabbit.out" || fail "RabbitMQ did not start within 240 s" "$W/logs/rabbit.out"
lap "MariaDB and RabbitMQ up"

# 3. Configuration.
sed -e "s#@W@#$W#g" -e "s#@STANDIN@#http://127.0.0.1:$STANDIN_PORT#g" "$HERE/nova.conf.in" >"$W/nova.conf"
printf '[api]\nauth_strategy = noauth2\n[placement_database]\nconnection = mysql+pymysql://placement:placementpw@127.0.0.1/placement\n' \
  >"$W/etc-placement/placement.conf"
# noauth2 drops the caller's token from the request context, so nova-api's own calls to the image and network
# services would fail. This paste filter keeps it; nothing in Nova is patched.
cp "$HERE/token_keeping_noauth.py" "$W/pylib/"
sed 's#^paste.filter_factory = nova.api.openstack.auth:NoAuthMiddleware.factory#paste.filter_factory = token_keeping_noauth:TokenKeepingNoAuth.factory#' \
  /etc/nova/api-paste.ini >"$W/api-paste.ini"
grep -q token_keeping_noauth "$W/api-paste.ini" || fail "/etc/nova/api-paste.ini has no noauth2 filter line to replace"

# 4. Schemas.
C=(--config-file "$W/nova.conf")
{
  nova-manage "${C[@]}" api_db sync
  nova-manage "${C[@]}" cell_v2 map_cell0 --database_connection mysql+pymysql://nova:novapw@127.0.0.1/nova_cell0
  nova-manage "${C[@]}" cell_v2 create_cell --name cell1
  nova-manage "${C[@]}" db sync
  placement-manage --config-file "$W/etc-placement/placement.conf" db sync
} >"$W/logs/db-sync.log" 2>&1 || fail "database schema sync" "$W/logs/db-sync.log"
lap "schemas synced"

# 5. Services.
start() { local n=$1; shift; PYTHONPATH="$W/pylib" nohup "$@" >"$W/logs/$n.out" 2>&1 & echo $! >"$W/pids/$n"; }
start standin env PORT="$STANDIN_PORT" TENANT="$NOVA_TENANT" LOG="$W/logs/standin.jsonl" /usr/bin/python3 "$HERE/image_network_standin.py"
OS_PLACEMENT_CONFIG_DIR="$W/etc-placement" start placement placement-api --port 8778 --host 127.0.0.1
start nova-api nova-api "${C[@]}"
start nova-conductor nova-conductor "${C[@]}"
start nova-scheduler nova-scheduler "${C[@]}"
# Debian's nova-compute package pulls in libvirt; the fake driver needs only python3-nova.
start nova-compute /usr/bin/python3 -c 'import sys; sys.argv[0]="nova-compute"; from nova.cmd.compute import main; sys.exit(main())' \
  "${C[@]}" --log-file "$W/logs/nova-compute.log"
wait_for 300 curl -sf -o /dev/null http://127.0.0.1:8774/ || fail "nova-api did not answer on :8774 within 300 s" "$W/logs/nova-api.out" "$W/logs/nova-api.log"
wait_for 300 curl -sf -o /dev/null "http://127.0.0.1:$STANDIN_PORT/image" || fail "the image/network stand-in did not answer" "$W/logs/standin.out"
wait_for 300 grep -q "Created resource provider record" "$W/logs/nova-compute.log" || fail "nova-compute did not register within 300 s" "$W/logs/nova-compute.log"
nova-manage "${C[@]}" cell_v2 discover_hosts >>"$W/logs/db-sync.log" 2>&1 || fail "cell_v2 discover_hosts" "$W/logs/db-sync.log"
lap "services up, compute host mapped"

# 6. Flavors (local disks: there is no Cinder), and one server built to ACTIVE: the proof that Nova works.
api() { curl -sS -w '\n%{http_code}' -H "X-Auth-Token: admin:$NOVA_TENANT" -H 'Content-Type: application/json' "$@"; }
flavor() {
  local out; out=$(api -X POST "$NOVA_COMPUTE/flavors" -d "{\"flavor\":{\"name\":\"$1\",\"id\":\"$2\",\"vcpus\":$3,\"ram\":$4,\"disk\":$5}}")
  [ "${out##*$'\n'}" = 200 ] || fail "creating flavor $1: $out"
}
flavor m2.c1m2 f-small 1 2048 20
flavor m2.c2m4 f-medium 2 4096 20
flavor m2.c4m8 f-large 4 8192 40
flavor g2.c8m64.nodisk f-nodisk 8 65536 0
# More cores than the default quota (20) allows: Nova refuses a create with it (403).
flavor m2.c32m64 f-huge 32 65536 20
out=$(api -X POST "$NOVA_COMPUTE/servers" -d "{\"server\":{\"name\":\"smoke-vm\",\"imageRef\":\"$STANDIN_IMAGE\",\"flavorRef\":\"f-small\",\"networks\":[{\"uuid\":\"$STANDIN_NETWORK\"}]}}")
[ "${out##*$'\n'}" = 202 ] || fail "creating the smoke server: $out" "$W/logs/nova-api.log"
smoke=$(printf '%s' "${out%$'\n'*}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["server"]["id"])')
status() { api "$NOVA_COMPUTE/servers/$smoke" | head -n 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["server"]["status"])'; }
end=$(( $(date +%s) + 300 ))
until [ "$(status)" = ACTIVE ]; do
  s=$(status); [ "$s" = ERROR ] && fail "the smoke server ended in ERROR" "$W/logs/nova-compute.log" "$W/logs/nova-conductor.log"
  [ "$(date +%s)" -lt "$end" ] || fail "the smoke server is $s after 300 s" "$W/logs/nova-compute.log" "$W/logs/nova-scheduler.log"
  sleep 1
done
api -X DELETE "$NOVA_COMPUTE/servers/$smoke" >/dev/null
lap "a server was built to ACTIVE and deleted: real Nova is up at $NOVA_COMPUTE"
# What the checks need to reach it.
cat >"$W/env.json" <<JSON
{"REAL_NOVA_TENANT": "$NOVA_TENANT", "REAL_NOVA_COMPUTE": "$NOVA_COMPUTE",
 "REAL_NOVA_IMAGE": "http://127.0.0.1:$STANDIN_PORT/image", "REAL_NOVA_NETWORK": "http://127.0.0.1:$STANDIN_PORT/network",
 "REAL_NOVA_IMAGE_ID": "$STANDIN_IMAGE", "REAL_NOVA_NETWORK_ID": "$STANDIN_NETWORK"}
JSON
