/*
 * glibc grows a heap by what a request needs plus M_TOP_PAD (128 KiB by default). A thread's
 * own heap (the font warmer's, a layout helper's) grows with an mprotect() call and its
 * page-table work each time, which for Pango, HarfBuzz and cairo's many small allocations came
 * to a system call every few hundred of them. A larger pad only reserves address space: pages
 * not touched are never resident. mallopt() is not visible to Swift (malloc.h is not part of
 * the Glibc module), hence this wrapper.
 */
#include <malloc.h>
#include "cmalloctuning.h"

int folio_set_heap_growth(int bytes) { return mallopt(M_TOP_PAD, bytes); }
