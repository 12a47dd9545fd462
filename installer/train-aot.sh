#!/usr/bin/env bash
# Writes the AOT cache of an app image made by jpackage (JDK 25+: JEP 483 and 514), so the
# installed console starts with its classes already loaded and linked. Called by build.sh.
#   installer/train-aot.sh IMAGE_DIR CACHE_FILE
# The training run is the image's own launcher, with its own JVM options (a cache is only used by
# a JVM started the same way), started as an agent would start it: demo mode, a throw-away home
# and data folder, under Xvfb when there is one (else on $DISPLAY). It waits for the login window
# and for the console behind it to start (the app prints both when JTCONSOLE_STARTUP_PROBE=1),
# lets the first connection check and history sync run, then stops it; at exit the JVM writes
# what it loaded, linked and profiled into CACHE_FILE.
# Exit status: 0 cache written; 3 no display to train on (the caller packages without a cache);
# anything else is a failure of the app or the JVM, with the training log on stderr.
set -euo pipefail

IMAGE=${1:?usage: installer/train-aot.sh IMAGE_DIR CACHE_FILE}
CACHE=${2:?usage: installer/train-aot.sh IMAGE_DIR CACHE_FILE}
SETTLE_S=${TRAIN_SETTLE_S:-5}     # after the start: the first connection check and history sync
START_TIMEOUT_S=${TRAIN_TIMEOUT_S:-300}

launcher=$(find "$IMAGE/bin" -maxdepth 1 -type f -perm -u+x | head -1)
[[ -x "$launcher" ]] || { echo "train-aot: no launcher in $IMAGE/bin" >&2; exit 1; }

if command -v xvfb-run >/dev/null; then
  display=(xvfb-run -a -s "-screen 0 1280x800x24")
elif [[ -n "${DISPLAY:-}" ]]; then
  display=()
else
  echo "train-aot: no Xvfb (apt-get install xvfb) and no DISPLAY: cannot run the console to train its AOT cache" >&2
  exit 3
fi

work=$(mktemp -d)
runner=""
cleanup() {
  if [[ -s "$work/pid" ]]; then kill -9 "$(cat "$work/pid")" 2>/dev/null || true; fi
  if [[ -n "$runner" ]]; then wait "$runner" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home"
rm -f "$CACHE"
# Written in the work folder first: JAVA_TOOL_OPTIONS splits at spaces, and the image is "JT Console".
output="$work/cache.aot"

# The pid of the JVM itself (not xvfb-run's): it is the one to stop.
HOME="$work/home" JTCONSOLE_STARTUP_PROBE=1 JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$output" \
  "${display[@]}" bash -c 'echo $$ > "$1"; exec "$2" --demo --data-dir "$3"' _ "$work/pid" "$launcher" "$work/data" \
  >"$work/log" 2>&1 &
runner=$!

started=""
for _ in $(seq 1 $((START_TIMEOUT_S * 10))); do
  started=$(grep -m1 -E '^console-(started|failed) ' "$work/log" || true)
  [[ -n "$started" ]] && break
  kill -0 "$runner" 2>/dev/null || break
  sleep 0.1
done
if [[ "$started" != console-started* ]]; then
  echo "train-aot: the console did not start (${started:-it stopped or took over ${START_TIMEOUT_S} s}); its output:" >&2
  cat "$work/log" >&2
  exit 1
fi
echo "train-aot: $(grep -m1 '^first-window ' "$work/log" | awk '{print "first window after " $2 " ms"}'), $(echo "$started" | awk '{print "console started after " $2 " ms"}')"
sleep "$SETTLE_S"

# SIGTERM: the JVM exits normally (shutdown hooks, then the AOT cache is assembled by a child JVM).
kill -TERM "$(cat "$work/pid")"
wait "$runner" || true
runner=""
rm -f "$work/pid"
if [[ ! -s "$output" ]]; then
  echo "train-aot: no AOT cache written; the training run said:" >&2
  cat "$work/log" >&2
  exit 1
fi
mv "$output" "$CACHE"
grep -m1 'AOTCache creation is complete' "$work/log" | sed 's/^/train-aot: /' || true
