/*
 * sel4ts SDK -- umbrella header, the equivalent of libsel4's <sel4/sel4.h>.
 *
 * Select the ABI with -DSEL4TS_ABI=13|14|15|16 (default 16).
 */
#ifndef SEL4TS_SEL4_SEL4_H
#define SEL4TS_SEL4_SEL4_H

#include <sel4/config.h>
#include <sel4/macros.h>
#include <sel4/simple_types.h>
#include <sel4/constants.h>
#include <sel4/errors.h>
#include <sel4/objecttype.h>
#include <sel4/faults.h>
#include <sel4/syscall.h>
#include <sel4/invocation.h>
#include <sel4/types.h>
#include <sel4/bootinfo_types.h>
#include <sel4/bootinfo.h>
#include <sel4/functions.h>
#include <sel4/syscalls.h>
#include <sel4/client.h>

#endif
