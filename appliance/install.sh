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

rsync -a --delete --exclude node_modules --exclude build --exclude 'build-*' --exclude dist --exclude .git --exclude .callvault "$src/" /opt/callvault/
cd /opt/callvault
npm ci
npm run build

# Site PKI for gRPC mTLS: a CA that signs the server and each bridge's client certificate.
tls=/etc/callvault/tls
if [ ! -f "$tls/ca.crt" ]; then
  install -d -m 0750 -o root -g callvault "$tls"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
    -subj "/CN=callvault site CA $(hostname -s)" -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=$(hostname -f)" \
    -addext "subjectAltName=DNS:$(hostname -f),DNS:$(hostname -s),IP:127.0.0.1" \
    -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
  openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 825 \
    -copy_extensions copy -out "$tls/server.crt" 2>/dev/null
  chmod 0640 "$tls"/*.key; chgrp callvault "$tls"/server.key; chmod 0600 "$tls/ca.key"
  echo "Sign each bridge's client certificate with $tls/ca.key (see README, 'Connecting a PBX or card bridge')."
fi

if [ ! -f /etc/callvault/config.json ]; then
  DATA_DIRS="${data_dirs[*]}" SITE="$(hostname -s)" node -e '
    const dirs = process.env.DATA_DIRS.split(" ").map((path, i) => ({ id: "disk" + i, path }));
    const config = {
      siteId: process.env.SITE.slice(0, 64),
      dataDirs: dirs,
      dbPath: "/var/lib/callvault/db",
      keyFile: "/var/lib/callvault/keys/kek.json",
      firmwareConfigPath: "/etc/callvault/firmware-config",
      grpc: { host: "0.0.0.0", port: 7443, tls: { certPath: "/etc/callvault/tls/server.crt",
              keyPath: "/etc/callvault/tls/server.key", clientCaPath: "/etc/callvault/tls/ca.crt" } },
      console: { host: "0.0.0.0", port: 8443 },
    };
    process.stdout.write(JSON.stringify(config, null, 2) + "\n");' > /etc/callvault/config.json
  chmod 0640 /etc/callvault/config.json; chgrp callvault /etc/callvault/config.json
  install -d -m 0750 -o root -g callvault /etc/callvault/firmware-config
  cp -n firmware-config/*.json /etc/callvault/firmware-config/ 2>/dev/null || true
fi

install -m 0644 appliance/callvault.service /etc/systemd/system/callvault.service
systemctl daemon-reload || true
echo 'Installed. Create the first admin (password read from standard input):  read -s P; printf %s "$P" | sudo -u callvault node /opt/callvault/bin/callvault.js users add --config /etc/callvault/config.json --name <you> --role admin'
echo "Then: systemctl enable --now callvault"
