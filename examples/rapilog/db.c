/*
 * rapilog database process -- SQLite (the unmodified amalgamation) on an sqlite3_vfs of ours that talks to the
 * disk server (server.c) over IPC and the shared window, and the TPC-B-like client.
 *
 * The VFS keeps each file (db, journal, wal) as one extent of the disk (proto.h). Like an OS page cache it
 * holds a copy of every file in memory (frames the server maps at RL_CACHE_VADDR): reads never wait for the
 * disk; writes mark sectors dirty and xSync writes the dirty runs, then the file table when a size changed,
 * then sends OP_SYNC. Creating a file is recorded at the next sync; deleting one is synchronous (table write
 * and OP_SYNC), so DELETE-mode commits are durable with synchronous=FULL. Locking is a single-process no-op;
 * WAL runs in exclusive locking mode (no shared memory).
 *
 * Modes (boot block key `mode`): setup (create and fill the TPC-B tables), run (transactions, printing
 * "commit ID TIME_US" for every COMMIT that returned SQLITE_OK), check (recovery, integrity_check, the
 * history ids present, the balance sums), garbage (malformed requests to the server), rwtest (the server's
 * read-after-write in every policy).
 */
#include <stdio.h>
#include <string.h>
#include <sel4/sel4.h>
#include <sel4ts/device.h>
#include <sel4ts/runtime.h>
#include "proto.h"
#include "sqlite3.h"

static uint8_t *const window = (uint8_t *)RL_WINDOW_VADDR;
static struct rl_table table;
static int table_dirty;
static uint64_t capacity;
static char boot[RL_SECTOR + 1];
static uint64_t dirty[RL_NFILES][RL_CACHE_BYTES / RL_SECTOR / 64];
static int io_errors;
#define WAL_CHUNK (256u << 10)

static long rpc(seL4_Word op, seL4_Word a, seL4_Word b, seL4_Word *val)
{
    seL4_SetMR(0, a);
    seL4_SetMR(1, b);
    seL4_Call(RL_CLIENT_EP, seL4_MessageInfo_new(op, 0, 0, 2));
    if (val != NULL) {
        *val = seL4_GetMR(1);
    }
    return (long)seL4_GetMR(0);
}

static int failed;

/* OP_DONE; MR0 1 when the disk could not be used (the server then powers off with a failure code). */
static __attribute__((noreturn)) void finish(void)
{
    for (;;) {
        rpc(OP_DONE, (seL4_Word)failed, 0, NULL);
    }
}

static int disk_write(uint64_t sector, uint64_t n, const uint8_t *src)
{
    while (n > 0) {
        uint64_t k = n > RL_WINDOW_SECTORS ? RL_WINDOW_SECTORS : n;
        memcpy(window, src, k * RL_SECTOR);
        if (rpc(OP_WRITE, sector, k, NULL) != RL_OK) {
            io_errors++;
            return -1;
        }
        sector += k;
        n -= k;
        src += k * RL_SECTOR;
    }
    return 0;
}

static int disk_read(uint64_t sector, uint64_t n, uint8_t *dst)
{
    while (n > 0) {
        uint64_t k = n > RL_WINDOW_SECTORS ? RL_WINDOW_SECTORS : n;
        if (rpc(OP_READ, sector, k, NULL) != RL_OK) {
            io_errors++;
            return -1;
        }
        memcpy(dst, window, k * RL_SECTOR);
        sector += k;
        n -= k;
        dst += k * RL_SECTOR;
    }
    return 0;
}

static uint8_t *cache(int f)
{
    return (uint8_t *)(RL_CACHE_VADDR + (seL4_Word)f * RL_CACHE_BYTES);
}

static int write_table(void)
{
    uint8_t sec[RL_SECTOR];
    memset(sec, 0, sizeof sec);
    memcpy(sec, &table, sizeof table);
    table_dirty = 0;
    return disk_write(1, 1, sec);
}

