/*
 * memcpy and memset for the rapilog image, eight bytes at a time when the pointers allow it. picolibc's are
 * built for size (byte loops); SQLite and the window copies move whole pages, and the emulated core's
 * virtual time is its instruction count. These definitions take precedence over picolibc's archive members.
 */
#include <stddef.h>
#include <stdint.h>

#define NO_LIBCALL __attribute__((optimize("no-tree-loop-distribute-patterns")))

NO_LIBCALL void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    if ((((uintptr_t)d | (uintptr_t)s) & 7) == 0) {
        uint64_t *dw = (uint64_t *)d;
        const uint64_t *sw = (const uint64_t *)s;
        while (n >= 32) {
            uint64_t a = sw[0], b = sw[1], c = sw[2], e = sw[3];
            dw[0] = a;
            dw[1] = b;
            dw[2] = c;
            dw[3] = e;
            dw += 4;
            sw += 4;
            n -= 32;
        }
        while (n >= 8) {
            *dw++ = *sw++;
            n -= 8;
        }
        d = (uint8_t *)dw;
        s = (const uint8_t *)sw;
    }
    while (n-- > 0) {
        *d++ = *s++;
    }
    return dst;
}

NO_LIBCALL void *memset(void *dst, int c, size_t n)
{
    uint8_t *d = dst;
    while (n > 0 && ((uintptr_t)d & 7) != 0) {
        *d++ = (uint8_t)c;
        n--;
    }
    uint64_t w = (uint8_t)c * 0x0101010101010101ULL;
    uint64_t *dw = (uint64_t *)d;
    while (n >= 32) {
        dw[0] = w;
        dw[1] = w;
        dw[2] = w;
        dw[3] = w;
        dw += 4;
        n -= 32;
    }
    while (n >= 8) {
        *dw++ = w;
        n -= 8;
    }
    d = (uint8_t *)dw;
    while (n-- > 0) {
        *d++ = (uint8_t)c;
    }
    return dst;
}
