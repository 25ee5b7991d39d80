#!/bin/sh
# pkg_config.sh <prefix> <libdir> <version> <soname> <static library> <cc> <readelf> <work dir>
#
# Builds consumer.c against the installed prefix with plain cc and pkg-config, as a Makefile
# would, and runs it (it checks NumPy's values):
#   shared:  cc consumer.c $(pkg-config --cflags --libs randstreams)
#   static:  cc consumer.c $(pkg-config --static --cflags --libs randstreams), with
#            -lrandstreams replaced by -l:<static library> (the linker would take the shared
#            library)
# and checks each executable's DT_NEEDED, then that the .pc file works from a moved copy of the
# prefix. <soname> and <static library> are the main build's RANDSTREAMS_SONAME and
# RANDSTREAMS_STATIC_FILE (librandstreams.so.<soversion> and librandstreams.a on Linux).
# Exits 77 (skipped) without pkg-config.
set -eu

prefix=$1 libdir=$2 version=$3 soname=$4 static_file=$5 cc=$6 readelf=$7 work=$8
here=$(cd "$(dirname "$0")" && pwd)
strict="-std=c99 -Wall -Wextra -Wpedantic -Werror"

if ! command -v pkg-config >/dev/null 2>&1; then
    echo "pkg-config not found: skipped"
    exit 77
fi

rm -rf "$work"
mkdir -p "$work"
cd "$work"

fail() { echo "FAIL: $*" >&2; exit 1; }

needed() {   # needed <executable>: the randstreams libraries in its DT_NEEDED
    "$readelf" -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*randstreams.*\)\]/\1/p'
}

PKG_CONFIG_PATH="$prefix/$libdir/pkgconfig"
export PKG_CONFIG_PATH
unset PKG_CONFIG_LIBDIR PKG_CONFIG_SYSROOT_DIR 2>/dev/null || true

v=$(pkg-config --modversion randstreams)
[ "$v" = "$version" ] || fail "pkg-config --modversion: $v, expected $version"
p=$(cd "$(pkg-config --variable=prefix randstreams)" && pwd -P)
[ "$p" = "$(cd "$prefix" && pwd -P)" ] || fail "pkg-config prefix $p, expected $prefix"
libdir_pc=$(pkg-config --variable=libdir randstreams)

echo "--- shared: $cc $strict consumer.c \$(pkg-config --cflags --libs randstreams)"
echo "    pkg-config --cflags --libs: $(pkg-config --cflags --libs randstreams)"
# shellcheck disable=SC2046,SC2086
"$cc" $strict "$here/consumer.c" $(pkg-config --cflags --libs randstreams) \
    -Wl,-rpath,"$libdir_pc" -o consumer_pc_shared
./consumer_pc_shared
[ "$(needed consumer_pc_shared)" = "$soname" ] ||
    fail "consumer_pc_shared needs '$(needed consumer_pc_shared)', expected $soname"

echo "--- static: $cc $strict consumer.c \$(pkg-config --static --cflags --libs randstreams)"
echo "    pkg-config --static --cflags --libs: $(pkg-config --static --cflags --libs randstreams)"
static_flags=""
for flag in $(pkg-config --static --cflags --libs randstreams); do
    [ "$flag" = "-lrandstreams" ] && flag="-l:$static_file"
    static_flags="$static_flags $flag"
done
# shellcheck disable=SC2086
"$cc" $strict "$here/consumer.c" $static_flags -o consumer_pc_static
./consumer_pc_static
[ -z "$(needed consumer_pc_static)" ] ||
    fail "consumer_pc_static needs '$(needed consumer_pc_static)', expected no randstreams library"

echo "--- relocated: the prefix copied to $work/moved-prefix"
cp -a "$prefix" moved-prefix
PKG_CONFIG_PATH="$work/moved-prefix/$libdir/pkgconfig"
inc=$(pkg-config --variable=includedir randstreams)
[ -f "$inc/randstreams.h" ] || fail "moved prefix: includedir $inc has no randstreams.h"
case "$(pkg-config --cflags randstreams)" in
    *"$work/moved-prefix/"*) ;;
    *) fail "moved prefix: pkg-config --cflags is '$(pkg-config --cflags randstreams)'" ;;
esac
# shellcheck disable=SC2046,SC2086
"$cc" $strict "$here/consumer.c" $(pkg-config --cflags --libs randstreams) \
    -Wl,-rpath,"$(pkg-config --variable=libdir randstreams)" -o consumer_pc_moved
./consumer_pc_moved
echo "pkg-config consumers: OK"