/* Write the dirty sectors of file f in ascending runs. */
static int flush_file(int f)
{
    uint64_t nsec = table.f[f].max_sectors;
    uint64_t s = 0;
    while (s < nsec) {
        if (dirty[f][s / 64] == 0) {
            s = (s / 64 + 1) * 64;
            continue;
        }
        if (!(dirty[f][s / 64] >> (s % 64) & 1)) {
            s++;
            continue;
        }
        uint64_t e = s;
        while (e < nsec && (dirty[f][e / 64] >> (e % 64) & 1) && e - s < RL_WINDOW_SECTORS) {
            dirty[f][e / 64] &= ~(1ULL << (e % 64));
            e++;
        }
        if (disk_write(table.f[f].start + s, e - s, cache(f) + s * RL_SECTOR) != 0) {
            return -1;
        }
        s = e;
    }
    return 0;
}

/* ---- sqlite3_io_methods ---- */

typedef struct {
    sqlite3_file base;
    int f;
} rl_file_t;

static int x_close(sqlite3_file *p)
{
    return flush_file(((rl_file_t *)p)->f) == 0 ? SQLITE_OK : SQLITE_IOERR_CLOSE;
}

static int x_read(sqlite3_file *p, void *buf, int amt, sqlite3_int64 off)
{
    int f = ((rl_file_t *)p)->f;
    uint64_t size = table.f[f].size;
    if ((uint64_t)off >= size) {
        memset(buf, 0, (size_t)amt);
        return SQLITE_IOERR_SHORT_READ;
    }
    uint64_t have = size - (uint64_t)off;
    if (have >= (uint64_t)amt) {
        memcpy(buf, cache(f) + off, (size_t)amt);
        return SQLITE_OK;
    }
    memcpy(buf, cache(f) + off, (size_t)have);
    memset((uint8_t *)buf + have, 0, (size_t)(amt - (int)have));
    return SQLITE_IOERR_SHORT_READ;
}

static int x_write(sqlite3_file *p, const void *buf, int amt, sqlite3_int64 off)
{
    int f = ((rl_file_t *)p)->f;
    uint64_t end = (uint64_t)off + (uint64_t)amt;
    if (off < 0 || end > (uint64_t)table.f[f].max_sectors * RL_SECTOR) {
        return SQLITE_FULL; /* the extent is full */
    }
    memcpy(cache(f) + off, buf, (size_t)amt);
    for (uint64_t s = (uint64_t)off / RL_SECTOR; s <= (end - 1) / RL_SECTOR; s++) {
        dirty[f][s / 64] |= 1ULL << (s % 64);
    }
    if (end > table.f[f].size) {
        /* The WAL grows in chunks (as with SQLITE_FCNTL_CHUNK_SIZE), so that most commits append to it
         * without a file-table write: SQLite stops reading a WAL at the first frame that does not check out,
         * and the zeros after the last frame never do. */
        uint64_t cap = (uint64_t)table.f[f].max_sectors * RL_SECTOR;
        table.f[f].size = f == RL_FILE_WAL ? (end + WAL_CHUNK - 1) / WAL_CHUNK * WAL_CHUNK : end;
        if (table.f[f].size > cap) {
            table.f[f].size = cap;
        }
        table_dirty = 1;
    }
    return SQLITE_OK;
}

static int x_truncate(sqlite3_file *p, sqlite3_int64 size)
{
    int f = ((rl_file_t *)p)->f;
    if (size < 0 || (uint64_t)size > (uint64_t)table.f[f].max_sectors * RL_SECTOR) {
        return SQLITE_IOERR_TRUNCATE;
    }
    if ((uint64_t)size < table.f[f].size) {
        memset(cache(f) + size, 0, (size_t)(table.f[f].size - (uint64_t)size));
        for (uint64_t s = ((uint64_t)size + RL_SECTOR - 1) / RL_SECTOR; s < table.f[f].max_sectors; s++) {
            dirty[f][s / 64] &= ~(1ULL << (s % 64));
        }
        if (size % RL_SECTOR) {
            uint64_t s = (uint64_t)size / RL_SECTOR;
            dirty[f][s / 64] |= 1ULL << (s % 64);
        }
    }
    if ((uint64_t)size != table.f[f].size) {
        table.f[f].size = (uint64_t)size;
        table_dirty = 1;
    }
    return SQLITE_OK;
}

static int x_sync(sqlite3_file *p, int flags)
{
    (void)flags;
    if (flush_file(((rl_file_t *)p)->f) != 0 || (table_dirty && write_table() != 0)) {
        return SQLITE_IOERR_FSYNC;
    }
    return rpc(OP_SYNC, 0, 0, NULL) == RL_OK ? SQLITE_OK : SQLITE_IOERR_FSYNC;
}

