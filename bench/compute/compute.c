/*
 * compute -- a CPU-bound seL4 rootserver for benchmarking sel4ts.
 *
 * Runs COMPUTE_ROUNDS rounds of a fixed integer/memory/branch mix:
 *   - sieve of Eratosthenes (byte array, strided stores)
 *   - xorshift-filled array sorted with quicksort + insertion sort
 *   - table-driven CRC-32 over a buffer
 *   - 24x24 integer matrix multiply
 *   - open-addressing hash table insert + lookup
 * and prints one checksum line per run.  No system calls happen between the
 * first and the last line of output, so the run is dominated by user-mode
 * instruction execution.  The work is fully deterministic: the checksum for
 * a given COMPUTE_ROUNDS never changes.
 *
 * Returning from main() halts the system (the SDK runtime calls
 * seL4_DebugHalt).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#ifndef COMPUTE_ROUNDS
#define COMPUTE_ROUNDS 150
#endif

#define SIEVE_N 32768
#define SORT_N 2048
#define CRC_BYTES 16384
#define MAT_N 24
#define HASH_BITS 12
#define HASH_SLOTS (1u << HASH_BITS)
#define HASH_KEYS (HASH_SLOTS * 3 / 4)

static uint8_t sieve_buf[SIEVE_N];
static uint32_t sort_buf[SORT_N];
static uint8_t crc_buf[CRC_BYTES];
static uint32_t crc_table[256];
static int32_t mat_a[MAT_N][MAT_N], mat_b[MAT_N][MAT_N], mat_c[MAT_N][MAT_N];
static uint64_t hash_keys[HASH_SLOTS];
static uint32_t hash_vals[HASH_SLOTS];

static uint64_t rng_state;

static uint64_t rng_next(void)
{
    /* xorshift64* */
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 0x2545f4914f6cdd1dULL;
}

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

/* ---- sieve ---------------------------------------------------------- */

static uint64_t run_sieve(uint32_t limit)
{
    uint32_t count = 0;
    uint64_t sum = 0;
    memset(sieve_buf, 1, limit);
    sieve_buf[0] = sieve_buf[1] = 0;
    for (uint32_t i = 2; i * i < limit; i++) {
        if (sieve_buf[i]) {
            for (uint32_t j = i * i; j < limit; j += i) {
                sieve_buf[j] = 0;
            }
        }
    }
    for (uint32_t i = 0; i < limit; i++) {
        if (sieve_buf[i]) {
            count++;
            sum += i;
        }
    }
    return ((uint64_t)count << 32) ^ sum;
}

/* ---- sort ----------------------------------------------------------- */

static void insertion_sort(uint32_t *a, int n)
{
    for (int i = 1; i < n; i++) {
        uint32_t v = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void quick_sort(uint32_t *a, int n)
{
    while (n > 16) {
        /* median of three */
        uint32_t x = a[0], y = a[n / 2], z = a[n - 1];
        uint32_t pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
        int i = 0, j = n - 1;
        for (;;) {
            while (a[i] < pivot) {
                i++;
            }
            while (a[j] > pivot) {
                j--;
            }
            if (i >= j) {
                break;
            }
            uint32_t t = a[i];
            a[i] = a[j];
            a[j] = t;
            i++;
            j--;
        }
        /* recurse into the smaller half, loop on the larger one */
        int left = j + 1;
        if (left < n - left) {
            quick_sort(a, left);
            a += left;
            n -= left;
        } else {
            quick_sort(a + left, n - left);
            n = left;
        }
    }
    insertion_sort(a, n);
}

static uint64_t run_sort(void)
{
    for (int i = 0; i < SORT_N; i++) {
        sort_buf[i] = (uint32_t)(rng_next() >> 32);
    }
    quick_sort(sort_buf, SORT_N);
    uint64_t h = 0;
    for (int i = 0; i < SORT_N; i++) {
        if (i > 0 && sort_buf[i - 1] > sort_buf[i]) {
            return 0xbad5047;  /* not sorted: poison the checksum */
        }
        h = mix(h, sort_buf[i]);
    }
    return h;
}

/* ---- CRC-32 --------------------------------------------------------- */

static void crc_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) {
            c = (c & 1) ? (c >> 1) ^ 0xedb88320u : c >> 1;
        }
        crc_table[i] = c;
    }
}

