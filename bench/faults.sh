# `bin/bench faults`: what Pitchnight does when things break, against real processes. Sourced by
# bin/bench (it uses its prepare/start_apps/cleanup helpers). Prints one line per scenario,
#   FAULT <name> ok|FAILED <details>
# and repeats them together at the end. See bench/README.md ("Faults").
#
# It stops and restarts the database and Keycloak of this machine: run it when nothing else
# (another test run, a demo) needs them.

FAULT_LINES=()

fault() {  # fault <name> ok|FAILED <details>
  local line="FAULT $1 $2${3:+ $3}"
  FAULT_LINES+=("$line")
  echo "$line"
}

rows_of() { bench_sql "SELECT COUNT(*) FROM rsvps WHERE event_id = $1"; }
now_ms() { date +%s%3N; }

# Mock-mailer log lines "Sending email <subject> from … to [<recipient>]", one per send, as
# "<subject> -> <recipient>".
sent_mails() {
  cat "$@" 2>/dev/null | sed -n 's/.*\[quarkus-mailer\].* Sending email \(.*\) from .* to \[\([^]]*\)\].*/\1 -> \2/p'
}

# 1. kill -9 one of two instances in the middle of an RSVP rush: every RSVP a client was told
#    about (2xx) is in the database with the status it was told, and the invariants hold.
fault_kill9_rush() {
  local event="$1" targets="$2" requests="$3" rush_pid check_out failed
  say "Fault 1: kill -9 bench-app-1 during a rush of $requests RSVPs over both instances"
  "$JAVA_HOME/bin/java" bench/Rush.java --tokens "$TOKENS" --event "$event" --targets "$targets" \
    --requests "$requests" --concurrency 64 --out "$BENCH_RUN/faults-rush.tsv" >"$BENCH_RUN/faults-rush.out" 2>&1 &
  rush_pid=$!
  local deadline=$((SECONDS + 120)) n=0
  while [ "$SECONDS" -lt "$deadline" ]; do
    n="$(rows_of "$event")"; n="${n:-0}"
    [ "$n" -ge $((requests / 5)) ] && break
    sleep 0.05
  done
  local victim; victim="$(java_pid 1)" || { fault kill9-during-rush FAILED "bench-app-1 not found"; wait "$rush_pid"; return; }
  kill -KILL "$victim"
  say "  killed bench-app-1 (pid $victim) with $n of $requests RSVPs in the database"
  wait "$rush_pid" || true
  sed 's/^/  /' "$BENCH_RUN/faults-rush.out"
  check_out="$("$JAVA_HOME/bin/java" -cp "$CONNECTOR_JAR" bench/RushDb.java check "$JDBC_URL" "$DB_USER" "$DB_PASSWORD" \
    "$event" "$BENCH_RUN/faults-rush.tsv" "${APP_URLS[1]}")" || { fault kill9-during-rush FAILED "the check did not run"; return; }
  sed 's/^/  /' <<<"$check_out"
  failed="$(figure failed "$check_out")"
  local problems=""
  [ "$(figure oversold "$check_out")" = 0 ] || problems+=" oversold=$(figure oversold "$check_out")"
  [ "$(figure fifo "$check_out")" = ok ] || problems+=" fifo=broken"
  [ "$(figure acked_missing "$check_out")" = 0 ] || problems+=" acknowledged-but-missing=$(figure acked_missing "$check_out")"
  [ "$(figure acked_other_status "$check_out")" = 0 ] || problems+=" acknowledged-with-other-status=$(figure acked_other_status "$check_out")"
  for key in counters_ok one_row_per_user no_lost_seat api_ok; do
    [ "$(figure "$key" "$check_out")" = true ] || problems+=" $key=false"
  done
  [ "${failed:-0}" -gt 0 ] || problems+=" the kill came too late (no request failed)"
  if [ -z "$problems" ]; then
    fault kill9-during-rush ok "($(figure confirmed "$check_out") confirmed, $(figure waitlisted "$check_out") waitlisted; $failed requests without an answer, every acknowledged RSVP committed as told, $(figure unacked_rows "$check_out") committed but unanswered)"
  else
    fault kill9-during-rush FAILED "$problems"
  fi
}