static int x_file_size(sqlite3_file *p, sqlite3_int64 *size)
{
    *size = (sqlite3_int64)table.f[((rl_file_t *)p)->f].size;
    return SQLITE_OK;
}

static int x_lock(sqlite3_file *p, int level)
{
    (void)p;
    (void)level;
    return SQLITE_OK;
}

static int x_check_reserved(sqlite3_file *p, int *out)
{
    (void)p;
    *out = 0;
    return SQLITE_OK;
}

static int x_file_control(sqlite3_file *p, int op, void *arg)
{
    (void)p;
    (void)op;
    (void)arg;
    return SQLITE_NOTFOUND;
}

static int x_sector_size(sqlite3_file *p)
{
    (void)p;
    return RL_SECTOR;
}

static int x_device_characteristics(sqlite3_file *p)
{
    (void)p;
    return 0;
}

static const sqlite3_io_methods rl_io = {
    1, x_close, x_read, x_write, x_truncate, x_sync, x_file_size, x_lock, x_lock, x_check_reserved,
    x_file_control, x_sector_size, x_device_characteristics,
    NULL, NULL, NULL, NULL, NULL, NULL,
};

/* ---- sqlite3_vfs ---- */

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int file_index(const char *name)
{
    if (name == NULL) {
        return -1;
    }
    if (ends_with(name, "-journal")) {
        return RL_FILE_JOURNAL;
    }
    if (ends_with(name, "-wal")) {
        return RL_FILE_WAL;
    }
    if (ends_with(name, ".db")) {
        return RL_FILE_DB;
    }
    return -1;
}

static int v_open(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags, int *out_flags)
{
    (void)vfs;
    rl_file_t *p = (rl_file_t *)file;
    p->base.pMethods = NULL;
    int f = file_index(name);
    if (f < 0) {
        return SQLITE_CANTOPEN;
    }
    if (!table.f[f].exists) {
        if (!(flags & SQLITE_OPEN_CREATE)) {
            return SQLITE_CANTOPEN;
        }
        table.f[f].exists = 1;
        table.f[f].size = 0;
        table_dirty = 1;
    }
    p->f = f;
    p->base.pMethods = &rl_io;
    if (out_flags != NULL) {
        *out_flags = flags;
    }
    return SQLITE_OK;
}

static int v_delete(sqlite3_vfs *vfs, const char *name, int sync_dir)
{
    (void)vfs;
    (void)sync_dir;
    int f = file_index(name);
    if (f < 0 || !table.f[f].exists) {
        return SQLITE_IOERR_DELETE_NOENT;
    }
    memset(cache(f), 0, (size_t)table.f[f].size);
    memset(dirty[f], 0, sizeof dirty[f]);
    table.f[f].exists = 0;
    table.f[f].size = 0;
    if (write_table() != 0 || rpc(OP_SYNC, 0, 0, NULL) != RL_OK) {
        return SQLITE_IOERR_DELETE;
    }
    return SQLITE_OK;
}

static int v_access(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    (void)vfs;
    (void)flags;
    int f = file_index(name);
    *out = f >= 0 && table.f[f].exists;
    return SQLITE_OK;
}

