#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Red-team replay of the hardening defects through the command line: each check stages one attack or
# accident against a vault or a backup, runs `continuum vault ...` on it and fails if the defect comes
# back (a wrong exit code, a changed file, a hang, a crash, a leftover folder).
#
#   redteam.sh CONTINUUM CRASH_WRITER        (or the environment variables CONTINUUM and CRASH_WRITER)
#
# CONTINUUM is the application executable, CRASH_WRITER the helper of tests/core/crash_writer.cpp,
# which commits rows to a vault until it is killed. REDTEAM_ONLY=REGEX runs only the checks whose name
# matches. Prints "PASS name" or "FAIL name: why" per check, then "N passed, M failed"; exits 1 when a
# check failed, 2 on wrong arguments. Needs bash, coreutils, sed, grep, awk and util-linux only.
#
# Exit codes of the command line (README): 2 usage or invalid input, 3 wrong passphrase, 5 damaged,
# 7 open elsewhere, 8 disk full, 9 a vault (or other files) already there.
#
# Items 3 (keys and records in memory) and 9 (settings organization) of the hardening issue have no
# command-line surface; the C++ tests under tests/core and tests/ui cover them.

set -euo pipefail

usage() {
    echo "usage: $0 CONTINUUM CRASH_WRITER   (paths to the continuum and crash_writer executables)" >&2
    exit 2
}

CONTINUUM=${1:-${CONTINUUM:-}}
CRASH_WRITER=${2:-${CRASH_WRITER:-}}
[[ -n $CONTINUUM && -x $CONTINUUM && -n $CRASH_WRITER && -x $CRASH_WRITER ]] || usage
CONTINUUM=$(realpath "$CONTINUUM")
CRASH_WRITER=$(realpath "$CRASH_WRITER")
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export LC_ALL=C

readonly PASSPHRASE='red team passphrase one'
readonly PASSPHRASE2='red team passphrase two'
readonly WAL_HEADER=32
readonly WAL_FRAME=$((4096 + 24)) # SQLCipher 4 pages are 4096 bytes; each frame has a 24-byte header

ROOT=$(mktemp -d "${TMPDIR:-/tmp}/continuum-redteam.XXXXXX")
FIX=$ROOT/fixtures
BG_PIDS=()
cleanup() {
    local pid
    for pid in "${BG_PIDS[@]}"; do
        kill -KILL "$pid" 2>/dev/null || true
    done
    rm -rf "$ROOT"
}
trap cleanup EXIT
trap 'exit 143' TERM INT HUP

# ---------------------------------------------------------------------------------------------------
# Helpers, used inside a check (a subshell with WORK, WHY and CLI_OUT set; see run_check).

# problem TEXT: records why the check fails and lets it go on, so one report names everything wrong.
problem() {
    printf '%s; ' "$*" >>"$WHY"
}

# fail TEXT: records why and ends the check (when going on would prove nothing).
fail() {
    problem "$*"
    exit 1
}

# cli SECONDS STDIN ARGS...: runs continuum under a timeout with STDIN (a newline is appended) as its
# standard input. Sets RC, ELAPSED_MS and CLI_SECS; the output (stdout and stderr) is in $CLI_OUT.
cli() {
    CLI_SECS=$1
    local input=$2 start end
    shift 2
    start=$(date +%s%N)
    timeout -k 5 "$CLI_SECS" "$CONTINUUM" "$@" <<<"$input" >"$CLI_OUT" 2>&1 && RC=0 || RC=$?
    end=$(date +%s%N)
    ELAPSED_MS=$(((end - start) / 1000000))
}

# The same with the file-size limit at BLOCKS (1024-byte blocks) and SIGXFSZ ignored, so a write past
# the limit fails with EFBIG, as on a full disk, instead of killing the process.
cli_file_limit() {
    local blocks=$1
    CLI_SECS=$2
    local input=$3
    shift 3
    (
        trap '' XFSZ
        ulimit -f "$blocks"
        exec timeout -k 5 "$CLI_SECS" "$CONTINUUM" "$@" <<<"$input" >"$CLI_OUT" 2>&1
    ) && RC=0 || RC=$?
}

# What the last cli call did, for a failure message.
outcome() {
    local text
    case $RC in
    124 | 137) text="no answer within ${CLI_SECS}s (killed by timeout)" ;;
    134) text="crashed (SIGABRT)" ;;
    139) text="crashed (SIGSEGV)" ;;
    *) text="exit $RC" ;;
    esac
    printf '%s: "%s"' "$text" "$(tr '\n' ' ' <"$CLI_OUT" | cut -c1-220)"
}