# 2. The outbox after crashes: bench-app-1 died in fault 1; now kill -9 bench-app-2 while it is
#    sending the rush's mails, start both again, and check that every mail is sent, and how many
#    went out twice (only those in flight at a kill may).
fault_outbox_crash() {
  local event="$1" total sent victim deadline
  say "Fault 2: kill -9 bench-app-2 while it sends the rush's mails, then restart both instances"
  total="$(bench_sql "SELECT COUNT(*) FROM outbox_mails WHERE event_id = $event")"
  deadline=$((SECONDS + 120))
  while [ "$SECONDS" -lt "$deadline" ]; do
    sent="$(bench_sql "SELECT COUNT(*) FROM outbox_mails WHERE event_id = $event AND sent_at IS NOT NULL")"
    [ "${sent:-0}" -ge $((total / 10)) ] && break
    sleep 0.05
  done
  victim="$(java_pid 2)" || { fault outbox-after-crash FAILED "bench-app-2 not found"; return; }
  kill -KILL "$victim"
  say "  killed bench-app-2 (pid $victim) with $sent of $total mails marked sent"
  cp "$PN_LOGS/bench-app-1.log" "$BENCH_RUN/faults-app-1-first.log"
  cp "$PN_LOGS/bench-app-2.log" "$BENCH_RUN/faults-app-2-first.log"
  start_apps 2
  # A dead instance's claimed mails wait for their lease (MailSender.LEASE, 2 min) to run out.
  wait_for "every mail of the rush to be sent" 400 \
    bash -c "[ \"\$(MYSQL_PWD='$DB_PASSWORD' mysql -N -B -u'$DB_USER' -h'$DB_HOST' -P'$DB_PORT' '$BENCH_DB' -e \"SELECT COUNT(*) FROM outbox_mails WHERE event_id = $event AND sent_at IS NULL\")\" = 0 ]" \
    || true
  local unsent sends distinct twice
  unsent="$(bench_sql "SELECT COUNT(*) FROM outbox_mails WHERE event_id = $event AND sent_at IS NULL")"
  sent_mails "$BENCH_RUN/faults-app-1-first.log" "$BENCH_RUN/faults-app-2-first.log" \
    "$PN_LOGS/bench-app-1.log" "$PN_LOGS/bench-app-2.log" | grep -F "Bench night faults-" >"$BENCH_RUN/faults-sent.txt" || true
  sends="$(wc -l <"$BENCH_RUN/faults-sent.txt")"
  distinct="$(sort -u "$BENCH_RUN/faults-sent.txt" | wc -l)"
  twice=$((sends - distinct))
  if [ "${unsent:-1}" -eq 0 ] && [ "$distinct" -ge "$total" ] && [ "$twice" -le 40 ]; then
    fault outbox-after-crash ok "($total mails queued, all sent after two kill -9; $twice sent twice — at most the batches in flight at the kills)"
  else
    fault outbox-after-crash FAILED "($total queued, $unsent unsent, $distinct distinct sent, $twice sent twice)"
  fi
}

# 3. The database away for 10 s under steady load: answers are 503 with Retry-After (or the
#    cached public page), never 500, and the app recovers by itself.
fault_database_down() {
  local event="$1" token probe_pid down_at up_at
  say "Fault 3: stop the database for 10 s under steady load on bench-app-2"
  token="$(sed -n '1s/^[^\t]*\t//p' "$TOKENS")"
  "$JAVA_HOME/bin/java" bench/Probe.java --url "${APP_URLS[1]}" --event "$event" --token "$token" --seconds 45 \
    --interval-ms 100 --out "$BENCH_RUN/faults-db.tsv" &
  probe_pid=$!
  sleep 8
  down_at="$(now_ms)"
  db_root <<<"SHUTDOWN;" >/dev/null 2>&1 || mysqladmin -uroot -h"$DB_HOST" -P"$DB_PORT" shutdown >/dev/null 2>&1 || true
  wait_for "the database to stop" 30 bash -c "! (exec 3<>/dev/tcp/$DB_HOST/$DB_PORT) 2>/dev/null" || true
  say "  database stopped"
  sleep 10
  up_at="$(now_ms)"
  ensure_database_server
  say "  database started again ($(( ($(now_ms) - up_at) / 1000 )) s to answer)"
  wait "$probe_pid" || true
  awk -F'\t' -v down="$down_at" -v up="$up_at" '
    { n++ }
    $3 >= 500 && $3 != 503 { bad++; if (!ex) ex = $2 " " $3 " " $5 }
    $3 == 503 && $4 == "-" { noretry++ }
    $3 == 0 { noanswer++; if (!ex) ex = $2 " no answer: " $5 }
    $1 >= down && $1 < up + 1000 && $3 == 503 { during503++ }
    $1 >= up && $3 >= 200 && $3 < 300 && $2 == "api-rsvp" && !recovered { recovered = $1 }
    { last[$2] = $3; t = $1 }
    END {
      printf "requests=%d fivexx_not_503=%d 503_without_retry_after=%d no_answer=%d 503_during_outage=%d recovered_ms=%d example=%s\n",
        n, bad, noretry, noanswer, during503, (recovered ? recovered - up : -1), ex
    }' "$BENCH_RUN/faults-db.tsv" >"$BENCH_RUN/faults-db.summary"
  # The last 5 s of the probe must be all 2xx: the app came back by itself.
  local tail_bad
  tail_bad="$(awk -F'\t' 'NR == FNR { if ($1 > max) max = $1; next } $1 > max - 5000 && ($3 < 200 || $3 >= 300)' \
    "$BENCH_RUN/faults-db.tsv" "$BENCH_RUN/faults-db.tsv" | wc -l)"
  local summary; summary="$(cat "$BENCH_RUN/faults-db.summary")"
  say "  $summary"
  local bad noretry noanswer during recovered
  bad="$(sed -n 's/.*fivexx_not_503=\([0-9]*\).*/\1/p' <<<"$summary")"
  noretry="$(sed -n 's/.*503_without_retry_after=\([0-9]*\).*/\1/p' <<<"$summary")"
  noanswer="$(sed -n 's/.*no_answer=\([0-9]*\).*/\1/p' <<<"$summary")"
  during="$(sed -n 's/.*503_during_outage=\([0-9]*\).*/\1/p' <<<"$summary")"
  recovered="$(sed -n 's/.*recovered_ms=\(-*[0-9]*\).*/\1/p' <<<"$summary")"
  if [ "$bad" -eq 0 ] && [ "$noretry" -eq 0 ] && [ "$noanswer" -eq 0 ] && [ "$during" -gt 0 ] && [ "$tail_bad" -eq 0 ] && [ "$recovered" -ge 0 ]; then
    fault database-down-10s ok "($during answers 503 with Retry-After while it was away, no 500; RSVPs worked again $((recovered / 1000)).$(( (recovered % 1000) / 100 )) s after it was back)"
  else
    fault database-down-10s FAILED "($summary; non-2xx in the last 5 s: $tail_bad)"
  fi
}

