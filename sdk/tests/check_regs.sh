#!/bin/sh
# Run ELF (built from regs_test.c) under qemu-riscv64 with a CPU-state log,
# take the register state before each ecall and compare a7 a0 a1 a6 t0 with
# EXPECTED (one line per ecall; '-' matches anything).
# usage: check_regs.sh ELF EXPECTED [OBJDUMP]
set -eu
elf=$1
expected=$2
objdump=${3:-riscv64-unknown-elf-objdump}
log=$(mktemp)
got=$(mktemp)
trap 'rm -f "$log" "$got"' EXIT
pcs=$("$objdump" -d "$elf" | awk '$3 == "ecall" { sub(":", "", $1); printf "%s ", $1 }')
qemu-riscv64 -singlestep -d cpu,nochain -D "$log" "$elf" >/dev/null
awk -v pcs="$pcs" '
    BEGIN { n = split(pcs, p, " "); for (i = 1; i <= n; i++) want[p[i]] = 1 }
    $1 == "pc" { pc = $2; sub(/^0+/, "", pc); take = (pc in want); k = 0; next }
    take {
        for (i = 1; i < NF; i += 2) { r = $i; sub(/^x[0-9]+\//, "", r); v[r] = $(i + 1) }
        if (++k == 8) { print v["a7"], v["a0"], v["a1"], v["a6"], v["t0"]; take = 0 }
    }' "$log" >"$got"
status=0
grep -v '^#' "$expected" | awk -v gotfile="$got" '
    { want[NR] = $0 } END {
        n = 0
        while ((getline line < gotfile) > 0) got[++n] = line
        if (n != NR) { printf "regs: %d ecalls, expected %d\n", n, NR; bad = 1 }
        split("a7 a0 a1 a6 t0", name, " ")
        for (i = 1; i <= NR && i <= n; i++) {
            split(want[i], e, " "); split(got[i], g, " ")
            for (j = 1; j <= 5; j++) if (e[j] != "-" && e[j] != g[j]) {
                printf "regs: ecall %d: %s = %s, expected %s\n", i, name[j], g[j], e[j]; bad = 1 }
        }
        if (!bad) printf "regs: %d ecalls, registers as expected\n", n
        exit bad
    }' || status=1
exit $status
