# sel4ts SDK -- Makefile fragment for building seL4 rootserver ELFs.
#
# Simple use (one program per directory):
#
#     NAME := hello
#     SRCS := hello.c
#     include ../../sdk/sdk.mk
#
# builds $(NAME).elf with `make` (default goal) and removes it with
# `make clean`.  Several programs / variants per directory:
#
#     include ../../sdk/sdk.mk
#     $(eval $(call sel4ts_program,prog,prog.c util.c,-DFOO=1))
#     $(eval $(call sel4ts_program,prog-small,prog.c util.c,-DFOO=0))
#
# Knobs (command line or before the include):
#     SEL4TS_ABI=16|15|14|13   seL4 ABI the image is built for (default 16)
#     SEL4TS_MCS=0|1           1: the MCS kernel API (default 0)
#     SEL4TS_STACK_SIZE=bytes  initial thread stack (default 65536)
#     SEL4TS_PRINTF=integer|double   picolibc printf flavour (default integer)
#     CROSS=riscv64-unknown-elf-     toolchain prefix
#
# Paths given to the compiler are kept relative and the build directory is
# mapped away, so the same sources give byte-identical ELFs in any checkout.

SEL4TS_SDK ?= $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
SEL4TS_ROOT := $(abspath $(SEL4TS_SDK)/..)

CROSS ?= riscv64-unknown-elf-
SEL4TS_CC ?= $(CROSS)gcc
SEL4TS_ABI ?= 16
SEL4TS_MCS ?= 0
SEL4TS_STACK_SIZE ?= 65536
SEL4TS_PRINTF ?= integer

SEL4TS_ARCHFLAGS := -march=rv64imafdc_zicsr_zifencei -mabi=lp64d -mcmodel=medany

ifeq ($(SEL4TS_PRINTF),integer)
SEL4TS_PRINTF_FLAG := -DPICOLIBC_INTEGER_PRINTF_SCANF
else
SEL4TS_PRINTF_FLAG := -DPICOLIBC_DOUBLE_PRINTF_SCANF
endif

SEL4TS_CFLAGS = $(SEL4TS_ARCHFLAGS) --specs=picolibc.specs -std=gnu11 -O2 \
    -Wall -Wextra -Werror -fno-common -ffunction-sections -fdata-sections \
    -fno-asynchronous-unwind-tables -fno-unwind-tables \
    -ffile-prefix-map=$(SEL4TS_ROOT)/= -ffile-prefix-map=$(CURDIR)/= \
    -I$(SEL4TS_SDK)/include -DSEL4TS_ABI=$(SEL4TS_ABI) $(if $(filter 1,$(SEL4TS_MCS)),-DSEL4TS_MCS=1) \
    -DSEL4TS_STACK_SIZE=$(SEL4TS_STACK_SIZE) $(SEL4TS_PRINTF_FLAG)

SEL4TS_LDFLAGS := -static -nostartfiles -T$(SEL4TS_SDK)/link.ld \
    -Wl,--build-id=none -Wl,--strip-debug -Wl,-z,max-page-size=4096 -Wl,-z,common-page-size=4096 \
    -Wl,--gc-sections -Wl,-z,noexecstack

SEL4TS_SDK_SRCS := $(SEL4TS_SDK)/crt0.S $(SEL4TS_SDK)/runtime.c
SEL4TS_SDK_DEPS := $(SEL4TS_SDK_SRCS) $(SEL4TS_SDK)/link.ld $(SEL4TS_SDK)/sdk.mk \
    $(wildcard $(SEL4TS_SDK)/include/sel4/*.h $(SEL4TS_SDK)/include/sel4ts/*.h)

# $(call sel4ts_program,NAME,SOURCES,EXTRA_CFLAGS) -> rule for NAME.elf
define sel4ts_program
SEL4TS_ELFS += $(1).elf
$(1).elf: $(2) $$(SEL4TS_SDK_DEPS) $$(MAKEFILE_LIST)
	$$(SEL4TS_CC) $$(SEL4TS_CFLAGS) $(3) -o $$@ $$(SEL4TS_SDK_SRCS) $(2) $$(SEL4TS_LDFLAGS)
endef

# $(call sel4ts_linux_program,NAME,SOURCES,EXTRA_CFLAGS) -> NAME.linux.elf
# Test aid: the same program linked against sdk/host/linux_emu.c instead of
# crt0.S, runnable with `qemu-riscv64 NAME.linux.elf` (debug syscalls are
# emulated, see that file).  Never load these into sel4ts.
define sel4ts_linux_program
SEL4TS_LINUX_ELFS += $(1).linux.elf
$(1).linux.elf: $(2) $$(SEL4TS_SDK_DEPS) $$(SEL4TS_SDK)/host/linux_emu.c $$(MAKEFILE_LIST)
	$$(SEL4TS_CC) $$(SEL4TS_CFLAGS) -DSEL4TS_LINUX_EMU $(3) -o $$@ $$(SEL4TS_SDK)/host/linux_emu.c $$(SEL4TS_SDK)/runtime.c $(2) $$(SEL4TS_LDFLAGS)
endef

ifdef NAME
$(eval $(call sel4ts_program,$(NAME),$(SRCS),$(EXTRA_CFLAGS)))
$(eval $(call sel4ts_linux_program,$(NAME),$(SRCS),$(EXTRA_CFLAGS)))
endif

# `all` builds every program declared in the including Makefile, also those
# declared after this file was included (hence the second expansion).
.DEFAULT_GOAL := all
.SECONDEXPANSION:
.PHONY: all linux clean
all: $$(SEL4TS_ELFS)
linux: $$(SEL4TS_LINUX_ELFS)
clean:
	rm -f $(SEL4TS_ELFS) $(SEL4TS_LINUX_ELFS)
