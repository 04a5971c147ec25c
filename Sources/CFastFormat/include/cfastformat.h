#ifndef FOLIO_CFASTFORMAT_H
#define FOLIO_CFASTFORMAT_H
#include <stdarg.h>
#include <stddef.h>

/* "%.<precision>f" of `value` into `buffer`, with snprintf's return value and truncation, when
   the fast path applies (see fastformat.c); -1 when it does not and the caller must format. */
int folio_format_fixed(char *buffer, size_t size, double value, int precision);

/* What the executable's snprintf does: the fast path, else glibc's vsnprintf. */
int folio_vsnprintf(char *buffer, size_t size, const char *format, va_list args);

/* How many snprintf calls the fast path has answered in this process (for tests). */
unsigned long folio_fast_format_count(void);
#endif