expect_rc() {
    [[ $RC == "$1" ]] || problem "expected exit $1, got $(outcome)"
}

# listing DIR: every entry under DIR (type, mode, name, link target) and the SHA-256 of every regular
# file. Never follows links inside DIR and never opens anything but regular files.
listing() {
    local dir=$1
    if [[ ! -e $dir && ! -L $dir ]]; then
        echo "(absent)"
        return
    fi
    (
        cd "$dir"
        find . -mindepth 1 -printf '%y %m %p -> %l\n' | sort
        find . -type f -print0 | sort -z | xargs -0r sha256sum
    )
}

# same_listing WHAT BEFORE AFTER
same_listing() {
    local changes
    [[ $2 != "$3" ]] || return 0
    changes=$(diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") | grep '^[<>]' | head -6 | tr '\n' ' ' |
        cut -c1-400 || true)
    problem "$1 changed: $changes"
}

# no_leftovers DIR: no staging or set-aside folder of Continuum's is left in DIR.
no_leftovers() {
    local left
    left=$(find "$1" -maxdepth 1 -name '.continuum-*' -printf '%f ')
    [[ -z $left ]] || problem "left behind in $(basename "$1"): $left"
}

absent() {
    [[ ! -e $1 && ! -L $1 ]] || problem "$(basename "$1") was created"
}

# Key-slot files are edited as one line: QJsonDocument accepts it, and a slot object holds no braces,
# so [^{}]* cannot run from one slot into the next.
flat_json() {
    tr -d '\n' <"$1"
}

# slot_object JSON KIND: the slot object of that kind.
slot_object() {
    grep -oE "\\{[^{}]*\"kind\":[[:space:]]*\"$2\"[^{}]*\\}" <<<"$1" || true
}

# sed program that deletes the recovery slot from a slots array (wherever it stands in the array).
readonly RECOVERY_SLOT='\{[^{}]*"kind":[[:space:]]*"recovery"[^{}]*\}'
readonly DROP_RECOVERY="s/,[[:space:]]*${RECOVERY_SLOT}//; s/${RECOVERY_SLOT}[[:space:]]*,//"

# be32 FILE OFFSET: a big-endian uint32.
be32() {
    od -An -tu1 -j"$2" -N4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }'
}

be32_bytes() {
    local n=$1
    # shellcheck disable=SC2059 # the format is the point: octal escapes for the four bytes
    printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $((n >> 24 & 255)) $((n >> 16 & 255)) $((n >> 8 & 255)) $((n & 255)))"
}

hex_bytes() {
    # shellcheck disable=SC2059
    printf "$(printf '%s' "$1" | sed 's/../\\x&/g')"
}

# bytes FILE OFFSET COUNT: COUNT bytes of FILE from OFFSET (no pipe, so no SIGPIPE under pipefail).
bytes() {
    dd if="$1" bs=64K iflag=skip_bytes,count_bytes skip="$2" count="$3" status=none
}

flip_byte() {
    local file=$1 offset=$2 value
    value=$(od -An -tu1 -j"$offset" -N1 "$file" | tr -d ' ')
    # shellcheck disable=SC2059
    printf "$(printf '\\%03o' $((value ^ 0xFF)))" | dd of="$file" bs=1 seek="$offset" conv=notrunc status=none
}

# rewrite_backup IN OUT SED: the backup with its JSON header edited by SED, the header length fixed and
# the BLAKE2b-256 checksum recomputed, so only a keyed MAC (format 2) can tell. Format 2 keeps its
# trailing 32-byte MAC as it was. Prints the format version.
rewrite_backup() {
    local in=$1 out=$2 script=$3 size version hlen trailer header edited snapshot_len sum
    size=$(stat -c %s "$in")
    version=$(be32 "$in" 16)
    hlen=$(be32 "$in" 20)
    case $version in
    1) trailer=32 ;;
    2) trailer=64 ;;
    *) fail "fixture: backup format $version is unknown to this script" ;;
    esac
    header=$(bytes "$in" 24 "$hlen")
    edited=$(printf '%s' "$header" | sed -E "$script")
    [[ $edited != "$header" ]] || fail "fixture: the header edit changed nothing"
    snapshot_len=$((size - 24 - hlen - trailer))
    ((snapshot_len > 0)) || fail "fixture: backup too short"
    {
        bytes "$in" 0 20
        be32_bytes "$(printf '%s' "$edited" | wc -c)"
        printf '%s' "$edited"
        bytes "$in" $((24 + hlen)) "$snapshot_len"
    } >"$out.body"
    sum=$(b2sum -l 256 "$out.body" | cut -d' ' -f1)
    {
        cat "$out.body"
        hex_bytes "$sum"
        if ((version == 2)); then
            bytes "$in" $((size - 32)) 32
        fi
    } >"$out"
    rm -f "$out.body"
    echo "$version"
}

