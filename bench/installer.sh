#!/usr/bin/env bash
# bench/run installer: the installed app, as an agent gets it.
#   deb_size_mb          size of target/installer/jt-console_*.deb (built if missing, or with REBUILD=1)
#   first_start_s        the very first start after installing (JavaFX unpacks its native libraries
#                        into ~/.openjfx, the database is created)
#   cold_start_s         median of 3 later starts, each a new JVM: process start to the first window,
#                        on one Xvfb server started beforehand (its own start-up is not the console's;
#                        the app prints "first-window" when JTCONSOLE_STARTUP_PROBE=1, then
#                        "console-started" when the database, simulator and accounts behind it are up)
#   rss_after_start_mb   VmRSS of the app 5 s after the console behind its window has started (last start)
#   cpu_to_window_s      CPU time (user + system, all threads) the app had used when its first window
#                        showed: unlike wall time, it hardly depends on how busy the machine is
# Installs the package with apt-get (root or sudo) and removes it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
command -v Xvfb >/dev/null || { echo "Xvfb is needed (apt-get install xvfb)" >&2; exit 1; }

deb=$(ls -t target/installer/jt-console_*.deb 2>/dev/null | head -1 || true)
if [[ -z "$deb" || -n "${REBUILD:-}" ]]; then
  mvn -B -q -Pinstaller -DskipTests package
  deb=$(ls -t target/installer/jt-console_*.deb | head -1)
fi
echo "# machine: $(nproc) cores, $(grep -m1 "model name" /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d" " -f1-3 /proc/loadavg)"
awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "deb_size_mb %.1f MB\n", b / 1048576 }'

# apt-get, as users install it: it fetches what the package depends on (dpkg -i stops at xdg-utils).
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$(realpath "$deb")" >/dev/null \
  || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$(realpath "$deb")" >/dev/null; }
xvfb_pid=""
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; $SUDO dpkg --purge jt-console >/dev/null 2>&1 || true' EXIT
launcher=$(dpkg -L jt-console | grep '/bin/' | grep -v '/runtime/' | head -1)

work=$(mktemp -d)
export HOME="$work/home"          # a fresh home: the first start really is the first
mkdir -p "$HOME"

# One X server for all starts, on the first free display number.
n=90
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 200); do [ -S "/tmp/.X11-unix/X$n" ] && break; sleep 0.05; done
[ -S "/tmp/.X11-unix/X$n" ] || { echo "Xvfb did not start on :$n" >&2; exit 1; }
export DISPLAY=":$n"

# Starts the app once; prints "<seconds to first window> <rss MB> <JVM-side ms> <cpu s> <started ms>" and stops it.
start_once() {
  local log="$work/out.$1" pidfile="$work/pid.$1" t0 t1 pid rss
  t0=$(date +%s%N)
  JTCONSOLE_STARTUP_PROBE=1 \
    bash -c 'echo $$ > "$1"; exec "$2" --data-dir "$3"' _ "$pidfile" "$launcher" "$work/data" >"$log" 2>&1 &
  local runner=$!
  for _ in $(seq 1 600); do
    grep -q '^first-window ' "$log" 2>/dev/null && break
    sleep 0.05
  done
  t1=$(date +%s%N)
  grep -q '^first-window ' "$log" || { echo "no first window; output:" >&2; cat "$log" >&2; exit 1; }
  pid=$(cat "$pidfile")
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$pid/stat")
  # The memory figure is taken with the whole console up, not just its window.
  for _ in $(seq 1 1200); do
    grep -q '^console-started ' "$log" 2>/dev/null && break
    sleep 0.05
  done
  sleep 5
  rss=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
  kill "$pid"; wait "$runner" 2>/dev/null || true
  local started
  started=$(grep -m1 '^console-started ' "$log" | cut -d' ' -f2)
  awk -v a="$t0" -v b="$t1" -v r="$rss" -v c="$cpu" -v p="$(grep '^first-window ' "$log" | cut -d' ' -f2)" -v s="${started:-?}" \
    'BEGIN { printf "%.2f %s %s %s %s\n", (b - a) / 1e9, r, p, c, s }'
}

read -r first rss probe cpu started < <(start_once 0)
echo "first_start_s $first s (JVM-side: ${probe} ms, cpu ${cpu} s; console started behind it after ${started} ms)"
starts=()
cpus=()
for i in 1 2 3; do
  read -r s rss probe cpu started < <(start_once "$i")
  starts+=("$s")
  cpus+=("$cpu")
  echo "# start $i: $s s to first window (JVM-side ${probe} ms, cpu ${cpu} s), console started after ${started} ms, rss ${rss} MB"
done
echo "cold_start_s $(printf '%s\n' "${starts[@]}" | sort -n | sed -n 2p) s"
echo "cpu_to_window_s $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n 2p) s"
echo "rss_after_start_mb $rss MB"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$work"
