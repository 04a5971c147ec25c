/*
 * cairo compresses every PDF stream with zlib at its default level (6) and offers no setting
 * for it. For Folio's pages, font subsets and charts that compression was a third to a half of
 * writing a PDF. cairo 1.16 starts its streams with deflateInit(), i.e. deflateInit_(), and then
 * only calls deflate() and deflateEnd(); libpng, ZIPFoundation, Folio's PNG encoder and the HTTP
 * stack use deflateInit2_(). The executable's definitions below take precedence over zlib's for
 * the shared libraries it loads (the linker exports them because libcairo refers to them).
 *
 * A stream begun with deflateInit_ at the default level is buffered and compressed in one call
 * by libdeflate at its fastest level when it is finished: 2.4 times zlib level 1's speed on the
 * streams of a Folio PDF, at about the same size (small corpus report: 0.6 ms against 1.4 ms,
 * 34.6 KB against 36.7 KB). A stream that grows
 * past FOLIO_BUFFER_LIMIT (a chart with millions of points) goes on in zlib at level 1 instead
 * of being held in memory. Every other stream is zlib's own, untouched.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <libdeflate.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "cfastdeflate.h"

#define FOLIO_DEFLATE_LEVEL 1
#define FOLIO_BUFFER_LIMIT (16u << 20)

int folio_fast_deflate_level(void) { return FOLIO_DEFLATE_LEVEL; }

typedef int (*DeflateFn)(z_streamp, int);
typedef int (*DeflateEndFn)(z_streamp);

/* zlib's own definition of `name`, the one the executable's shadows (looked up once into
   `slot`; racing threads find the same). */
static void *zlib_function(void **slot, const char *name) {
    void *f = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (f == NULL) {
        f = dlsym(RTLD_NEXT, name);
        __atomic_store_n(slot, f, __ATOMIC_RELEASE);
    }
    return f;
}

static DeflateFn zlib_deflate(void) {
    static void *slot;
    return (DeflateFn)zlib_function(&slot, "deflate");
}

static DeflateEndFn zlib_deflate_end(void) {
    static void *slot;
    return (DeflateEndFn)zlib_function(&slot, "deflateEnd");
}

/* One compressor per thread, kept: making one allocates and clears its hash tables. */
static pthread_key_t compressor_key;
static pthread_once_t compressor_once = PTHREAD_ONCE_INIT;

static void free_compressor(void *c) { libdeflate_free_compressor(c); }
static void make_compressor_key(void) { pthread_key_create(&compressor_key, free_compressor); }

static struct libdeflate_compressor *thread_compressor(void) {
    pthread_once(&compressor_once, make_compressor_key);
    struct libdeflate_compressor *c = pthread_getspecific(compressor_key);
    if (c == NULL) {
        c = libdeflate_alloc_compressor(FOLIO_DEFLATE_LEVEL);
        if (c != NULL) pthread_setspecific(compressor_key, c);
    }
    return c;
}

/* A buffered stream: input so far, then the compressed bytes while they are handed out. */
typedef struct {
    unsigned char *in;
    size_t in_pos, in_len, in_cap; /* in_pos: how much of it zlib has taken, after a hand-over */
    unsigned char *out;
    size_t out_len, out_pos;
    int compressed;
    z_stream *zlib; /* set once the stream went over the limit and zlib took it over */
} Buffered;

/* Marks a stream as buffered here (never called: the buffered path allocates with malloc). */
static voidpf buffered_tag(voidpf opaque, uInt items, uInt size) {
    (void)opaque;
    return calloc(items, size);
}

static Buffered *buffered(z_streamp strm) {
    return strm != NULL && strm->zalloc == buffered_tag ? (Buffered *)strm->opaque : NULL;
}

