#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# Regenerates the README's screenshots under Xvfb, from a throw-away store seeded through
# smsrouter-cli, inside a private unlocked keyring (so tokens show as kept in the keychain).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
cmake --preset dev >/dev/null
cmake --build --preset dev >/dev/null

out=docs/screenshots
mkdir -p "$out/i18n"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SMSROUTER_DB="$work/screens.sqlite"
# The default region of a new store comes from the locale: show a realistic one.
export LANG=en_GB.UTF-8 LC_ALL=
cli=build/dev/app/cli/smsrouter-cli
gui=build/dev/app/gui/smsrouter
sim=build/dev/tests/sim/restcomm-sim

tests/keychain/with-keyring.sh bash -c '
set -e
cli=$1; gui=$2; out=$3; work=$4; sim=$5
export XDG_CONFIG_HOME="$work/config"
shoot() { name=$1 page=$2; shift 2; xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb "$gui" --screenshot "$out/$name.png" --page "$page" "$@" 2>/dev/null; }
# The same in German and in European Portuguese (the window follows LANGUAGE/LANG), to look for
# text cut off or overflowing: i18n/<lang>-<name>.png.
translated() { for lang in de pt_PT; do
    LANGUAGE=$lang LANG=$lang.UTF-8 shoot "i18n/$lang-$1" "${@:2}"; done; }
# sim_carriers RATE_PT RATE_UK RATE_DE SIM-OPTIONS…: starts restcomm-sim on loopback for the
# current store and adds the three tutorial carriers on it, with a prefix rule each. The
# simulator derives an account SID from its e-mail and the token from its password (md5).
sid() { printf "AC%s" "$(printf %s "$1" | md5sum | cut -c1-32)"; }
tok() { printf %s "$1" | md5sum | cut -c1-32; }
sim_carriers() {
    pt=$1 uk=$2 de=$3; shift 3
    rm -f "$work/sim.port"
    "$sim" "$@" >"$work/sim.port" 2>/dev/null &
    simpid=$!
    trap "kill $simpid 2>/dev/null || true" EXIT
    for _ in $(seq 50); do [ -s "$work/sim.port" ] && break; sleep 0.1; done
    base="http://127.0.0.1:$(head -1 "$work/sim.port")/restcomm/2012-04-24"
    tok Portugal123 | "$cli" carrier add "Vodafone PT" --account-sid "$(sid portugal@carriers.demo)" --base-url "$base" --rate "$pt" --token-stdin >/dev/null
    tok Uk12345678 | "$cli" carrier add "EE UK" --account-sid "$(sid uk@carriers.demo)" --base-url "$base" --rate "$uk" --token-stdin >/dev/null
    tok Germany123 | "$cli" carrier add "Telekom DE" --account-sid "$(sid germany@carriers.demo)" --base-url "$base" --rate "$de" --token-stdin >/dev/null
    "$cli" rule add --prefix 351 --carrier "Vodafone PT" --cost 0.021 >/dev/null
    "$cli" rule add --prefix 44 --carrier "EE UK" --cost 0.034 >/dev/null
    "$cli" rule add --prefix 49 --carrier "Telekom DE" --cost 0.029 >/dev/null
}

"$cli" --db "$work/empty.sqlite" carrier list >/dev/null
SMSROUTER_DB="$work/empty.sqlite" shoot carriers-empty carriers

printf tok1 | "$cli" carrier add "Vodafone PT" --account-sid AC5ee3b351401804c2d064a33f762146fb --rate 50 --max-in-flight 10 --token-stdin >/dev/null
printf tok2 | "$cli" carrier add "EE UK" --account-sid AC77f8c12cc7b8f8423e5c38b035249166 --rate 30 --token-stdin >/dev/null
printf tok3 | "$cli" carrier add "Telekom DE" --account-sid AC28f96b0fea1f9e33646f42026abdf305 --rate 20 --token-stdin >/dev/null
printf tok4 | "$cli" carrier add "Backup (Restcomm cloud)" --account-sid AC0123456789abcdef0123456789abcdef --rate 5 --disabled --notes "Only for failover" --token-stdin >/dev/null
shoot carriers carriers
shoot settings settings
translated carriers carriers
translated settings settings

