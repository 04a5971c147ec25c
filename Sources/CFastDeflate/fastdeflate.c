/*
 * cairo compresses every PDF stream with zlib's default level (6) and offers no setting for
 * it. For Folio's pages and charts that compression was a third to a half of writing a PDF:
 * a million-point chart's path or a page of positioned glyphs is long runs of digits, where
 * level 6 searches long match chains for little gain. Level 1 writes the same PDF 9% larger
 * (measured on the benchmark corpus) in a fraction of the time.
 *
 * cairo 1.16 starts its streams with deflateInit(), i.e. deflateInit_(); libpng, ZIPFoundation
 * and the HTTP stack use deflateInit2_() with their own levels and are not affected. The
 * executable's definition below takes precedence over zlib's for the shared libraries it
 * loads (the linker exports it because libcairo refers to it); an explicit level is kept.
 */
#include <zlib.h>
#include "cfastdeflate.h"

#define FOLIO_DEFLATE_LEVEL 1

int folio_fast_deflate_level(void) { return FOLIO_DEFLATE_LEVEL; }

int deflateInit_(z_streamp strm, int level, const char *version, int stream_size) {
    if (level == Z_DEFAULT_COMPRESSION) level = FOLIO_DEFLATE_LEVEL;
    return deflateInit2_(strm, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}
