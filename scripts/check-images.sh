#!/usr/bin/env bash
# Rebuild every committed seL4 image and fail if any differs from the
# committed one (images must be reproducible byte for byte and up to date
# with their sources).  Usage: scripts/check-images.sh   (from anywhere)
#
# Needs Debian's gcc-riscv64-unknown-elf and picolibc-riscv64-unknown-elf;
# when they are missing and CI is set (running as root), they are installed
# with apt-get first.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v riscv64-unknown-elf-gcc >/dev/null 2>&1 \
   || [ ! -f /usr/lib/picolibc/riscv64-unknown-elf/picolibc.specs ]; then
    if [ -n "${CI:-}" ] && [ "$(id -u)" = 0 ]; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf) >/dev/null 2>&1 || {
            echo "check-images: FAIL: could not install the riscv64 toolchain with apt-get"; exit 1; }
    else
        echo "check-images: FAIL: riscv64 toolchain missing (apt-get install gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf)"
        exit 1
    fi
fi

images=$(make -s --no-print-directory print-images)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! make -B images >"$log" 2>&1; then
    echo "check-images: FAIL: image build failed ($(grep -m1 -i error "$log" || tail -n1 "$log"))"
    exit 1
fi

# shellcheck disable=SC2086
changed=$(git status --porcelain --untracked-files=all -- $images | awk '{print $NF}' | tr '\n' ' ')
if [ -n "$changed" ]; then
    echo "check-images: FAIL: rebuilt images differ from the committed ones (or are not committed): ${changed% }; run 'make images' and commit them (toolchain: $(riscv64-unknown-elf-gcc -dumpversion), picolibc $(dpkg-query -W -f='${Version}' picolibc-riscv64-unknown-elf 2>/dev/null || echo '?'))"
    exit 1
fi
echo "check-images: OK: $(echo $images | wc -w) images rebuilt byte-identical"
