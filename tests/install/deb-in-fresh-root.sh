#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb on a machine that has never seen Continuum: a new Debian 12 root (debootstrap, minbase), with
# bookworm-backports enabled for SQLCipher 4 as the README asks, where `apt install ./continuum_….deb`
# must find every dependency; then the installed program runs: --version, vault create and verify, and its
# window up to the unlock screen on the offscreen platform.
#
# usage: deb-in-fresh-root.sh BUILD_DIR | PACKAGE.deb
#   BUILD_DIR: a configured and built tree; the .deb is made from it first (cpack -G DEB).
# Needs root, debootstrap and the machine's Debian mirror (found in its apt sources; no mirror is named here).
# CONTINUUM_DEB_TEST_CACHE=DIR keeps downloaded packages between runs (never the root itself, which is
# made new each time). Exits 77 (skipped) when it cannot run here.
set -euo pipefail

started=$SECONDS
arg=${1:?build directory or .deb}
suite=bookworm

skip() {
    echo "SKIPPED: $*" >&2
    exit 77
}
[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap and chroot)"
command -v debootstrap >/dev/null || skip "debootstrap is not installed"
# Root inside a container may still be refused mounts (no CAP_SYS_ADMIN); the root's /proc needs one.
probe=$(mktemp -d /tmp/continuum-deb-probe.XXXXXX)
if mount -t tmpfs tmpfs "$probe" 2>/dev/null; then
    umount "$probe"
    rmdir "$probe"
else
    rmdir "$probe"
    skip "this machine does not allow mounting (needed for the new root's /proc)"
fi