static int v_full_pathname(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
    (void)vfs;
    if ((int)strlen(name) >= n) {
        return SQLITE_CANTOPEN;
    }
    strcpy(out, name);
    return SQLITE_OK;
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint64_t rng(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ULL;
}

static int v_randomness(sqlite3_vfs *vfs, int n, char *out)
{
    (void)vfs;
    for (int i = 0; i < n; i++) {
        out[i] = (char)(rng() >> 56);
    }
    return n;
}

static int v_sleep(sqlite3_vfs *vfs, int us)
{
    (void)vfs;
    return us;
}

static int v_current_time64(sqlite3_vfs *vfs, sqlite3_int64 *t)
{
    (void)vfs;
    *t = 210866760000000LL + (sqlite3_int64)(sel4ts_rdtime() / 10000);
    return SQLITE_OK;
}

static int v_current_time(sqlite3_vfs *vfs, double *t)
{
    sqlite3_int64 ms;
    v_current_time64(vfs, &ms);
    *t = (double)ms / 86400000.0;
    return SQLITE_OK;
}

static int v_last_error(sqlite3_vfs *vfs, int n, char *buf)
{
    (void)vfs;
    (void)n;
    (void)buf;
    return 0;
}

static sqlite3_vfs rl_vfs = {
    2, sizeof(rl_file_t), 64, NULL, "rapilog", NULL,
    v_open, v_delete, v_access, v_full_pathname, NULL, NULL, NULL, NULL,
    v_randomness, v_sleep, v_current_time, v_last_error, v_current_time64,
    NULL, NULL, NULL,
};

int sqlite3_os_init(void)
{
    return sqlite3_vfs_register(&rl_vfs, 1);
}

int sqlite3_os_end(void)
{
    return SQLITE_OK;
}

/* ---- loading the disk ---- */

static int load_disk(void)
{
    seL4_Word v;
    if (rpc(OP_INFO, 0, 0, &v) != RL_OK) {
        return 0;
    }
    capacity = v;
    uint8_t sec[RL_SECTOR];
    if (disk_read(0, 1, (uint8_t *)boot) != 0 || disk_read(1, 1, sec) != 0) {
        printf("tpcb: cannot read the boot block and file table\n");
        return 0;
    }
    boot[RL_SECTOR] = 0;
    memcpy(&table, sec, sizeof table);
    if (table.magic != RL_FT_MAGIC || table.version != 1 || table.nfiles != RL_NFILES) {
        printf("tpcb: bad file table in sector 1 (not a rapilog disk)\n");
        return 0;
    }
    for (int f = 0; f < RL_NFILES; f++) {
        struct rl_file *e = &table.f[f];
        int bad = e->start < 64 || e->max_sectors == 0 || (uint64_t)e->start + e->max_sectors > capacity ||
                  (uint64_t)e->max_sectors * RL_SECTOR > RL_CACHE_BYTES ||
                  e->size > (uint64_t)e->max_sectors * RL_SECTOR || e->exists > 1;
        for (int g = 0; g < f; g++) {
            if (e->start < table.f[g].start + table.f[g].max_sectors && table.f[g].start < e->start + e->max_sectors) {
                bad = 1;
            }
        }
        if (bad) {
            printf("tpcb: bad file table entry %d (extent %u+%u, size %lu, disk %lu sectors)\n", f, e->start,
                   e->max_sectors, (unsigned long)e->size, (unsigned long)capacity);
            return 0;
        }
        if (e->exists && e->size > 0 &&
            disk_read(e->start, (e->size + RL_SECTOR - 1) / RL_SECTOR, cache(f)) != 0) {
            printf("tpcb: cannot read file %d\n", f);
            return 0;
        }
    }
    return 1;
}

/* ---- the workload ---- */

static sqlite3 *db;
static int wal;

static int exec(const char *sql)
{
    char *err = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &err);
    if (rc != SQLITE_OK) {
        printf("tpcb: %s: %s (%s)\n", sql, err != NULL ? err : sqlite3_errstr(rc), sqlite3_errstr(rc));
        sqlite3_free(err);
    }
    return rc;
}

static int open_db(int create)
{
    int rc = sqlite3_open_v2("tpcb.db", &db, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0), "rapilog");
    if (rc != SQLITE_OK) {
        printf("tpcb: cannot open the database: %s\n", sqlite3_errstr(rc));
        return rc;
    }
    char jm[16];
    if (!rl_config(boot, "journal", jm, sizeof jm)) {
        strcpy(jm, "wal");
    }
    wal = rl_streq(jm, "wal");
    if ((rc = exec("PRAGMA locking_mode=EXCLUSIVE")) != SQLITE_OK) {
        return rc;
    }
    if (create) {
        rc = exec(wal ? "PRAGMA journal_mode=WAL" : "PRAGMA journal_mode=DELETE");
        if (rc != SQLITE_OK) {
            return rc;
        }
    }
    return exec("PRAGMA synchronous=FULL");
}

static int64_t query_int(const char *sql)
{
    sqlite3_stmt *st;
    int64_t v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) {
            v = sqlite3_column_int64(st, 0);
        }
        sqlite3_finalize(st);
    }
    return v;
}