# A restore that must be refused without creating anything at a fresh target.
restore_refused_cleanly() {
    local backup=$1 want=$2
    cli 60 "$PASSPHRASE" vault restore --input "$backup" --vault "$WORK/restored" --passphrase-stdin
    expect_rc "$want"
    absent "$WORK/restored"
    no_leftovers "$WORK"
}

# ---------------------------------------------------------------------------------------------------
# Fixtures, made once: two vaults, a backup of the first, and a vault left by a killed writer.

SETUP_ERROR=
CRASH_ERROR=

setup_vaults() {
    mkdir -p "$FIX"
    local out=$FIX/setup.out rc
    printf '%s\n' "$PASSPHRASE" | "$CONTINUUM" vault create --vault "$FIX/vault" --passphrase-stdin >"$out" 2>&1 &&
        rc=0 || rc=$?
    ((rc == 0)) || {
        SETUP_ERROR="vault create exited $rc: $(tr '\n' ' ' <"$out")"
        return
    }
    printf '%s\n' "$PASSPHRASE2" | "$CONTINUUM" vault create --vault "$FIX/other" --passphrase-stdin >"$out" 2>&1 &&
        rc=0 || rc=$?
    ((rc == 0)) || {
        SETUP_ERROR="second vault create exited $rc: $(tr '\n' ' ' <"$out")"
        return
    }
    printf '%s\n' "$PASSPHRASE" |
        "$CONTINUUM" vault backup --vault "$FIX/vault" --output "$FIX/vault.backup" --passphrase-stdin >"$out" 2>&1 &&
        rc=0 || rc=$?
    ((rc == 0)) || {
        SETUP_ERROR="vault backup exited $rc: $(tr '\n' ' ' <"$out")"
        return
    }
    VAULT_ID=$(grep -oE '"vaultId":[[:space:]]*"[^"]*"' "$FIX/vault/keyslots.json" | grep -oE '[0-9a-f-]{36}' ||
        true)
    SNAPSHOT_BYTES=$(bytes "$FIX/vault.backup" 24 "$(be32 "$FIX/vault.backup" 20)" |
        grep -oE '"snapshotBytes":"?[0-9]+' | grep -oE '[0-9]+$' || true)
    [[ -n $VAULT_ID && -n $SNAPSHOT_BYTES ]] ||
        SETUP_ERROR="cannot read the vault id of the vault or the snapshot size of its backup"
}

# A copy of the vault that crash_writer (as in tst_crashsafety) was committing to when it got SIGKILL:
# at least kMinFrames frames in the WAL, none of them copied into the database yet (the writer is
# killed long before SQLite's 1000-page auto-checkpoint), and the -shm saying so.
setup_crashed_vault() {
    local dir=$FIX/crashed fifo=$FIX/writer.fifo size=0 line fd pid
    local -r min_frames=100
    cp -a "$FIX/vault" "$dir"
    mkfifo "$fifo"
    "$CRASH_WRITER" "$dir" 1 <<<"$PASSPHRASE" >"$fifo" 2>"$FIX/writer.err" &
    pid=$!
    BG_PIDS+=("$pid")
    exec {fd}<"$fifo"
    # Read its reports as they come, so the kill lands right after a commit.
    while read -r -t 60 -u "$fd" line; do
        [[ $line == committed* ]] || continue
        size=$(stat -c %s "$dir/vault.db-wal" 2>/dev/null || echo 0)
        if ((size >= WAL_HEADER + min_frames * WAL_FRAME)); then
            break
        fi
    done
    kill -KILL "$pid" 2>/dev/null || true
    { wait "$pid"; } 2>/dev/null || true
    exec {fd}<&-
    rm -f "$fifo"
    if ((size < WAL_HEADER + min_frames * WAL_FRAME)); then
        CRASH_ERROR="crash_writer stopped before the WAL held $min_frames frames: $(tr '\n' ' ' <"$FIX/writer.err")"
        return
    fi
    [[ -s $dir/vault.db-shm ]] || {
        CRASH_ERROR="no -shm file beside the WAL after the kill"
        return
    }
    # The lock of the dead writer is not what these checks are about; a verify that replaced it would
    # change the folder for reasons of its own.
    rm -f "$dir/vault.lock"
}

# ---------------------------------------------------------------------------------------------------
# 1. Restore and backup must never write over, or into, what is not theirs to replace.