work=$(mktemp -d /tmp/continuum-deb-test.XXXXXX)
root="$work/root"
cleanup() {
    local m
    for m in "$root/proc" "$root/var/cache/apt/archives"; do
        if mountpoint -q "$m" 2>/dev/null; then umount "$m" || umount -l "$m" || true; fi
    done
    for m in "$root/proc" "$root/var/cache/apt/archives"; do
        if mountpoint -q "$m" 2>/dev/null; then
            echo "deb-in-fresh-root: $m is still mounted; leaving $work in place" >&2
            return
        fi
    done
    # --one-file-system: never into anything still mounted below the root.
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT

echo "== the package"
if [ -d "$arg" ]; then
    [ -f "$arg/CPackConfig.cmake" ] || { echo "no CPackConfig.cmake in $arg" >&2; exit 1; }
    cpack -G DEB --config "$arg/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 ||
        { cat "$work/cpack.log" >&2; echo "cpack failed" >&2; exit 1; }
    deb=$(find "$work/cpack" -maxdepth 1 -name 'continuum_*.deb' | head -n1)
else
    deb=$arg
fi
[ -f "$deb" ] || { echo "no .deb found ($arg)" >&2; exit 1; }
echo "$(basename "$deb"), $(du -h "$deb" | cut -f1)"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Section

# The mirror this machine already uses for Debian 12 (deb822 sources first, then the one-line format).
mirror=$(awk -v rel="$suite" '
    BEGIN { RS = ""; FS = "\n" }
    {
        uri = ""; ok = 0
        for (i = 1; i <= NF; i++) {
            if ($i ~ /^URIs:/) { split($i, f, /[[:space:]]+/); uri = f[2] }
            if ($i ~ /^Suites:/ && $i ~ ("[[:space:]]" rel "([[:space:]]|$)")) ok = 1
        }
        if (ok && uri != "") { print uri; exit }
    }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror=$(awk -v rel="$suite" '$1 == "deb" {
        for (i = 2; i <= NF; i++) if ($i == rel) { u = ($2 ~ /^\[/) ? $3 : $2; print u; exit } }' /etc/apt/sources.list)
fi
[ -n "$mirror" ] || skip "no Debian $suite mirror in this machine's apt sources"
echo "mirror: $mirror"

cache_args=()
if [ -n "${CONTINUUM_DEB_TEST_CACHE:-}" ]; then
    mkdir -p "$CONTINUUM_DEB_TEST_CACHE/debootstrap" "$CONTINUUM_DEB_TEST_CACHE/apt"
    cache_args=(--cache-dir="$(cd "$CONTINUUM_DEB_TEST_CACHE/debootstrap" && pwd)")
fi

echo "== a new Debian 12 root (debootstrap --variant=minbase)"
t=$SECONDS
# A root that cannot be made says nothing about the package (mirror or network down): skipped, loudly.
debootstrap --variant=minbase "${cache_args[@]}" "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 30 "$work/debootstrap.log" >&2; skip "debootstrap could not make a Debian $suite root from $mirror"; }
echo "made in $((SECONDS - t)) s"

# As a counselor's IT person would: the release, its updates, and backports for SQLCipher 4.
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $mirror $suite-backports main
EOF
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
if [ -n "${CONTINUUM_DEB_TEST_CACHE:-}" ]; then
    mount --bind "$CONTINUUM_DEB_TEST_CACHE/apt" "$root/var/cache/apt/archives"
fi
cp "$deb" "$root/tmp/"

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

echo "== apt install ./$(basename "$deb")"
t=$SECONDS
in_root apt-get update -q || skip "apt-get update could not reach $mirror from the new root"
in_root apt-get install -y -q "/tmp/$(basename "$deb")"
echo "installed in $((SECONDS - t)) s"
in_root dpkg-query -W -f='${Package} ${Version}\n' continuum libsqlcipher1 libqt6widgets6 libsodium23 \
    fonts-dejavu-core

echo "== the installed program"
# A shell in the root, with no display and nothing of the build machine: each command is echoed first.
in_root bash -euo pipefail -c '
    ok() { echo "ok: $*"; }
    echo "\$ continuum --version"
    continuum --version | tee /tmp/version
    grep -qE "^SQLCipher 4\.[0-9]+\.[0-9]+" /tmp/version
    grep -qx "License: GPL-3.0-or-later (GNU General Public License, version 3 or later)" /tmp/version
    ok "--version names SQLCipher 4, Qt and the license"

    echo "\$ continuum vault create --vault /root/vault --passphrase-stdin"
    printf "%s\n" "a passphrase for a fresh machine" | continuum vault create --vault /root/vault --passphrase-stdin |
        sed -E "s/([0-9A-Z]{4}-){7}[0-9A-Z]{4}/XXXX-…-XXXX (recovery key, not shown)/"
    ls -l /root/vault
    [ -s /root/vault/vault.db ] && [ -s /root/vault/keyslots.json ]
    ok "vault create wrote vault.db and keyslots.json"

    echo "\$ continuum vault verify --vault /root/vault --passphrase-stdin"
    printf "%s\n" "a passphrase for a fresh machine" | continuum vault verify --vault /root/vault --passphrase-stdin
    set +e
    printf "%s\n" "not the passphrase" | continuum vault verify --vault /root/vault --passphrase-stdin 2>/tmp/wrong
    code=$?
    set -e
    [ "$code" -eq 3 ] || { echo "a wrong passphrase gave exit $code, not 3:"; cat /tmp/wrong; exit 1; }
    ok "a wrong passphrase is refused with exit status 3: $(cat /tmp/wrong)"

    echo "\$ LANG=es_ES.UTF-8 LANGUAGE=es continuum --help"
    LANG=es_ES.UTF-8 LANGUAGE=es continuum --help | tee /tmp/ayuda
    grep -q "^Registros sin conexión" /tmp/ayuda && grep -q "Muestra la ayuda" /tmp/ayuda
    ok "a Spanish-speaking machine gets the help in Spanish, Qt'"'"'s own lines too"

    echo "\$ QT_QPA_PLATFORM=offscreen CONTINUUM_PAINT_PROBE=unlockDialog continuum --vault /root/vault"
    QT_QPA_PLATFORM=offscreen CONTINUUM_PAINT_PROBE=unlockDialog timeout 120 continuum --vault /root/vault \
        >/tmp/window 2>/tmp/window.err || { cat /tmp/window /tmp/window.err; exit 1; }
    grep -q "^painted unlockDialog " /tmp/window || { cat /tmp/window /tmp/window.err; exit 1; }
    ok "the window starts and paints its unlock screen"

    for f in /usr/share/applications/org.continuum.Continuum.desktop \
             /usr/share/metainfo/org.continuum.Continuum.metainfo.xml \
             /usr/share/icons/hicolor/scalable/apps/org.continuum.Continuum.svg \
             /usr/share/icons/hicolor/48x48/apps/org.continuum.Continuum.png \
             /usr/share/man/man1/continuum.1.gz /usr/share/continuum/translations/continuum_en.qm \
             /usr/share/continuum/translations/continuum_es.qm \
             /usr/share/doc/continuum/copyright; do
        [ -f "$f" ] || { echo "missing: $f"; exit 1; }
    done
    ok "desktop entry, metainfo, icons, manual page, translations and copyright are in place"
'
cleanup
trap - EXIT
echo "== passed in $((SECONDS - started)) s, the root removed again"
