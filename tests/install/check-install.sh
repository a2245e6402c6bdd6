#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` of a build into a temporary DESTDIR, then: exactly the files a desktop looks for, each
# checked by the tool that reads it (desktop-file-validate, appstreamcli, groff and man), the icons at their
# sizes, a manual page that names every option the program accepts, and the installed program itself run
# from there without a display: --version, and a catalogue read from the installed translations folder.
# usage: check-install.sh BUILD_DIR PROJECT_VERSION LRELEASE
set -euo pipefail

build=${1:?build directory}
version=${2:?project version}
lrelease=${3:?lrelease}
id=org.continuum.Continuum

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

DESTDIR="$stage/root" cmake --install "$build" --prefix /usr >"$stage/install.log" ||
    { cat "$stage/install.log" >&2; echo "FAIL: cmake --install" >&2; exit 1; }
usr="$stage/root/usr"

# The file list: these and nothing else (a stray header or test binary would end up in the .deb too).
{
    echo usr/bin/continuum
    echo "usr/share/applications/$id.desktop"
    echo "usr/share/metainfo/$id.metainfo.xml"
    echo "usr/share/icons/hicolor/scalable/apps/$id.svg"
    for size in 16 22 24 32 48 64 128 256; do
        echo "usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
    echo usr/share/man/man1/continuum.1.gz
    echo usr/share/doc/continuum/copyright
    # One catalogue per language the build made.
    for qm in "$build"/app/continuum_*.qm; do
        echo "usr/share/continuum/translations/$(basename "$qm")"
    done
} | sort >"$stage/expected"
(cd "$stage/root" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$stage/installed"
if ! diff -u "$stage/expected" "$stage/installed" >"$stage/diff"; then
    fail "installed files differ from the expected list (- expected, + installed):"
    cat "$stage/diff" >&2
fi
grep -q 'continuum_en\.qm$' "$stage/expected" || fail "no English catalogue was built (build/app/continuum_en.qm)"
for qm in "$build"/app/continuum_*.qm; do
    cmp -s "$qm" "$usr/share/continuum/translations/$(basename "$qm")" ||
        fail "installed $(basename "$qm") differs from the one built"
done

# The program: executable, and no run path into the build tree.
[ -x "$usr/bin/continuum" ] || fail "usr/bin/continuum is not executable"
if readelf -d "$usr/bin/continuum" | grep -E 'R(UN)?PATH' | grep -q "$build"; then
    fail "the installed program keeps a run path into the build tree"
fi

# The desktop entry: valid (hints allowed, not warnings or errors), and it names what was installed.
desktop="$usr/share/applications/$id.desktop"
if out=$(desktop-file-validate "$desktop" 2>&1); then
    if grep -v ': hint: ' <<<"$out" | grep -q .; then fail "desktop-file-validate: $out"; fi
else
    fail "desktop-file-validate: $out"
fi
grep -qx 'Exec=continuum' "$desktop" || fail "the desktop entry does not run 'continuum'"
grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's icon is not $id"

# The AppStream metainfo: valid without the network, with no error, warning or note; and the metainfo,
# desktop entry and icons agree with one another as a software centre reads them.
metainfo="$usr/share/metainfo/$id.metainfo.xml"
if ! out=$(appstreamcli validate --no-net "$metainfo" 2>&1) || grep -qE '^[[:space:]]*[EWI]: ' <<<"$out"; then
    fail "appstreamcli validate: $out"
fi
if ! out=$(appstreamcli validate-tree --no-net "$stage/root" 2>&1) || grep -qE '^[[:space:]]*[EWI]: ' <<<"$out"; then
    fail "appstreamcli validate-tree: $out"
fi
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $id.desktop"

# The icons: a PNG of each size, square, and an SVG that renders.
for size in 16 22 24 32 48 64 128 256; do
    png="$usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -f "$png" ] || continue
    signature=$(od -An -tx1 -N8 "$png" | tr -d ' \n')
    [ "$signature" = 89504e470d0a1a0a ] || { fail "$png is not a PNG"; continue; }
    width=$(od -An -tu1 -j16 -N4 "$png" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }')
    height=$(od -An -tu1 -j20 -N4 "$png" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }')
    if [ "$width" != "$size" ] || [ "$height" != "$size" ]; then
        fail "$png is ${width}x${height}, not ${size}x${size}"
    fi
done
rsvg-convert --width 48 --height 48 "$usr/share/icons/hicolor/scalable/apps/$id.svg" >/dev/null ||
    fail "the SVG icon does not render"

# The manual page: no warning from groff or man, and every option the program and `continuum vault` accept.
page="$usr/share/man/man1/continuum.1.gz"
if out=$(zcat "$page" | groff -man -z -wall 2>&1) && [ -z "$out" ]; then :; else fail "groff -wall: $out"; fi
if ! out=$(LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -l "$page" 2>&1 >"$stage/man.txt") || [ -n "$out" ]; then
    fail "man --warnings: $out"
fi
grep -q '^EXIT STATUS' "$stage/man.txt" || fail "the manual page has no EXIT STATUS section"

# The installed program, with no display: it must not need one for these.
run_in() {
    local locale=$1
    shift
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u LANGUAGE -u LC_MESSAGES -u LANG LC_ALL="$locale" \
        HOME="$stage/home" XDG_CONFIG_HOME="$stage/home/config" XDG_DATA_HOME="$stage/home/data" \
        "$usr/bin/continuum" "$@"
}
run() { run_in C.UTF-8 "$@"; }
mkdir -p "$stage/home"
if run --version >"$stage/version" 2>"$stage/version.err"; then
    sed -n 1p "$stage/version" | grep -qx "continuum $version" ||
        fail "--version: the first line is not 'continuum $version'"
    grep -qE '^SQLCipher 4\.[0-9]+\.[0-9]+' "$stage/version" || fail "--version names no SQLCipher 4"
    grep -qE '^Qt 6\.[0-9]+\.[0-9]+$' "$stage/version" || fail "--version names no Qt 6"
    grep -qx 'License: GPL-3.0-or-later (GNU General Public License, version 3 or later)' "$stage/version" ||
        fail "--version names no license"
else
    fail "--version without a display: $(cat "$stage/version.err")"
fi
echo "--- continuum --version (installed)"
cat "$stage/version"

# Every long option in the program's own help is in the manual page.
run --help >"$stage/help" 2>&1 || fail "--help without a display: $(cat "$stage/help")"
run vault --help >>"$stage/help" 2>&1 || fail "vault --help: $(cat "$stage/help")"
# (Read from the page's source, where "\-" is a hyphen-minus and no line break can split an option.)
zcat "$page" | sed 's/\\-/-/g' >"$stage/man.roff"
for option in $(grep -oE -- '(^|[^[:alnum:]-])--[a-z][a-z-]*' "$stage/help" | sed 's/^[^-]*//' | sort -u); do
    grep -qE -- "(^|[^a-z-])$option([^a-z-]|\$)" "$stage/man.roff" || fail "the manual page does not mention $option"
done
grep -qF -- '--passphrase-stdin' "$stage/help" || fail "vault --help lists no --passphrase-stdin"

# The installed program reads its catalogues from <prefix>/share/continuum/translations, not only the copy
# built into it: a language it does not ship (Esperanto), added there, is used.
missing_vault='--vault DIR is required'
out=$(run_in eo.UTF-8 vault verify 2>&1 || true)
grep -qF -- "$missing_vault" <<<"$out" || fail "without an Esperanto catalogue: expected the English words, got: $out"
cat >"$stage/continuum_eo.ts" <<'TS'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eo">
<context>
    <name>VaultCli</name>
    <message>
        <source>--vault DIR is required</source>
        <translation>--vault DIR estas bezonata</translation>
    </message>
</context>
</TS>
TS
"$lrelease" -silent "$stage/continuum_eo.ts" -qm "$usr/share/continuum/translations/continuum_eo.qm"
out=$(run_in eo.UTF-8 vault verify 2>&1 || true)
grep -qF -- '--vault DIR estas bezonata' <<<"$out" ||
    fail "a catalogue in the installed translations folder was not read: $out"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "install: every check passed ($(wc -l <"$stage/installed") files)"
