#include "checker/util/malloc_tuning.h"

#include <cstdlib>  // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace figcheck {

void KeepFreedMemoryForReuse() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 64 << 20);   // blocks below 64 MB come from the heap
  mallopt(M_TRIM_THRESHOLD, 128 << 20);  // return memory to the system past 128 MB free
#endif
}

}  // namespace figcheck
