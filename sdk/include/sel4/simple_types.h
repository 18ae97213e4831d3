/* sel4ts SDK -- fixed-width integer types with libsel4 names. */
#ifndef SEL4TS_SEL4_SIMPLE_TYPES_H
#define SEL4TS_SEL4_SIMPLE_TYPES_H

typedef signed char seL4_Int8;
typedef unsigned char seL4_Uint8;
typedef signed short seL4_Int16;
typedef unsigned short seL4_Uint16;
typedef signed int seL4_Int32;
typedef unsigned int seL4_Uint32;
typedef signed long seL4_Int64;
typedef unsigned long seL4_Uint64;

typedef seL4_Int8 seL4_Bool;
#define seL4_True  1
#define seL4_False 0
#define seL4_Null  ((void *)0)

typedef unsigned long seL4_Word;
typedef seL4_Word seL4_CPtr;
typedef seL4_Word seL4_NodeId;
typedef seL4_Word seL4_PAddr;
typedef seL4_Word seL4_Domain;
typedef seL4_Uint64 seL4_Time;

#define SEL4_WORD_FMT "lu"
#define SEL4_PRIx_word "lx"
#define SEL4_PRIu_word "lu"
#define SEL4_PRId_word "ld"

_Static_assert(sizeof(seL4_Word) == 8, "seL4_Word must be 64 bits");
_Static_assert(sizeof(seL4_Uint32) == 4, "seL4_Uint32 must be 32 bits");

#endif
