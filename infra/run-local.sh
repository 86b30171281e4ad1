#!/usr/bin/env bash
# Runs the whole Werkplaats Platform on this machine, without Docker: PostgreSQL (embedded
# binaries unless WERKPLAATS_DB_URL is set), Keycloak 26.7 from Maven Central with the demo realm
# on :8180, and the backend with GraphiQL and the demo data on :8080. Ctrl-C stops all of it.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
run_dir="$root/infra/.run"
keycloak_version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$root/pom.xml")
keycloak_home="$run_dir/keycloak-$keycloak_version"
keycloak_port=${KEYCLOAK_PORT:-8180}
mvn=("$root/mvnw" -q -B)

mkdir -p "$run_dir"
if [ ! -x "$keycloak_home/bin/kc.sh" ]; then
	echo "Fetching Keycloak $keycloak_version from Maven Central..."
	"${mvn[@]}" -f "$root/pom.xml" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
		-Dartifact="org.keycloak:keycloak-quarkus-dist:$keycloak_version:zip" -DoutputDirectory="$run_dir"
fi

# The web components, their demo pages and the national dashboard (frontend-contract/web), which
# the backend serves at /web/ in the local profile: built first when Node.js is there.
web="$root/frontend-contract/web"
if [ "${WERKPLAATS_SKIP_WEB_BUILD:-}" = 1 ]; then
	echo "Not building the web components (WERKPLAATS_SKIP_WEB_BUILD=1): /web/ serves what $web/dist holds."
elif command -v npm >/dev/null 2>&1; then
	# Built again only when something it is built from changed since the last build.
	built="$web/dist/.built"
	if [ -f "$built" ] && [ -z "$(find "$web" "$root/frontend-contract/schema" "$root/frontend-contract/operations" \
		"$root/frontend-contract/src" -path "$web/node_modules" -prune -o -path "$web/dist" -prune -o \
		-path "$web/test-results" -prune -o -name gql -prune -o -type f -newer "$built" -print -quit)" ]; then
		echo "Web components and dashboard unchanged since their last build (frontend-contract/web/dist)."
	else
		echo "Building the web components and the dashboard (npm ci && npm run build in frontend-contract/web)..."
		rm -f "$built"
		if (cd "$web" && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent) \
			>"$run_dir/web-build.log" 2>&1; then
			touch "$built"
		else
			echo "The web build failed (log: infra/.run/web-build.log); the API starts without /web/." >&2
			tail -n 20 "$run_dir/web-build.log" >&2
		fi
	fi
else
	echo "Node.js (npm) is not installed: the web components and the dashboard are not built, /web/ stays" \
		"empty. Install Node.js 20.19 or later to have them." >&2
fi
export WERKPLAATS_WEB_DIRECTORY="$web/dist"

# Keycloak built once for this use (its file database; plain HTTP on localhost): then each start
# skips the build that start-dev repeats every time.
if [ ! -f "$keycloak_home/.built-for-run-local" ]; then
	echo "Building Keycloak $keycloak_version for local use (once)..."
	"$keycloak_home/bin/kc.sh" build --db=dev-file >"$run_dir/keycloak-build.log" 2>&1
	touch "$keycloak_home/.built-for-run-local"
fi

# Mail the platform sends lands here (one .eml file per message); fresh for every start.
rm -rf "$run_dir/mail"

# Keycloak's data folder fresh every start, as a copy of one with the demo realm imported: the
# import (and the database it creates) is done once per realm file, not on every start, where it
# took half of Keycloak's start-up.
realm_file="$root/infra/keycloak/werkplaatsen-realm.json"
keycloak_pristine="$keycloak_home/data-imported-$(sha256sum "$realm_file" | cut -c1-16)"

# The backend's build: when no source, resource, schema or POM changed since the last one (and a
# JDK 25 is found), the backend JVM starts directly with the classpath Maven wrote then; otherwise
# Maven builds and starts it (spring-boot:test-run) and the classpath is written for next time.
classpath_file="$run_dir/backend.classpath"
java=""
for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
	if [ -x "$home/bin/java" ] && grep -qE '^JAVA_VERSION="(2[5-9]|[3-9][0-9])' "$home/release" 2>/dev/null; then
		java="$home/bin/java"
		break
	fi
done
classpath=""
if [ -n "$java" ] && [ -s "$classpath_file" ] && [ -d "$root/backend/target/test-classes" ] &&
	[ -z "$(find "$root/pom.xml" "$root/backend/pom.xml" "$root/backend/src" "$root/frontend-contract/schema" \
		"$root/infra/keycloak" -newer "$classpath_file" -print -quit)" ]; then
	classpath=$(cat "$classpath_file")
	echo "Backend unchanged since its last build: starting it directly."
else
	rm -f "$classpath_file" "$classpath_file.next"
	build_started=$(date +%s)
	# Beside the build; kept (dated when the build began, so an edit made since still counts as a
	# change) only once the backend it built is ready.
	( "${mvn[@]}" -f "$root/backend/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
		-Dmdep.outputFile="$classpath_file.next" >/dev/null 2>&1 || rm -f "$classpath_file.next" ) &
fi