int deflateInit_(z_streamp strm, int level, const char *version, int stream_size) {
    if (level != Z_DEFAULT_COMPRESSION || strm == NULL) {
        return deflateInit2_(strm, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
    }
    Buffered *b = calloc(1, sizeof *b);
    if (b == NULL) return Z_MEM_ERROR;
    strm->zalloc = buffered_tag;
    strm->zfree = NULL;
    strm->opaque = b;
    strm->total_in = strm->total_out = 0;
    strm->msg = NULL;
    return Z_OK;
}

/* Over the limit: a zlib stream at level 1 is fed what was buffered and continues from there. */
static int hand_to_zlib(Buffered *b) {
    z_stream *z = calloc(1, sizeof *z);
    if (z == NULL || deflateInit2_(z, FOLIO_DEFLATE_LEVEL, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, (int)sizeof *z) != Z_OK) {
        free(z);
        return Z_MEM_ERROR;
    }
    b->zlib = z;
    return Z_OK;
}

/* Runs zlib on the caller's buffers, keeping the caller's counters in step. */
static int zlib_step(Buffered *b, z_streamp strm, const unsigned char *in, uInt in_len, int flush, uInt *consumed) {
    z_stream *z = b->zlib;
    z->next_in = (Bytef *)in;
    z->avail_in = in_len;
    z->next_out = strm->next_out;
    z->avail_out = strm->avail_out;
    int r = zlib_deflate()(z, flush);
    *consumed = in_len - z->avail_in;
    strm->total_out += strm->avail_out - z->avail_out;
    strm->next_out = z->next_out;
    strm->avail_out = z->avail_out;
    return r;
}

int deflate(z_streamp strm, int flush) {
    Buffered *b = buffered(strm);
    if (b == NULL) return zlib_deflate()(strm, flush);
    if (b->zlib != NULL) {
        /* Whatever was buffered goes first, then the caller's input. */
        while (b->in_pos < b->in_len && strm->avail_out > 0) {
            uInt consumed;
            size_t left = b->in_len - b->in_pos;
            uInt chunk = left > (1u << 30) ? (1u << 30) : (uInt)left;
            if (zlib_step(b, strm, b->in + b->in_pos, chunk, Z_NO_FLUSH, &consumed) == Z_STREAM_ERROR) return Z_STREAM_ERROR;
            b->in_pos += consumed;
        }
        if (b->in_pos < b->in_len) return Z_OK;
        uInt consumed;
        int r = zlib_step(b, strm, strm->next_in, strm->avail_in, flush, &consumed);
        strm->next_in += consumed;
        strm->avail_in -= consumed;
        strm->total_in += consumed;
        return r;
    }
    if (!b->compressed && strm->avail_in > 0) {
        size_t need = b->in_len + strm->avail_in;
        if (need > b->in_cap) {
            size_t cap = b->in_cap ? b->in_cap : 64 * 1024;
            while (cap < need) cap *= 2;
            unsigned char *grown = realloc(b->in, cap);
            if (grown == NULL) return Z_MEM_ERROR;
            b->in = grown;
            b->in_cap = cap;
        }
        memcpy(b->in + b->in_len, strm->next_in, strm->avail_in);
        b->in_len = need;
        strm->total_in += strm->avail_in;
        strm->next_in += strm->avail_in;
        strm->avail_in = 0;
        if (b->in_len > FOLIO_BUFFER_LIMIT && flush != Z_FINISH) {
            if (hand_to_zlib(b) != Z_OK) return Z_MEM_ERROR;
            return deflate(strm, flush);
        }
    }
    if (flush != Z_FINISH) return Z_OK;
    if (!b->compressed) {
        struct libdeflate_compressor *c = thread_compressor();
        if (c == NULL) return Z_MEM_ERROR;
        size_t bound = libdeflate_zlib_compress_bound(c, b->in_len);
        b->out = malloc(bound);
        b->out_len = b->out ? libdeflate_zlib_compress(c, b->in, b->in_len, b->out, bound) : 0;
        if (b->out_len == 0) return Z_MEM_ERROR;
        free(b->in);
        b->in = NULL;
        b->in_len = b->in_cap = 0;
        b->compressed = 1;
    }
    size_t n = b->out_len - b->out_pos;
    if (n > strm->avail_out) n = strm->avail_out;
    memcpy(strm->next_out, b->out + b->out_pos, n);
    b->out_pos += n;
    strm->next_out += n;
    strm->avail_out -= (uInt)n;
    strm->total_out += n;
    return b->out_pos == b->out_len ? Z_STREAM_END : Z_OK;
}

int deflateEnd(z_streamp strm) {
    Buffered *b = buffered(strm);
    if (b == NULL) return zlib_deflate_end()(strm);
    if (b->zlib != NULL) {
        zlib_deflate_end()(b->zlib);
        free(b->zlib);
    }
    free(b->in);
    free(b->out);
    free(b);
    strm->opaque = NULL;
    strm->zalloc = NULL;
    return Z_OK;
}