static void setup(void)
{
    int accounts = (int)rl_config_num(boot, "accounts", 1000);
    int tellers = (int)rl_config_num(boot, "tellers", 10);
    int branches = (int)rl_config_num(boot, "branches", 1);
    if (open_db(1) != SQLITE_OK) {
        return;
    }
    if (exec("BEGIN") != SQLITE_OK ||
        exec("CREATE TABLE branches(bid INTEGER PRIMARY KEY, bbalance INTEGER NOT NULL, filler TEXT)") ||
        exec("CREATE TABLE tellers(tid INTEGER PRIMARY KEY, bid INTEGER NOT NULL, tbalance INTEGER NOT NULL, "
             "filler TEXT)") ||
        exec("CREATE TABLE accounts(aid INTEGER PRIMARY KEY, bid INTEGER NOT NULL, abalance INTEGER NOT NULL, "
             "filler TEXT)") ||
        exec("CREATE TABLE history(hid INTEGER PRIMARY KEY, tid INTEGER, bid INTEGER, aid INTEGER, "
             "delta INTEGER, mtime INTEGER, filler TEXT)")) {
        return;
    }
    sqlite3_stmt *st;
    const char *ins[3] = {
        "INSERT INTO branches VALUES(?1, 0, printf('%.88c', 'b'))",
        "INSERT INTO tellers VALUES(?1, (?1 - 1) % ?2 + 1, 0, printf('%.84c', 't'))",
        "INSERT INTO accounts VALUES(?1, (?1 - 1) % ?2 + 1, 0, printf('%.84c', 'a'))",
    };
    int counts[3] = {branches, tellers, accounts};
    for (int t = 0; t < 3; t++) {
        if (sqlite3_prepare_v2(db, ins[t], -1, &st, NULL) != SQLITE_OK) {
            printf("tpcb: prepare: %s\n", sqlite3_errmsg(db));
            return;
        }
        for (int i = 1; i <= counts[t]; i++) {
            sqlite3_bind_int(st, 1, i);
            sqlite3_bind_int(st, 2, branches);
            int rc = sqlite3_step(st);
            if (rc != SQLITE_DONE) {
                printf("tpcb: setup insert: %s (%s)\n", sqlite3_errmsg(db), sqlite3_errstr(rc));
                sqlite3_finalize(st);
                return;
            }
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
    }
    if (exec("COMMIT") != SQLITE_OK) {
        return;
    }
    sqlite3_close(db);
    printf("setup: done, %d branches, %d tellers, %d accounts, %s\n", branches, tellers, accounts,
           wal ? "wal" : "rollback journal");
}

static void run(void)
{
    int accounts = (int)rl_config_num(boot, "accounts", 1000);
    int tellers = (int)rl_config_num(boot, "tellers", 10);
    int branches = (int)rl_config_num(boot, "branches", 1);
    int ntx = (int)rl_config_num(boot, "tx", 100);
    rng_state ^= rl_config_num(boot, "seed", 1) * 0x2545f4914f6cdd1dULL;
    if (open_db(0) != SQLITE_OK) {
        return;
    }
    static const char *sql[5] = {
        "UPDATE accounts SET abalance = abalance + ?2 WHERE aid = ?1",
        "SELECT abalance FROM accounts WHERE aid = ?1",
        "UPDATE tellers SET tbalance = tbalance + ?2 WHERE tid = ?1",
        "UPDATE branches SET bbalance = bbalance + ?2 WHERE bid = ?1",
        "INSERT INTO history VALUES(?1, ?2, ?3, ?4, ?5, ?6, printf('%.22c', 'h'))",
    };
    sqlite3_stmt *st[5];
    for (int i = 0; i < 5; i++) {
        if (sqlite3_prepare_v2(db, sql[i], -1, &st[i], NULL) != SQLITE_OK) {
            printf("tpcb: prepare: %s\n", sqlite3_errmsg(db));
            return;
        }
    }
    int64_t id = query_int("SELECT coalesce(max(hid), 0) + 1 FROM history");
    printf("run: first transaction %ld\n", (long)id);
    int committed = 0;
    for (int k = 0; k < ntx; k++, id++) {
        int aid = (int)(rng() % (uint64_t)accounts) + 1;
        int tid = (int)(rng() % (uint64_t)tellers) + 1;
        int bid = (tid - 1) % branches + 1;
        int delta = (int)(rng() % 1999999) - 999999;
        int rc = exec("BEGIN");
        for (int i = 0; i < 5 && rc == SQLITE_OK; i++) {
            if (i == 4) {
                sqlite3_bind_int64(st[4], 1, id);
                sqlite3_bind_int(st[4], 2, tid);
                sqlite3_bind_int(st[4], 3, bid);
                sqlite3_bind_int(st[4], 4, aid);
                sqlite3_bind_int(st[4], 5, delta);
                sqlite3_bind_int64(st[4], 6, (sqlite3_int64)(sel4ts_rdtime() / 10));
            } else {
                sqlite3_bind_int(st[i], 1, i == 3 ? bid : i == 2 ? tid : aid);
                if (i != 1) {
                    sqlite3_bind_int(st[i], 2, delta);
                }
            }
            int s;
            while ((s = sqlite3_step(st[i])) == SQLITE_ROW) {
            }
            rc = s == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
            sqlite3_reset(st[i]);
        }
        if (rc == SQLITE_OK) {
            rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
        }
        if (rc != SQLITE_OK) {
            printf("tpcb: transaction %ld failed: %s (%s%s)\n", (long)id, sqlite3_errmsg(db), sqlite3_errstr(rc),
                   (rc & 0xff) == SQLITE_FULL ? ", SQLITE_FULL" : "");
            sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
            break;
        }
        committed++;
        printf("commit %ld %lu\n", (long)id, (unsigned long)(sel4ts_rdtime() / 10));
    }
    for (int i = 0; i < 5; i++) {
        sqlite3_finalize(st[i]);
    }
    printf("run: done, %d transactions committed\n", committed);
}

static void check_db(void)
{
    if (!table.f[RL_FILE_DB].exists) {
        printf("check: no database\n");
        return;
    }
    if (open_db(0) != SQLITE_OK) {
        printf("check: cannot open\n");
        return;
    }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            printf("check: integrity %s\n", (const char *)sqlite3_column_text(st, 0));
        }
        sqlite3_finalize(st);
    } else {
        printf("check: integrity error %s\n", sqlite3_errmsg(db));
    }
    /* The history ids present, as ranges. */
    if (sqlite3_prepare_v2(db, "SELECT hid FROM history ORDER BY hid", -1, &st, NULL) == SQLITE_OK) {
        int64_t lo = -1, hi = -1;
        int n = 0;
        printf("check: present");
        while (sqlite3_step(st) == SQLITE_ROW) {
            int64_t h = sqlite3_column_int64(st, 0);
            if (lo >= 0 && h == hi + 1) {
                hi = h;
                continue;
            }
            if (lo >= 0) {
                printf(" %ld-%ld", (long)lo, (long)hi);
            }
            lo = hi = h;
            n++;
        }
        if (lo >= 0) {
            printf(" %ld-%ld", (long)lo, (long)hi);
        }
        printf("\n");
        sqlite3_finalize(st);
    }
    int64_t a = query_int("SELECT total(abalance) FROM accounts");
    int64_t t = query_int("SELECT total(tbalance) FROM tellers");
    int64_t b = query_int("SELECT total(bbalance) FROM branches");
    int64_t h = query_int("SELECT total(delta) FROM history");
    printf("check: balances %s (accounts %ld, tellers %ld, branches %ld, history %ld)\n",
           a == t && t == b && b == h ? "ok" : "MISMATCH", (long)a, (long)t, (long)b, (long)h);
    sqlite3_close(db);
}