keycloak_pid=""
backend_pid=""
# Each service runs in its own process group (kc.sh and Maven both fork the JVM that does the
# work), so stopping a group stops all of it: politely first, then firmly.
stop_group() {
	local signal pid
	for signal in INT TERM KILL; do
		local alive=0
		for pid in "$@"; do
			if [ -n "$pid" ] && kill -0 -- "-$pid" 2>/dev/null; then
				kill "-$signal" -- "-$pid" 2>/dev/null || true
				alive=1
			fi
		done
		[ "$alive" = 1 ] || return 0
		for _ in $(seq 1 10); do
			local running=0
			for pid in "$@"; do
				if [ -n "$pid" ] && kill -0 -- "-$pid" 2>/dev/null; then running=1; fi
			done
			[ "$running" = 1 ] || return 0
			sleep 1
		done
	done
}
# The classpath Maven wrote is kept once the backend it built is ready, dated when the build
# began (an edit made since still counts as a change).
keep_classpath_once_ready() {
	if [ -n "${build_started:-}" ] && [ -s "$classpath_file.next" ] &&
		curl -sf -m 2 "http://localhost:${WERKPLAATS_MANAGEMENT_PORT:-8081}/actuator/health/readiness" >/dev/null 2>&1; then
		touch -d "@$build_started" "$classpath_file.next" && mv "$classpath_file.next" "$classpath_file"
	fi
}
stop_all() {
	# Also when stopped the moment it said ready (before the loop below looked again): the next
	# start would otherwise run Maven once more.
	keep_classpath_once_ready || true
	stop_group "$backend_pid"
	stop_group "$keycloak_pid"
}
# A non-interactive shell ignores SIGINT for background jobs, so the script stops them itself.
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -d "$keycloak_pristine" ]; then
	echo "Starting Keycloak $keycloak_version on :$keycloak_port (log: infra/.run/keycloak.log)..."
else
	echo "Importing the demo realm into Keycloak $keycloak_version (once per realm file), then starting it" \
		"on :$keycloak_port (log: infra/.run/keycloak.log)..."
fi
set -m # Keycloak gets its own process group, so it can be stopped as a whole
(
	export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
	# C1 only, as the backend: Keycloak starts on the same cores, and C2 compiling for it took
	# CPU from the backend's start-up (ready 36-37 s before, 33-34 s with it, on two cores).
	export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} -XX:TieredStopAtLevel=1"
	rm -rf "$keycloak_home/data"
	if [ ! -d "$keycloak_pristine" ]; then
		rm -rf "$keycloak_home"/data-imported-*
		"$keycloak_home/bin/kc.sh" import --optimized --file "$realm_file"
		cp -a "$keycloak_home/data" "$keycloak_pristine.partial"
		mv "$keycloak_pristine.partial" "$keycloak_pristine"
		rm -rf "$keycloak_home/data"
	fi
	cp -a "$keycloak_pristine" "$keycloak_home/data"
	exec "$keycloak_home/bin/kc.sh" start --optimized --http-enabled=true --hostname-strict=false \
		--http-port "$keycloak_port"
) >"$run_dir/keycloak.log" 2>&1 &
keycloak_pid=$!
set +m

issuer="http://localhost:$keycloak_port/realms/werkplaatsen"
# The backend starts beside Keycloak, not after it: its start-up needs no token; it prints the
# ready line once its demo data is in and Keycloak answers.
echo "Starting the backend (PostgreSQL, migrations, demo data) beside Keycloak..."
set -m
# Formatting is the test build's to check, not the launcher's.
if [ -n "$classpath" ]; then
	# Nothing changed since the last build: the JVM starts directly (Maven would spend seconds
	# finding nothing to do), as spring-boot:test-run starts it.
	# C1 only starts fastest; WERKPLAATS_JVM_OPTIONS replaces it (e.g. to profile with the full JIT).
	if [ -n "${WERKPLAATS_JVM_OPTIONS:-}" ]; then
		read -r -a jvm_options <<<"$WERKPLAATS_JVM_OPTIONS"
	else
		jvm_options=(-XX:TieredStopAtLevel=1)
	fi
	(cd "$root/backend" && WERKPLAATS_OIDC_ISSUER="$issuer" exec "$java" "${jvm_options[@]}" \
		-cp "$root/backend/target/test-classes:$root/backend/target/classes:$classpath" nl.werkplaatsen.LocalPlatform) &
else
	WERKPLAATS_OIDC_ISSUER="$issuer" "${mvn[@]}" -f "$root/backend/pom.xml" spring-boot:test-run \
		-Dspring-javaformat.skip=true -Dspring-boot.run.main-class=nl.werkplaatsen.LocalPlatform &
fi
backend_pid=$!
set +m
# The backend runs until Ctrl-C (the INT trap above); if it ends by itself, it failed to start
# or stopped: say so and pass its exit code on. Keycloak stopping ends everything as well.
while kill -0 "$backend_pid" 2>/dev/null; do
	if ! kill -0 "$keycloak_pid" 2>/dev/null; then
		echo "Keycloak stopped; see infra/.run/keycloak.log" >&2
		exit 1
	fi
	keep_classpath_once_ready
	sleep 1
done
status=0
wait "$backend_pid" || status=$?
if [ "$status" -ne 0 ]; then
	echo "The backend stopped with exit code $status; the reason is in its log above" \
		"(\"The Werkplaats Platform did not start: ...\")." >&2
	exit "$status"
fi
echo "The backend stopped." >&2
exit 1
