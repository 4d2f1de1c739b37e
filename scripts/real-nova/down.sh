#!/usr/bin/env bash
# Stops what up.sh started, by the PIDs it saved (never by name), and waits until each has gone.
W=${1:?usage: down.sh <work dir of up.sh>}
for n in nova-compute nova-scheduler nova-conductor nova-api placement standin; do
  f="$W/pids/$n"; [ -f "$f" ] || continue
  pid=$(cat "$f"); kill "$pid" 2>/dev/null && echo "real-nova: stopped $n"
  for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true; rm -f "$f"
done
# nova-api forks a worker, placement-api may too: end any child left of what we started.
pkill -f -- "--config-file $W/nova.conf" 2>/dev/null || true
if [ -f "$W/pids/rabbit" ]; then
  su rabbitmq -s /bin/sh -c "HOME=/var/lib/rabbitmq rabbitmqctl -n rabbit@localhost stop" >/dev/null 2>&1 && echo "real-nova: stopped rabbitmq"
  pid=$(cat "$W/pids/rabbit"); for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill "$pid" 2>/dev/null || true; rm -f "$W/pids/rabbit"
fi
if [ -f "$W/pids/mariadb" ]; then
  pid=$(cat "$W/pids/mariadb"); kill "$pid" 2>/dev/null && echo "real-nova: stopped mariadb"
  for _ in $(seq 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done; rm -f "$W/pids/mariadb"
fi
epmd -kill >/dev/null 2>&1 || true   # the Erlang port mapper that rabbitmq-server leaves behind
exit 0
