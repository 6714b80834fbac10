#!/usr/bin/env bash
# Container health check: is CALEOL ready to serve (GET /actuator/health/readiness answers 200)? Uses only bash, as
# the Temurin JRE image has neither curl nor wget. Exit 0 when ready, 1 otherwise.
#   healthcheck.sh [host] [port]     (defaults: 127.0.0.1, and the actuator's port: MANAGEMENT_SERVER_PORT, else PORT, else 8080)
host="${1:-127.0.0.1}"
port="${2:-${MANAGEMENT_SERVER_PORT:-${PORT:-8080}}}"
exec 3<>"/dev/tcp/$host/$port" || exit 1
printf 'GET /actuator/health/readiness HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' "$host" >&3
IFS= read -r -t 5 status <&3 || exit 1
exec 3<&-
case "$status" in
  "HTTP/1."?" 200"*) exit 0 ;;
  *) exit 1 ;;
esac