check_1a() { # --overwrite over a folder that is not a vault
    local d=$WORK/documents before
    mkdir -p "$d/sub"
    echo "Dear Sam, about Thursday" >"$d/letter.txt"
    echo "minutes" >"$d/sub/minutes.txt"
    before=$(listing "$d")
    cli 60 "$PASSPHRASE" vault restore --input "$FIX/vault.backup" --vault "$d" --overwrite --passphrase-stdin
    expect_rc 9
    same_listing "the folder" "$before" "$(listing "$d")"
    no_leftovers "$WORK"
}

check_1b() { # --overwrite over a vault with a foreign file beside it
    local d=$WORK/vault before
    cp -a "$FIX/other" "$d"
    echo "notes kept beside the vault" >"$d/notes.txt"
    before=$(listing "$d")
    cli 60 "$PASSPHRASE" vault restore --input "$FIX/vault.backup" --vault "$d" --overwrite --passphrase-stdin
    expect_rc 9
    same_listing "the folder" "$before" "$(listing "$d")"
    no_leftovers "$WORK"
}

# --vault naming a symbolic link: refused, the link and what it points to untouched.
restore_through_link() {
    local target=$1 before
    ln -s "$target" "$WORK/link"
    before="$(readlink "$WORK/link")"$'\n'"$(listing "$target")"
    cli 60 "$PASSPHRASE" vault restore --input "$FIX/vault.backup" --vault "$WORK/link" --overwrite --passphrase-stdin
    expect_rc 2
    [[ -L $WORK/link ]] || problem "the link is gone"
    same_listing "the link or its target" "$before" "$(readlink "$WORK/link" || true)"$'\n'"$(listing "$target")"
    no_leftovers "$WORK"
}

check_1c_vault() {
    cp -a "$FIX/other" "$WORK/real"
    restore_through_link "$WORK/real"
}

check_1c_folder() {
    mkdir -p "$WORK/real/sub"
    echo "a document" >"$WORK/real/document.txt"
    echo "another" >"$WORK/real/sub/other.txt"
    restore_through_link "$WORK/real"
}

check_1d() { # --overwrite over a real, closed vault is what the option is for
    local d=$WORK/vault
    cp -a "$FIX/other" "$d"
    cli 60 "$PASSPHRASE" vault restore --input "$FIX/vault.backup" --vault "$d" --overwrite --passphrase-stdin
    expect_rc 0
    grep -q "$VAULT_ID" "$d/keyslots.json" 2>/dev/null || problem "the vault there is not the one from the backup"
    no_leftovers "$WORK"
    cli 60 "$PASSPHRASE" vault verify --vault "$d" --passphrase-stdin
    [[ $RC == 0 ]] || problem "verify of the restored vault: expected exit 0, got $(outcome)"
}

# backup --output naming a file inside the vault folder, by whatever path: refused, vault untouched.
backup_into_vault() {
    local output=$1 before
    before=$(listing "$WORK/vault")
    cli 60 "$PASSPHRASE" vault backup --vault "$WORK/vault" --output "$output" --passphrase-stdin
    expect_rc 2
    same_listing "the vault" "$before" "$(listing "$WORK/vault")"
}

check_1e_direct() {
    cp -a "$FIX/vault" "$WORK/vault"
    backup_into_vault "$WORK/vault/vault.db"
}

check_1e_link() {
    cp -a "$FIX/vault" "$WORK/vault"
    ln -s "$WORK/vault" "$WORK/link"
    backup_into_vault "$WORK/link/vault.db"
}

check_1e_link_dotdot() {
    cp -a "$FIX/vault" "$WORK/vault"
    mkdir "$WORK/vault/sub"
    ln -s "$WORK/vault" "$WORK/link"
    backup_into_vault "$WORK/link/sub/../vault.db"
}

is_backup() {
    [[ -f $1 && $(bytes "$1" 0 16) == CONTINUUM-BACKUP ]]
}