# 4. Keycloak away: public pages and bearer tokens issued before keep working (keys are cached),
#    signing in shows our page, not a dead redirect; after Keycloak is back, sign-in works again.
fault_keycloak_down() {
  local event="$1" token base="${APP_URLS[1]}"
  say "Fault 4: stop Keycloak"
  if ! pid_alive keycloak; then
    fault keycloak-down FAILED "(Keycloak was not started by this checkout's scripts, so it is not stopped here)"
    return
  fi
  token="$(sed -n '2s/^[^\t]*\t//p' "$TOKENS")"
  stop_recorded keycloak
  local home page api rsvp signin signin_body problems=""
  home="$(curl -s -o /dev/null -w '%{http_code}' "$base/")"
  page="$(curl -s -o /dev/null -w '%{http_code}' "$base/events/$event")"
  api="$(curl -s -o /dev/null -w '%{http_code}' "$base/api/events/$event")"
  rsvp="$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"guests":0}' "$base/api/events/$event/rsvp")"
  signin_body="$(curl -s -w '\n%{http_code}' "$base/signin")"
  signin="$(tail -n1 <<<"$signin_body")"
  say "  Keycloak away: home $home, event page $page, API $api, RSVP with an earlier token $rsvp, sign-in $signin"
  [ "$home" = 200 ] || problems+=" home=$home"
  [ "$page" = 200 ] || problems+=" event-page=$page"
  [ "$api" = 200 ] || problems+=" api=$api"
  [ "$rsvp" = 200 ] || problems+=" rsvp-with-earlier-token=$rsvp"
  if [ "$signin" != 503 ] || ! grep -q "Sign-in is unavailable" <<<"$signin_body"; then
    problems+=" sign-in=$signin (expected our 503 page)"
  fi
  ensure_keycloak
  sleep 6   # the app re-checks Keycloak at most every 5 s
  local location
  location="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$base/signin")"
  say "  Keycloak back: sign-in answers $location"
  case "$location" in
    302\ *openid-connect/auth*) ;;
    *) problems+=" sign-in-after-restart=$location" ;;
  esac
  if [ -z "$problems" ]; then
    fault keycloak-down ok "(home, event page, API and an RSVP with an earlier token answered 200; sign-in showed our 503 page; after the restart sign-in redirects to Keycloak again)"
  else
    fault keycloak-down FAILED "($problems)"
  fi
}

faults() {
  local requests=3000 only="kill9,outbox,database,keycloak"
  while [ $# -gt 0 ]; do
    case "$1" in
      --requests) requests="$2"; shift 2 ;;
      --only) only="$2"; shift 2 ;;
      *) usage ;;
    esac
  done
  [[ "$requests" =~ ^[0-9]+$ ]] && [ "$requests" -ge 500 ] || die "--requests must be 500 or more."
  prepare 2
  local event targets
  event="$("$JAVA_HOME/bin/java" -cp "$CONNECTOR_JAR" bench/RushDb.java event "$JDBC_URL" "$DB_USER" "$DB_PASSWORD" \
    195 0 "faults-$(date +%s)")" || die "Could not create the bench night."
  say "Bench users and tokens (not timed)"
  "$JAVA_HOME/bin/java" bench/Keycloak.java tokens "$requests" "$TOKENS" "$REALM_STATE" \
    || die "Could not prepare the bench users' tokens."
  targets="$(IFS=,; echo "${APP_URLS[*]}")"

  # The outbox scenario works on the mails of the rush, so it needs the kill9 one before it.
  [[ ",$only," == *,kill9,* ]] && fault_kill9_rush "$event" "$targets" "$requests"
  [[ ",$only," == *,kill9,* && ",$only," == *,outbox,* ]] && fault_outbox_crash "$event"
  [[ ",$only," == *,database,* ]] && fault_database_down "$event"
  [[ ",$only," == *,keycloak,* ]] && fault_keycloak_down "$event"
  cleanup
  echo
  printf '%s\n' "${FAULT_LINES[@]}"
}
