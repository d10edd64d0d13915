#ifndef NEWSFIGURES_CZLIB_SHIM_H
#define NEWSFIGURES_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro over inflateInit2_ with the library version and the stream size;
   Swift cannot call function-like macros, so this wrapper does. */
static inline int newsfigures_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
#endif
