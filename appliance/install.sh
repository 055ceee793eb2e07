#!/usr/bin/env bash
# Installs callvault on a Debian 12 appliance: system packages, a build, a service user, the
# systemd unit, and a config skeleton with no default passwords. Idempotent; run as root.
#   sudo bash appliance/install.sh [--data-dir /srv/rec1 --data-dir /srv/rec2]
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "install: ERR_NOT_ROOT: run as root" >&2; exit 1; }
src="$(cd "$(dirname "$0")/.." && pwd)"
data_dirs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) data_dirs+=("$2"); shift 2 ;;
    *) echo "install: ERR_USAGE: unknown option $1" >&2; exit 2 ;;
  esac
done
[ ${#data_dirs[@]} -gt 0 ] || data_dirs=(/var/lib/callvault/rec0)

apt-get update -qq
apt-get install -y -qq nodejs npm >/dev/null 2>&1 || true
bash "$src/scripts/ensure-system-deps.sh"

id callvault >/dev/null 2>&1 || useradd --system --home /var/lib/callvault --shell /usr/sbin/nologin callvault
install -d -m 0750 -o callvault -g callvault /var/lib/callvault /var/log/callvault
install -d -m 0750 -o root -g callvault /etc/callvault
for d in "${data_dirs[@]}"; do install -d -m 0700 -o callvault -g callvault "$d"; done

rsync -a --delete --exclude node_modules --exclude build --exclude dist --exclude .git "$src/" /opt/callvault/
cd /opt/callvault
npm ci --omit=dev=false
npm run build

if [ ! -f /etc/callvault/config.json ]; then
  dirs_json=$(printf '{"id":"disk%d","path":"%s"},' $(for i in "${!data_dirs[@]}"; do echo "$i ${data_dirs[$i]}"; done) | sed 's/,$//')
  cat > /etc/callvault/config.json <<JSON
{
  "site": "$(hostname -s)",
  "dataDirs": [${dirs_json}],
  "dbPath": "/var/lib/callvault/db",
  "keyFile": "/var/lib/callvault/keys/kek.json",
  "firmwareConfig": "/opt/callvault/firmware-config",
  "grpc": { "listen": "0.0.0.0:50051", "tls": { "mode": "mtls", "certFile": "/etc/callvault/tls/server.crt", "keyFile": "/etc/callvault/tls/server.key", "caFile": "/etc/callvault/tls/ca.crt" } },
  "console": { "listen": "0.0.0.0:8443" }
}
JSON
  chmod 0640 /etc/callvault/config.json; chgrp callvault /etc/callvault/config.json
fi

install -m 0644 appliance/callvault.service /etc/systemd/system/callvault.service
systemctl daemon-reload || true
echo "Installed. Create the first admin:  sudo -u callvault node /opt/callvault/bin/callvault.js user add --role admin --name <you> --config /etc/callvault/config.json"
echo "Then: systemctl enable --now callvault"