# Rules: prefixes with a fallback and a skipped (disabled) carrier, countries, a default; the
# Test-a-number box shows a national number read in the default region of the store (GB).
"$cli" rule add --prefix 447 --carrier "EE UK" --cost 0.021 --weight 3 >/dev/null
"$cli" rule add --prefix 447 --carrier "Telekom DE" --cost 0.0235 --priority 2 >/dev/null
"$cli" rule add --prefix 447 --carrier "Backup (Restcomm cloud)" --cost 0.019 >/dev/null
"$cli" rule add --country GB --carrier "EE UK" --cost 0.025 >/dev/null
"$cli" rule add --country PT --carrier "Vodafone PT" --cost 0.0125 >/dev/null
"$cli" rule add --country DE --carrier "Telekom DE" --cost 0.045 >/dev/null
"$cli" rule add --default --carrier "Telekom DE" --cost 0.06 --priority 5 >/dev/null
shoot rules rules --page-arg "07400 123456"

# Compose, in the demo (its own store and a local restcomm-sim): a typographic apostrophe and
# dash force UCS-2, and one recipient has no route.
XDG_DATA_HOME="$work/demo-data" SMSROUTER_DB= shoot compose compose --demo \
    --page-arg "+351 912 345 678, +44 7400 123456
+49 1512 3456789
+33 6 12 34 56 78|SMSRouter|It’s a test from the SMS Router demo – olá!"
XDG_DATA_HOME="$work/demo-data" SMSROUTER_DB= translated compose compose --demo \
    --page-arg "+351 912 345 678, +44 7400 123456
+49 1512 3456789
+33 6 12 34 56 78|SMSRouter|It’s a test from the SMS Router demo – olá!"

# The Inbox, in the demo: a few handsets answered the demo messages, one of them "STOP" (its
# number is on the opt-out list by itself). The window fetches the replies when it starts.
XDG_DATA_HOME="$work/demo-data" SMSROUTER_DB= shoot inbox inbox --demo --screenshot-delay 4 --page-arg +447911123458
XDG_DATA_HOME="$work/demo-data" SMSROUTER_DB= translated inbox inbox --demo --screenshot-delay 4 --page-arg +447911123458

# Opt-outs: two added by hand (one national, read in the default region GB), a list imported.
"$cli" optout add "+44 7911 123456" --reason "Replied STOP" >/dev/null
"$cli" optout add "07400 765432" --reason "Asked by phone on 3 March" >/dev/null
printf "phone,reason\n+351912000111,STOP keyword\n+4915112345678,Complaint to the shop\n+33612345678,\n" >"$work/stop.csv"
"$cli" optout import "$work/stop.csv" >/dev/null
shoot optouts optouts

# The import wizard on a real-world export (Excel, semicolons, Windows-1252): how the file is
# read, then the message rendered for the first rows with their segments and carriers.
excel="$PWD/tests/data/csv/excel-semicolon-1252.csv"
shoot campaign-wizard-columns campaigns --page-arg "wizard:$excel||Loja|PT"
shoot campaign-wizard-message campaigns \
    --page-arg "wizard:$excel|Olá {Nome}, o seu saldo é {Saldo} EUR. Responda STOP para sair.|Loja|PT"

