/* sel4ts SDK -- helper macros. */
#ifndef SEL4TS_SEL4_MACROS_H
#define SEL4TS_SEL4_MACROS_H

#define LIBSEL4_INLINE static inline
#define LIBSEL4_INLINE_FUNC static inline __attribute__((__always_inline__))
#define SEL4_PACKED __attribute__((__packed__))
#define SEL4_DEPRECATED(x) __attribute__((__deprecated__(x)))
#define SEL4_FORCE_LONG_ENUM(type) _enum_pad_##type = (1UL << 63) - 1

#define SEL4TS_BIT(n) (1UL << (n))
#define SEL4TS_MASK(n) ((n) >= 64 ? ~0UL : (1UL << (n)) - 1UL)

#endif