static void garbage(void)
{
    struct {
        const char *what;
        seL4_Word label, len, mr0, mr1;
        int cap;
    } g[] = {
        {"write without MRs", OP_WRITE, 0, 0, 0, 0},
        {"write of 0 sectors", OP_WRITE, 2, 100, 0, 0},
        {"write larger than the window", OP_WRITE, 2, 100, RL_WINDOW_SECTORS + 1, 0},
        {"write past the end", OP_WRITE, 2, capacity, 1, 0},
        {"write wrapping around", OP_WRITE, 2, ~(seL4_Word)0, 2, 0},
        {"read past the end", OP_READ, 2, capacity - 1, 2, 0},
        {"read with one MR", OP_READ, 1, 0, 0, 0},
        {"unknown label", 99, 2, 0, 0, 0},
        {"request with a cap", OP_WRITE, 2, 100, 1, 1},
        {"sync with a cap", OP_SYNC, 0, 0, 0, 1},
    };
    int bad = 0;
    for (unsigned i = 0; i < sizeof g / sizeof g[0]; i++) {
        seL4_SetMR(0, g[i].mr0);
        seL4_SetMR(1, g[i].mr1);
        if (g[i].cap) {
            seL4_SetCap(0, RL_CLIENT_EP);
        }
        seL4_Call(RL_CLIENT_EP, seL4_MessageInfo_new(g[i].label, 0, (seL4_Word)g[i].cap, g[i].len));
        long st = (long)seL4_GetMR(0);
        printf("garbage: %s -> %ld\n", g[i].what, st);
        if (st == RL_OK) {
            bad++;
        }
    }
    /* The server still works: a write/read round trip on the scratch sectors 2..63. */
    uint8_t buf[8 * RL_SECTOR], back[8 * RL_SECTOR];
    for (unsigned i = 0; i < sizeof buf; i++) {
        buf[i] = (uint8_t)(i * 13 + 5);
    }
    int ok = disk_write(8, 8, buf) == 0 && rpc(OP_SYNC, 0, 0, NULL) == RL_OK && disk_read(8, 8, back) == 0 &&
             memcmp(buf, back, sizeof buf) == 0;
    printf("garbage: %d accepted, round trip %s\n", bad, ok ? "ok" : "FAILED");
}