static uint32_t crc32(const uint8_t *p, uint32_t n)
{
    uint32_t c = 0xffffffffu;
    for (uint32_t i = 0; i < n; i++) {
        c = crc_table[(c ^ p[i]) & 0xff] ^ (c >> 8);
    }
    return c ^ 0xffffffffu;
}

static uint64_t run_crc(void)
{
    for (uint32_t i = 0; i < CRC_BYTES; i += 8) {
        uint64_t v = rng_next();
        memcpy(&crc_buf[i], &v, 8);
    }
    return crc32(crc_buf, CRC_BYTES);
}

/* ---- matrix multiply ------------------------------------------------ */

static uint64_t run_matmul(void)
{
    for (int i = 0; i < MAT_N; i++) {
        for (int j = 0; j < MAT_N; j++) {
            uint64_t r = rng_next();
            mat_a[i][j] = (int32_t)(r & 0xff) - 128;
            mat_b[i][j] = (int32_t)((r >> 8) & 0xff) - 128;
        }
    }
    for (int i = 0; i < MAT_N; i++) {
        for (int j = 0; j < MAT_N; j++) {
            int32_t s = 0;
            for (int k = 0; k < MAT_N; k++) {
                s += mat_a[i][k] * mat_b[k][j];
            }
            mat_c[i][j] = s;
        }
    }
    uint64_t h = 0;
    for (int i = 0; i < MAT_N; i++) {
        for (int j = 0; j < MAT_N; j++) {
            h = mix(h, (uint32_t)mat_c[i][j]);
        }
    }
    return h;
}

/* ---- hash table ----------------------------------------------------- */

static uint32_t hash_slot(uint64_t key)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return (uint32_t)key & (HASH_SLOTS - 1);
}

static uint64_t run_hash(void)
{
    memset(hash_keys, 0, sizeof(hash_keys));
    uint64_t seed = rng_next();
    uint32_t probes = 0;
    /* insert (keys are never 0, 0 marks an empty slot) */
    for (uint32_t i = 0; i < HASH_KEYS; i++) {
        uint64_t key = (seed + (uint64_t)i * 0x9e3779b97f4a7c15ULL) | 1;
        uint32_t s = hash_slot(key);
        while (hash_keys[s] != 0 && hash_keys[s] != key) {
            s = (s + 1) & (HASH_SLOTS - 1);
            probes++;
        }
        hash_keys[s] = key;
        hash_vals[s] = i;
    }
    /* look up every inserted key and as many absent ones */
    uint64_t h = probes;
    for (uint32_t i = 0; i < 2 * HASH_KEYS; i++) {
        uint64_t key = (seed + (uint64_t)(i >> 1) * 0x9e3779b97f4a7c15ULL) | 1;
        if (i & 1) {
            key ^= 0x5555000000000000ULL;  /* almost surely absent */
        }
        uint32_t s = hash_slot(key);
        uint32_t found = 0xffffffffu;
        while (hash_keys[s] != 0) {
            if (hash_keys[s] == key) {
                found = hash_vals[s];
                break;
            }
            s = (s + 1) & (HASH_SLOTS - 1);
        }
        h = mix(h, found);
    }
    return h;
}

/* ---- driver --------------------------------------------------------- */

int main(void)
{
    uint64_t checksum = 0;

    printf("compute: %d rounds\n", COMPUTE_ROUNDS);
    crc_init();
    rng_state = 0x853c49e6748fea9bULL;
    for (int round = 0; round < COMPUTE_ROUNDS; round++) {
        checksum = mix(checksum, run_sieve(SIEVE_N - (uint32_t)(round & 7)));
        checksum = mix(checksum, run_sort());
        checksum = mix(checksum, run_crc());
        checksum = mix(checksum, run_matmul());
        checksum = mix(checksum, run_hash());
    }
    printf("compute: checksum %016llx\n", (unsigned long long)checksum);
    return 0;
}
