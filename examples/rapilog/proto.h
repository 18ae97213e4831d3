/*
 * rapilog -- what the disk server, the VFS and the host tools agree on: the block-service protocol and the
 * on-disk layout.
 *
 * Block service (seL4_Call on the server's endpoint; the data travels in the shared window frame):
 *   label OP_INFO                      -> MR0 status, MR1 capacity in sectors, MR2 policy
 *   label OP_READ,  MR0 sector, MR1 n  -> sectors [sector, sector+n) into the window
 *   label OP_WRITE, MR0 sector, MR1 n  -> sectors from the window
 *   label OP_SYNC                      -> every write acknowledged before is durable (policy permitting)
 *   label OP_DONE, MR0 failed          -> the client has finished: the server drains and halts the machine
 *                                         (failed != 0: powers off with failure code 1)
 * The reply's MR0 is 0 or a negative RL_E* code; a request with caps attached, a short message, a bad count
 * or an out-of-range sector gets an error and changes nothing.
 *
 * Disk layout (512-byte sectors, little endian):
 *   sector 0  boot block: "RAPILOG1\n" then key=value lines (policy, mode, journal, ...), NUL-terminated;
 *             written by the host for each run
 *   sector 1  file table: RL_FT_MAGIC, version 1, 3 entries (db, journal, wal) of struct rl_file
 *   extents   each file is one extent [start, start + max_sectors) given by the table
 */
#ifndef RAPILOG_PROTO_H
#define RAPILOG_PROTO_H

#include <stdint.h>

#define RL_SECTOR 512u
#define RL_WINDOW_BYTES (1u << 20)            /* largest request: 1 MiB = 2048 sectors */
#define RL_WINDOW_SECTORS (RL_WINDOW_BYTES / RL_SECTOR)

enum { OP_INFO = 1, OP_READ = 2, OP_WRITE = 3, OP_SYNC = 4, OP_DONE = 5 };
enum { RL_OK = 0, RL_EINVAL = -1, RL_ERANGE = -2, RL_EIO = -3, RL_ENOSYS = -4 };
enum { POLICY_SYNC = 0, POLICY_RAPILOG = 1, POLICY_UNSAFE = 2 };

#define RL_FT_MAGIC 0x54464c52u /* "RLFT" */
#define RL_NFILES 3
enum { RL_FILE_DB = 0, RL_FILE_JOURNAL = 1, RL_FILE_WAL = 2 };

struct rl_file {
    char name[24];        /* "db", "journal", "wal" */
    uint32_t start;       /* first sector of the extent */
    uint32_t max_sectors; /* extent length */
    uint64_t size;        /* file size in bytes */
    uint32_t exists;
    uint32_t reserved;
};

struct rl_table {
    uint32_t magic;
    uint32_t version;
    uint32_t nfiles;
    uint32_t reserved;
    struct rl_file f[RL_NFILES];
};

/* Virtual addresses (the server maps these for the database process). */
#define RL_HEAP_VADDR 0x20000000UL   /* SQLite's heap (memsys5), 8 MiB */
#define RL_HEAP_BYTES (8UL << 20)
#define RL_CACHE_VADDR 0x21000000UL  /* + file * RL_CACHE_BYTES: the VFS's copy of each file */
#define RL_CACHE_BYTES (8UL << 20)
#define RL_WINDOW_VADDR 0x30000000UL /* the shared window, in the client */

/* Slots of the database process's CNode. */
#define RL_CLIENT_EP 1

/* The boot block: value of `key` (copied into out, at most n-1 chars); 0 if absent. */
static inline int rl_config(const char *blk, const char *key, char *out, int n)
{
    const char *p = blk;
    int klen = 0;
    while (key[klen]) {
        klen++;
    }
    for (int guard = 0; *p && guard < (int)RL_SECTOR; guard++) {
        int i = 0;
        while (i < klen && p[i] == key[i]) {
            i++;
        }
        if (i == klen && p[i] == '=') {
            p += klen + 1;
            int k = 0;
            while (*p && *p != '\n' && k < n - 1) {
                out[k++] = *p++;
            }
            out[k] = 0;
            return 1;
        }
        while (*p && *p != '\n') {
            p++;
        }
        if (*p == '\n') {
            p++;
        }
    }
    return 0;
}

static inline uint64_t rl_config_num(const char *blk, const char *key, uint64_t dflt)
{
    char v[32];
    if (!rl_config(blk, key, v, sizeof v) || v[0] < '0' || v[0] > '9') {
        return dflt;
    }
    uint64_t x = 0;
    for (int i = 0; v[i] >= '0' && v[i] <= '9'; i++) {
        x = x * 10 + (uint64_t)(v[i] - '0');
    }
    return x;
}

static inline int rl_streq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

#endif