/* Read-after-write through the server: overlapping writes without syncs, then reads of every range. */
static void rwtest(void)
{
    static uint8_t img[56 * RL_SECTOR];
    uint8_t buf[16 * RL_SECTOR];
    memset(img, 0, sizeof img);
    disk_write(8, 56, img);
    int fails = 0;
    for (int k = 0; k < 200; k++) {
        int s = (int)(rng() % 48), n = (int)(rng() % 8) + 1;
        for (int i = 0; i < n * (int)RL_SECTOR; i++) {
            buf[i] = (uint8_t)(rng() >> 40);
        }
        memcpy(img + s * RL_SECTOR, buf, (size_t)n * RL_SECTOR);
        if (disk_write(8 + (uint64_t)s, (uint64_t)n, buf) != 0) {
            fails++;
        }
        if (k % 7 == 0) {
            int r = (int)(rng() % 40), m = (int)(rng() % 16) + 1;
            if (disk_read(8 + (uint64_t)r, (uint64_t)m, buf) != 0 ||
                memcmp(buf, img + r * RL_SECTOR, (size_t)m * RL_SECTOR) != 0) {
                fails++;
            }
        }
        if (k % 50 == 49) {
            rpc(OP_SYNC, 0, 0, NULL);
        }
    }
    static uint8_t all[56 * RL_SECTOR];
    if (disk_read(8, 56, all) != 0 || memcmp(all, img, sizeof img) != 0) {
        fails++;
    }
    printf("rwtest: %d mismatches\n", fails);
}

void rl_db_entry(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0;
    (void)a1;
    (void)a2;
    (void)a3;
    if (!load_disk()) {
        failed = 1;
        finish();
    }
    char mode[16];
    if (!rl_config(boot, "mode", mode, sizeof mode)) {
        strcpy(mode, "run");
    }
    if (rl_streq(mode, "garbage")) {
        garbage();
        finish();
    }
    if (rl_streq(mode, "rwtest")) {
        rwtest();
        finish();
    }
    sqlite3_config(SQLITE_CONFIG_HEAP, (void *)RL_HEAP_VADDR, (int)RL_HEAP_BYTES, 64);
    if (sqlite3_initialize() != SQLITE_OK) {
        printf("tpcb: sqlite3_initialize failed\n");
        finish();
    }
    if (rl_streq(mode, "setup")) {
        setup();
    } else if (rl_streq(mode, "check")) {
        check_db();
    } else if (rl_streq(mode, "run")) {
        run();
    } else {
        printf("tpcb: unknown mode '%s'\n", mode);
    }
    if (io_errors) {
        printf("tpcb: %d I/O errors\n", io_errors);
    }
    finish();
}
