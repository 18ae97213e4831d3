// The kernel's boot messages at the start of a printing run's console output (seL4 16.0.0 debug build).
import assert from 'node:assert/strict';

export const BOOTED = 'Booting all finished, dropped to user space\n';

/** Check that `out` starts with seL4's boot messages (qemu-riscv-virt, 1 RAM region) and return what follows. */
export function afterBootLog(out: string): string {
  const i = out.indexOf(BOOTED);
  assert.ok(i >= 0, `no "${BOOTED.trim()}" in ${JSON.stringify(out.slice(0, 400))}`);
  assert.match(
    out.slice(0, i),
    /^Init local IRQ\nBootstrapping kernel\nInitializing PLIC\.\.\.\nAvailable phys memory regions: 1\n {2}\[80200000\.\.[0-9a-f]+\)\nReserved virt address space regions: [23]\n( {2}\[ffffffc0[0-9a-f]+\.\.ffffffc0[0-9a-f]+\)\n){2,3}$/,
  );
  return out.slice(i + BOOTED.length);
}
