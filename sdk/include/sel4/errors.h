/* sel4ts SDK -- seL4_Error. */
#ifndef SEL4TS_SEL4_ERRORS_H
#define SEL4TS_SEL4_ERRORS_H

typedef enum {
    seL4_NoError = 0,
    seL4_InvalidArgument = 1,
    seL4_InvalidCapability = 2,
    seL4_IllegalOperation = 3,
    seL4_RangeError = 4,
    seL4_AlignmentError = 5,
    seL4_FailedLookup = 6,
    seL4_TruncatedMessage = 7,
    seL4_DeleteFirst = 8,
    seL4_RevokeFirst = 9,
    seL4_NotEnoughMemory = 10,
    seL4_NumErrors = 11
} seL4_Error;

/* Human-readable name of an error code (sel4ts extension). */
static inline const char *sel4ts_error_name(int err)
{
    static const char *const names[] = {
        "NoError", "InvalidArgument", "InvalidCapability", "IllegalOperation",
        "RangeError", "AlignmentError", "FailedLookup", "TruncatedMessage",
        "DeleteFirst", "RevokeFirst", "NotEnoughMemory",
    };
    if (err >= 0 && err < (int)seL4_NumErrors) {
        return names[err];
    }
    return "UnknownError";
}

#endif