# Campaigns, on a store of their own whose carriers are on restcomm-sim (loopback): one
# completed, one sending (started and partly sent by a headless dispatcher; the window sends on),
# one scheduled, one cancelled and a draft.
export SMSROUTER_DB="$work/campaigns.sqlite"
sim_carriers 12 10 8 --latency-ms 150 --failed-rate 0.02 --undelivered-rate 0.04 --final-after-ms 1500
recipients() { # FILE COUNT FIRST: a name and a PT, UK or DE mobile a row, a few bad rows
    names=(Ana Bruno Carla Duarte Emma Finn Greta Hugo Inês Jonas Klara Liam Marta Noah)
    { echo "phone,name"
      for i in $(seq "$3" $(($3 + $2 - 1))); do
          case $((i % 3)) in
              0) phone="+351 91$(printf %07d "$i")" ;;
              1) phone="+44 7911 1$(printf %05d "$i")" ;;
              2) phone="+49 151 $(printf %08d "$i")" ;;
          esac
          ((i % 97 == 5)) && phone="n/a"
          echo "$phone,${names[$((i % ${#names[@]}))]}"
      done; } >"$1"
}
recipients "$work/welcome.csv" 40 1
"$cli" campaign import "$work/welcome.csv" --name "Welcome pack" --from SMSRouter --body "Welcome, {name}! Your card is active." >/dev/null
"$cli" campaign start 1 >/dev/null
"$cli" dispatch --until-idle --max-seconds 30 >/dev/null 2>&1 || true
"$cli" campaign import "$PWD/tests/data/csv/excel-csv-utf8.csv" --region PT --name "Clientes Lisboa" --from Loja --body "Olá {Nome}! Amanhã há saldos na loja de {Cidade}." >/dev/null
"$cli" campaign start 2 --at "$(date -d tomorrow +%Y-%m-%dT09:00:00)" >/dev/null
recipients "$work/old.csv" 25 5000
"$cli" campaign import "$work/old.csv" --name "Easter (wrong date)" --from SMSRouter --body "Happy Easter, {name}!" >/dev/null
"$cli" campaign cancel 3 >/dev/null
recipients "$work/spring.csv" 900 100
"$cli" campaign import "$work/spring.csv" --name "Spring sale" --from SMSRouter --body "Hi {name}, 20% off everything this weekend. Show this text in store." >/dev/null
"$cli" campaign start 4 >/dev/null
"$cli" dispatch --campaign 4 --max-seconds 8 >/dev/null 2>&1 || true
recipients "$work/autumn.csv" 1500 3000
"$cli" campaign import "$work/autumn.csv" --name "Autumn catalogue" --from SMSRouter --body "{name}, the autumn catalogue is out: smsrouter.example/autumn" >/dev/null
shoot campaigns campaigns --page-arg 4
translated campaigns campaigns --page-arg 4
# The Dashboard on the same store: the traffic of the last hour, the rates and costs of the carriers, the
# Spring sale running (the window sends on), failures to look at.
shoot dashboard dashboard --screenshot-delay 3
translated dashboard dashboard --screenshot-delay 3
kill $simpid 2>/dev/null || true
wait $simpid 2>/dev/null || true

# The delivery log during a run: restcomm-sim with latency and a few faults, three carriers on
# it, a first batch sent and delivered through the CLI, then the window itself sending a second
# batch (queued by the CLI while the window holds the store) when the picture is taken.
export SMSROUTER_DB="$work/log.sqlite"
sim_carriers 4 3 3 --latency-ms 600 --reset-rate 0.03 --failed-rate 0.05 --undelivered-rate 0.08 --final-after-ms 1000
numbers() {
    first=$1; count=$2; list=""
    for i in $(seq "$first" $((first + count - 1))); do
        case $((i % 3)) in
            0) list="$list,+3519123$(printf %05d "$i")" ;;
            1) list="$list,+4479111$(printf %05d "$i")" ;;
            2) list="$list,+4915123$(printf %06d "$i")" ;;
        esac
    done
    printf %s "${list#,}"
}
"$cli" send --to "$(numbers 0 24)" --from Router --body "Your code is 4821" --wait 12 >/dev/null || true
xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb "$gui" --page log --screenshot "$out/log.png" \
    --screenshot-delay 9.5 2>/dev/null &
guipid=$!
# In the background: a send queues at once, then waits for the store the window holds.
later() { sleep "$1"; shift; "$cli" send --from Router "$@" >/dev/null 2>&1 || true; }
later 1.5 --to "$(numbers 100 30)" --body "Spring sale: 20% off this weekend only" & pids="$guipid $!"
later 4.5 --to "$(numbers 200 12)" --body "Your code is 7730" & pids="$pids $!"
later 7.8 --to "$(numbers 300 9)" --body "Your code is 1193" & pids="$pids $!"
wait $pids
' bash "$cli" "$gui" "$out" "$work" "$sim"
ls -1 "$out"
