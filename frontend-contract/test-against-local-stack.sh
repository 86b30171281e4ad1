#!/usr/bin/env bash
# The contract package's test against a freshly started local demo stack: installs the package's
# locked dependencies, starts infra/run-local.sh in the background, waits for its ready line,
# runs the web components' and dashboard's browser tests (`npm test` in web/, on the bundle the
# stack built) and then `npm test` (generate, strict typecheck, every example operation with real
# tokens), and always stops the stack again. CI runs it after the Maven build (.ci/run).
set -euo pipefail

contract=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$contract/.." && pwd)
log=${RUN_LOCAL_LOG:-"$root/infra/.run/run-local-for-contract.log"}
ready_timeout=${READY_TIMEOUT_SECONDS:-600}
ready_line='Werkplaats Platform is ready with demo data'

cd "$contract"
npm ci --no-audit --no-fund

if pgrep -f 'infra/run-local\.sh' >/dev/null; then
	echo "Another infra/run-local.sh is running (fixed ports): stop it first." >&2
	pgrep -fa 'infra/run-local\.sh' >&2
	exit 1
fi

mkdir -p "$(dirname "$log")"
stack_pid=""
stop_stack() {
	[ -n "$stack_pid" ] || return 0
	# The launcher stops its own process groups (Keycloak, the backend) on TERM; give it time.
	if kill -0 "$stack_pid" 2>/dev/null; then
		kill -TERM "$stack_pid" 2>/dev/null || true
		for _ in $(seq 1 60); do
			kill -0 "$stack_pid" 2>/dev/null || break
			sleep 1
		done
	fi
	if kill -0 "$stack_pid" 2>/dev/null; then
		# setsid made it a session of its own: Keycloak's and the backend's groups are in it too.
		echo "infra/run-local.sh did not stop within a minute; killing its session" >&2
		pkill -KILL -s "$stack_pid" 2>/dev/null || true
	fi
	wait "$stack_pid" 2>/dev/null || true
	stack_pid=""
}
trap stop_stack EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "Starting the local demo stack (log: $log)..."
# Its own session and process group, so that stopping it never reaches this script.
setsid "$root/infra/run-local.sh" >"$log" 2>&1 </dev/null &
stack_pid=$!

deadline=$((SECONDS + ready_timeout))
until grep -q "$ready_line" "$log"; do
	if ! kill -0 "$stack_pid" 2>/dev/null; then
		echo "infra/run-local.sh stopped before it was ready; its log:" >&2
		cat "$log" >&2
		exit 1
	fi
	if grep -q 'does not answer: logging in is not possible yet' "$log"; then
		echo "The platform started, but Keycloak does not answer; the stack's log:" >&2
		cat "$log" >&2
		exit 1
	fi
	if [ "$SECONDS" -ge "$deadline" ]; then
		echo "The stack was not ready within ${ready_timeout}s; its log:" >&2
		cat "$log" >&2
		exit 1
	fi
	sleep 2
done
echo "The stack is ready after ${SECONDS}s."

status=0
# First the browser tests of web/ (infra/run-local.sh has built its bundle; they leave the
# examples' demo data alone), then the contract's examples, which use some demo data up.
echo "Testing the web components and the dashboard in Chromium (frontend-contract/web)..."
(cd "$contract/web" && npm test) || status=$?
if [ "$status" -ne 0 ]; then
	echo "npm test in frontend-contract/web failed (exit $status); the web build's log is infra/.run/web-build.log" >&2
fi
contract_status=0
npm test || contract_status=$?
if [ "$contract_status" -ne 0 ]; then
	echo "npm test failed (exit $contract_status); the stack's log is $log" >&2
	status=$contract_status
fi
exit "$status"
