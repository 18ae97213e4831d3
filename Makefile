# sel4ts -- C side: seL4 rootserver images built with the SDK in sdk/.
# (The TypeScript side is built with npm; see package.json.)
#
#   make images      build every committed image (ELFs are committed)
#   make sdk-test    run the SDK ABI conformance test for ABIs 13/14/15/16
#                    under qemu-riscv64 (needs qemu-user)
#   make linux       build Linux-user variants (*.linux.elf, not committed)
#   make clean       remove built images and test outputs
#
# Needs Debian's gcc-riscv64-unknown-elf and picolibc-riscv64-unknown-elf.

# Directories holding images. Each has a Makefile that includes sdk/sdk.mk.
# To add an image: create its directory + Makefile, list the directory here
# and its ELF(s) in IMAGES below, then commit the ELF(s).
IMAGE_DIRS := \
    examples/hello \
    examples/uart-echo \
    examples/timer \
    examples/disk \
    examples/rapilog \
    bench/irq \
    bench/compute \
    bench/nullsys \
    examples/multi \
    examples/pair \
    examples/pacemaker \
    examples/debug \
    bench/ipc \
    test/cpu \
    test/c

# Every committed ELF (checked by scripts/check-images.sh).
IMAGES := \
    examples/hello/hello.elf \
    examples/uart-echo/uart-echo.elf \
    examples/timer/timer.elf \
    examples/disk/disk.elf \
    examples/rapilog/rapilog.elf \
    bench/irq/irq.elf \
    bench/compute/compute.elf \
    bench/compute/compute-small.elf \
    bench/nullsys/nullsys.elf \
    examples/multi/multi.elf \
    examples/pair/pair.elf \
    examples/pacemaker/pacemaker.elf \
    examples/pacemaker/pacemaker-mcs.elf \
    examples/debug/debug.elf \
    bench/ipc/ipc.elf \
    test/c/kernel.elf \
    test/c/kernel-abi14.elf \
    test/c/mcs.elf \
    test/c/mcs-abi14.elf \
    $(patsubst %.S,%.elf,$(wildcard test/cpu/progs/*.S))

.PHONY: images sdk-test linux clean print-images
images:
	@set -e; for d in $(IMAGE_DIRS); do $(MAKE) --no-print-directory -C $$d all; done

sdk-test:
	@$(MAKE) --no-print-directory -C sdk/tests test

linux:
	@set -e; for d in $(IMAGE_DIRS); do $(MAKE) --no-print-directory -C $$d linux; done

clean:
	@set -e; for d in $(IMAGE_DIRS); do $(MAKE) --no-print-directory -C $$d clean; done
	rm -rf sdk/tests/build

print-images:
	@echo $(IMAGES)