# out/s/../vault.db, where out/s is a link into the vault: the kernel resolves it to the vault's own
# database, a lexical clean-up to out/vault.db. Either reading will do as long as the backup never lands
# in the vault: refused (2), the vault stays as it was; written (0), it is at out/vault.db and no file
# in the vault is a backup (the vault's database itself changes then: it records the time of the backup).
check_1e_dotdot_through_link() {
    local before f
    cp -a "$FIX/vault" "$WORK/vault"
    mkdir "$WORK/vault/sub" "$WORK/out"
    ln -s "$WORK/vault/sub" "$WORK/out/s"
    before=$(listing "$WORK/vault")
    cli 60 "$PASSPHRASE" vault backup --vault "$WORK/vault" --output "$WORK/out/s/../vault.db" --passphrase-stdin
    case $RC in
    2) same_listing "the vault" "$before" "$(listing "$WORK/vault")" ;;
    0) is_backup "$WORK/out/vault.db" || problem "exit 0, but no backup at out/vault.db" ;;
    *) problem "expected exit 2 (or 0 with the backup outside the vault), got $(outcome)" ;;
    esac
    for f in "$WORK/vault"/* "$WORK/vault/sub"/*; do
        if is_backup "$f"; then problem "a backup was written into the vault: ${f#"$WORK/"}"; fi
    done
    [[ $(sha256sum <"$WORK/vault/keyslots.json") == $(sha256sum <"$FIX/vault/keyslots.json") ]] ||
        problem "keyslots.json changed"
}

# ---------------------------------------------------------------------------------------------------
# 2. A damaged or incomplete write-ahead log is damage, and verify never writes to the vault.

check_2_fixture() {
    [[ -z $CRASH_ERROR ]] || fail "fixture: $CRASH_ERROR"
    cp -a "$FIX/crashed" "$WORK/vault"
}

# Flips one byte in the page data of a frame in the first third of the WAL, a frame of the current log
# (its salts match the WAL header's), so SQLite would silently drop every commit after it.
damage_wal() {
    local wal=$WORK/vault/vault.db-wal frames i salts
    frames=$((($(stat -c %s "$wal") - WAL_HEADER) / WAL_FRAME))
    ((frames > 50)) || fail "fixture: only $frames frames in the WAL"
    salts=$(od -An -tx1 -j16 -N8 "$wal")
    i=$((frames / 6))
    [[ $(od -An -tx1 -j$((WAL_HEADER + i * WAL_FRAME + 8)) -N8 "$wal") == "$salts" ]] ||
        fail "fixture: frame $i of $frames is not part of the current log"
    flip_byte "$wal" $((WAL_HEADER + i * WAL_FRAME + 24 + 2048))
}

check_2a_verify() {
    local before
    check_2_fixture
    damage_wal
    before=$(listing "$WORK/vault")
    cli 60 "$PASSPHRASE" vault verify --vault "$WORK/vault" --passphrase-stdin
    expect_rc 5
    same_listing "the vault" "$before" "$(listing "$WORK/vault")"
}

check_2a_backup() {
    local before
    check_2_fixture
    damage_wal
    before=$(listing "$WORK/vault")
    cli 60 "$PASSPHRASE" vault backup --vault "$WORK/vault" --output "$WORK/out.backup" --passphrase-stdin
    expect_rc 5
    same_listing "the vault" "$before" "$(listing "$WORK/vault")"
    absent "$WORK/out.backup"
    no_leftovers "$WORK"
}

check_2b() { # the log lost, its index kept: the index says frames are missing
    local before
    check_2_fixture
    rm "$WORK/vault/vault.db-wal"
    before=$(listing "$WORK/vault")
    cli 60 "$PASSPHRASE" vault verify --vault "$WORK/vault" --passphrase-stdin
    expect_rc 5
    same_listing "the vault" "$before" "$(listing "$WORK/vault")"
}

check_2c() { # control: the intact crash-left vault passes, and verify leaves every byte as it was
    local before
    check_2_fixture
    before=$(listing "$WORK/vault")
    cli 60 "$PASSPHRASE" vault verify --vault "$WORK/vault" --passphrase-stdin
    expect_rc 0
    same_listing "the vault" "$before" "$(listing "$WORK/vault")"
}

# ---------------------------------------------------------------------------------------------------
# 4. Devices, endless files and FIFOs where files belong: an answer within seconds, never a hang.

verify_replaced() {
    local name=$1
    shift
    cp -a "$FIX/vault" "$WORK/vault"
    rm -f "$WORK/vault/$name"
    "$@" "$WORK/vault/$name"
    cli 10 "$PASSPHRASE" vault verify --vault "$WORK/vault" --passphrase-stdin
    expect_rc 5
}

check_4a_zero() { verify_replaced keyslots.json ln -s /dev/zero; }
check_4a_urandom() { verify_replaced keyslots.json ln -s /dev/urandom; }
check_4b_keyslots() { verify_replaced keyslots.json mkfifo; }
check_4b_db() { verify_replaced vault.db mkfifo; }
check_4b_wal() { verify_replaced vault.db-wal mkfifo; }

restore_from() {
    local input=$1
    cli 10 "$PASSPHRASE" vault restore --input "$input" --vault "$WORK/restored" --passphrase-stdin
    expect_rc 5
    absent "$WORK/restored"
    no_leftovers "$WORK"
}

check_4c_fifo() {
    mkfifo "$WORK/backup.fifo"
    restore_from "$WORK/backup.fifo"
}

check_4c_zero() { restore_from /dev/zero; }

# ---------------------------------------------------------------------------------------------------
# 5. Edited key slots and backup headers are damage, found quickly, never taken for a wrong passphrase.

# edit_keyslots SED: rewrites the vault copy's keyslots.json (flattened to one line) with SED.
edit_keyslots() {
    local file=$WORK/vault/keyslots.json json
    json=$(flat_json "$file")
    printf '%s\n' "$json" | sed -E "$1" >"$file"
}

check_5a() { # Argon2id parameters raised to 64 passes over 1 GiB: refused before any derivation
    local slot
    cp -a "$FIX/vault" "$WORK/vault"
    edit_keyslots 's/(\{[^{}]*"kind":[[:space:]]*"passphrase"[^{}]*"opsLimit":[[:space:]]*")[0-9]+"/\164"/
                   s/("opsLimit":[[:space:]]*")[0-9]+("[^{}]*"kind":[[:space:]]*"passphrase")/\164\2/
                   s/(\{[^{}]*"kind":[[:space:]]*"passphrase"[^{}]*"memLimit":[[:space:]]*")[0-9]+"/\11073741824"/
                   s/("memLimit":[[:space:]]*")[0-9]+("[^{}]*"kind":[[:space:]]*"passphrase")/\11073741824\2/'
    slot=$(slot_object "$(flat_json "$WORK/vault/keyslots.json")" passphrase)
    [[ $slot =~ \"opsLimit\":[[:space:]]*\"64\" && $slot =~ \"memLimit\":[[:space:]]*\"1073741824\" ]] ||
        fail "fixture: could not edit the passphrase slot's limits"
    cli 10 "$PASSPHRASE" vault verify --vault "$WORK/vault" --passphrase-stdin
    expect_rc 5
    ((ELAPSED_MS < 5000)) || problem "took ${ELAPSED_MS} ms (5000 allowed)"
}

check_5b() { # one character of the passphrase slot's salt changed, still valid base64
    local file=$WORK/vault/keyslots.json json slot salt changed
    cp -a "$FIX/vault" "$WORK/vault"
    json=$(flat_json "$file")
    slot=$(slot_object "$json" passphrase)
    salt=$(grep -oE '"salt":[[:space:]]*"[^"]*"' <<<"$slot" | sed -E 's/.*"([^"]*)"$/\1/' || true)
    [[ ${#salt} -ge 4 ]] || fail "fixture: no salt in the passphrase slot"
    if [[ ${salt:0:1} == A ]]; then changed=B${salt:1}; else changed=A${salt:1}; fi
    printf '%s\n' "${json/"\"$salt\""/"\"$changed\""}" >"$file"
    grep -qF "\"$changed\"" "$file" || fail "fixture: could not change the salt"
    cli 60 "$PASSPHRASE" vault verify --vault "$WORK/vault" --passphrase-stdin
    expect_rc 5
}

check_5c_recovery() { # a backup without its recovery slot, checksum recomputed
    local version
    version=$(rewrite_backup "$FIX/vault.backup" "$WORK/edited.backup" "$DROP_RECOVERY")
    grep -qa '"kind":"recovery"' "$WORK/edited.backup" && fail "fixture: the recovery slot is still there"
    restore_refused_cleanly "$WORK/edited.backup" 5
    [[ $RC == 5 ]] || problem "backup format $version"
}

check_5c_created_at() { # createdAt changed, checksum recomputed: only the keyed MAC of format 2 can tell
    local version
    version=$(rewrite_backup "$FIX/vault.backup" "$WORK/edited.backup" 's/"createdAt":"[0-9]{4}/"createdAt":"1999/')
    restore_refused_cleanly "$WORK/edited.backup" 5
    [[ $RC == 5 ]] || problem "backup format $version (format 2 carries the keyed MAC)"
}

check_5d() { # keyslots.json without the recovery slot
    cp -a "$FIX/vault" "$WORK/vault"
    edit_keyslots "$DROP_RECOVERY"
    grep -q recovery "$WORK/vault/keyslots.json" && fail "fixture: the recovery slot is still there"
    cli 60 "$PASSPHRASE" vault verify --vault "$WORK/vault" --passphrase-stdin
    expect_rc 5
    grep -Eqi 'recovery[ -]key' "$CLI_OUT" || problem "the message does not mention the recovery key: $(outcome)"
}

# ---------------------------------------------------------------------------------------------------
# 6. Locks: one left by another machine is reported and can be broken; a live one never is.

readonly FOREIGN_HOST=redteam-other-laptop
readonly FOREIGN_PID=31337

# The format QLockFile (Qt 6.4) writes: pid, application name, host name, machine id, boot id.
write_foreign_lock() {
    local machine boot
    machine=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    boot=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n' | sed -E 's/^(.{8})(.{4})(.{4})(.{4})/\1-\2-\3-\4-/')
    printf '%s\n' "$FOREIGN_PID" continuum "$FOREIGN_HOST" "$machine" "$boot" >"$WORK/vault/vault.lock"
}

check_6a_foreign() {
    local before
    cp -a "$FIX/vault" "$WORK/vault"
    write_foreign_lock
    before=$(listing "$WORK/vault")
    cli 60 "$PASSPHRASE" vault verify --vault "$WORK/vault" --passphrase-stdin
    expect_rc 7
    grep -q "$FOREIGN_HOST" "$CLI_OUT" || problem "the message does not name the host: $(outcome)"
    grep -qw "$FOREIGN_PID" "$CLI_OUT" || problem "the message does not name the pid: $(outcome)"
    same_listing "the vault" "$before" "$(listing "$WORK/vault")"
}

check_6a_break() {
    cp -a "$FIX/vault" "$WORK/vault"
    write_foreign_lock
    cli 60 "$PASSPHRASE" vault verify --vault "$WORK/vault" --passphrase-stdin --break-lock
    expect_rc 0
}

check_6a_live() { # crash_writer holds the lock, alive, on this host
    local pid i lock_before
    cp -a "$FIX/vault" "$WORK/vault"
    "$CRASH_WRITER" "$WORK/vault" 1 <<<"$PASSPHRASE" >"$WORK/writer.out" 2>&1 &
    pid=$!
    trap 'kill -KILL '"$pid"' 2>/dev/null || true' EXIT
    for ((i = 0; i < 300; i++)); do
        grep -qx ready "$WORK/writer.out" && break
        kill -0 "$pid" 2>/dev/null || fail "fixture: crash_writer exited: $(tr '\n' ' ' <"$WORK/writer.out")"
        sleep 0.1
    done
    grep -qx ready "$WORK/writer.out" || fail "fixture: crash_writer never became ready"
    lock_before=$(head -n1 "$WORK/vault/vault.lock" || true)
    [[ $lock_before == "$pid" ]] || fail "fixture: vault.lock names pid '$lock_before', not the writer's $pid"
    cli 60 "$PASSPHRASE" vault verify --vault "$WORK/vault" --passphrase-stdin --break-lock
    expect_rc 7
    kill -0 "$pid" 2>/dev/null || problem "the writer holding the lock died"
    [[ $(head -n1 "$WORK/vault/vault.lock" 2>/dev/null || true) == "$pid" ]] ||
        problem "the live lock was replaced or removed"
    kill -KILL "$pid" 2>/dev/null || true
    { wait "$pid"; } 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------------
# 7. Passphrases longer than 4096 bytes are refused, never cut to fit.

long_text() { # long_text N: N bytes of a pattern
    local s=redteam-
    while ((${#s} < $1)); do s=$s$s; done
    printf '%s' "${s:0:$1}"
}

check_7a() {
    cp -a "$FIX/vault" "$WORK/vault"
    cli 60 "$(long_text 4097)" vault verify --vault "$WORK/vault" --passphrase-stdin
    expect_rc 2
    grep -Eqi 'too long|longer than' "$CLI_OUT" || problem "the message does not say it is too long: $(outcome)"
}

check_7b() {
    local p
    p=$(long_text 4096)
    cli 60 "$p" vault create --vault "$WORK/vault" --passphrase-stdin
    [[ $RC == 0 ]] || fail "creating a vault with a 4096-byte passphrase: $(outcome)"
    cli 60 "${p}x" vault verify --vault "$WORK/vault" --passphrase-stdin
    [[ $RC != 0 ]] || problem "the 4097-byte passphrase P+x opened the vault of P"
    cli 60 "$p" vault verify --vault "$WORK/vault" --passphrase-stdin
    [[ $RC == 0 ]] || problem "the 4096-byte passphrase does not open its own vault: $(outcome)"
}

# ---------------------------------------------------------------------------------------------------
# 8. A full disk in the middle of a restore: exit 8, nothing half-written anywhere.

full_disk_blocks() { # half the snapshot, in 1024-byte blocks
    local blocks=$((SNAPSHOT_BYTES / 2048))
    ((blocks >= 1)) || fail "fixture: snapshot of $SNAPSHOT_BYTES bytes"
    echo "$blocks"
}

check_8a() { # to a new folder
    local blocks
    blocks=$(full_disk_blocks)
    cli_file_limit "$blocks" 60 "$PASSPHRASE" vault restore --input "$FIX/vault.backup" --vault "$WORK/restored" \
        --passphrase-stdin
    expect_rc 8
    absent "$WORK/restored"
    no_leftovers "$WORK"
}

check_8b() { # over a vault, with --overwrite
    local blocks before
    blocks=$(full_disk_blocks)
    cp -a "$FIX/other" "$WORK/vault"
    before=$(listing "$WORK/vault")
    cli_file_limit "$blocks" 60 "$PASSPHRASE" vault restore --input "$FIX/vault.backup" --vault "$WORK/vault" \
        --overwrite --passphrase-stdin
    expect_rc 8
    same_listing "the vault" "$before" "$(listing "$WORK/vault")"
    no_leftovers "$WORK"
}

# ---------------------------------------------------------------------------------------------------

PASSED=0
FAILED=0

# run_check NAME FUNCTION: runs FUNCTION in a subshell of its own, in a fresh folder, and reports it.
run_check() {
    local name=$1 fn=$2 work why rc reason
    if [[ -n ${REDTEAM_ONLY:-} && ! $name =~ $REDTEAM_ONLY ]]; then
        return 0
    fi
    if [[ -n $SETUP_ERROR ]]; then
        echo "FAIL $name: setup: $SETUP_ERROR"
        FAILED=$((FAILED + 1))
        return 0
    fi
    work=$(mktemp -d "$ROOT/check.XXXXXX")
    why=$work.why
    : >"$why"
    # Not part of an && or || list: bash ignores set -e inside a subshell that is one.
    set +e
    (
        set -eEuo pipefail
        shopt -s inherit_errexit
        WORK=$work WHY=$why CLI_OUT=$work.out
        # shellcheck disable=SC2154 # status is assigned inside the trap
        trap 'status=$?; [[ -s $WHY ]] || problem "unexpected: line $LINENO: $BASH_COMMAND (status $status)"' ERR
        cd "$WORK"
        "$fn"
        if [[ -s $WHY ]]; then exit 1; fi
    ) >"$work.log" 2>&1
    rc=$?
    set -e
    reason=$(sed 's/; $//' "$why")
    if ((rc == 0)); then
        echo "PASS $name"
        PASSED=$((PASSED + 1))
    else
        [[ -n $reason ]] || reason="the check stopped with status $rc: $(tail -n 3 "$work.log" | tr '\n' ' ')"
        echo "FAIL $name: $reason"
        FAILED=$((FAILED + 1))
    fi
    rm -rf "$work" "$work".*
}

setup_vaults
[[ -n $SETUP_ERROR ]] || setup_crashed_vault

run_check 1a.restore-over-foreign-folder check_1a
run_check 1b.restore-over-vault-with-foreign-file check_1b
run_check 1c.restore-through-link-to-vault check_1c_vault
run_check 1c.restore-through-link-to-folder check_1c_folder
run_check 1d.restore-over-closed-vault check_1d
run_check 1e.backup-into-vault-direct check_1e_direct
run_check 1e.backup-into-vault-through-link check_1e_link
run_check 1e.backup-into-vault-link-sub-dotdot check_1e_link_dotdot
run_check 1e.backup-dotdot-after-link-stays-out-of-vault check_1e_dotdot_through_link
run_check 2a.damaged-wal-verify check_2a_verify
run_check 2a.damaged-wal-backup check_2a_backup
run_check 2b.wal-missing-shm-kept check_2b
run_check 2c.crash-left-vault-verify-writes-nothing check_2c
run_check 4a.keyslots-dev-zero check_4a_zero
run_check 4a.keyslots-dev-urandom check_4a_urandom
run_check 4b.keyslots-fifo check_4b_keyslots
run_check 4b.database-fifo check_4b_db
run_check 4b.wal-fifo check_4b_wal
run_check 4c.restore-from-fifo check_4c_fifo
run_check 4c.restore-from-dev-zero check_4c_zero
run_check 5a.keyslot-costly-kdf check_5a
run_check 5b.keyslot-salt-changed check_5b
run_check 5c.backup-recovery-slot-removed check_5c_recovery
run_check 5c.backup-created-at-changed check_5c_created_at
run_check 5d.keyslots-recovery-slot-removed check_5d
run_check 6a.foreign-lock-reported check_6a_foreign
run_check 6a.foreign-lock-broken check_6a_break
run_check 6a.live-lock-kept check_6a_live
run_check 7a.passphrase-too-long check_7a
run_check 7b.passphrase-not-truncated check_7b
run_check 8a.full-disk-restore-new-folder check_8a
run_check 8b.full-disk-restore-over-vault check_8b

echo "$PASSED passed, $FAILED failed"
((FAILED == 0))
