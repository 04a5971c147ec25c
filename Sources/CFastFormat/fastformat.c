/*
 * cairo writes every number of a PDF (glyph positions, coordinates, colours, object offsets)
 * through snprintf: "%f", and "%.18f" then "%.*f" for values under 0.1 (cairo-output-stream.c,
 * _cairo_dtostr). glibc formats a double with arbitrary-precision arithmetic, 350-460 ns a call;
 * a 13-page report makes some 17,000 such calls, about 7 ms of the PDF stage, and a 100-page one
 * ten times that. The executable's snprintf and __snprintf_chk below take precedence over
 * glibc's for the shared libraries it loads (the linker exports them because libcairo refers
 * to them; Sources/FolioCLI/folio.exports lists them).
 *
 * Fixed-point formats of finite doubles under 2^64 in magnitude with at most 18 decimals, in the "C"
 * decimal point and the default rounding mode, are formatted exactly here: the double is
 * m * 2^e, so m * 10^precision * 2^e is computed in 128-bit integers and rounded half to even,
 * which is what glibc prints (its exact expansion rounded in FE_TONEAREST). "%d", "%ld", "%u"
 * and "%lu" are formatted here too. Every other format, value or state goes to glibc's
 * vsnprintf unchanged. Tests compare both on millions of values, ties included.
 */
#define _GNU_SOURCE
#include <fenv.h>
#include <langinfo.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "cfastformat.h"

static unsigned long fast_count;

unsigned long folio_fast_format_count(void) { return __atomic_load_n(&fast_count, __ATOMIC_RELAXED); }

static const uint64_t powers_of_ten[19] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
    1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
    100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
    1000000000000000000ull,
};

/* Digits of `v` written backwards from `end`; returns the first digit's position. */
static char *digits_backwards(char *end, uint64_t v) {
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

/* snprintf's contract: the full length is returned, at most size - 1 characters are stored. */
static int deliver(char *buffer, size_t size, const char *text, size_t length) {
    if (size > 0) {
        size_t n = length < size - 1 ? length : size - 1;
        memcpy(buffer, text, n);
        buffer[n] = '\0';
    }
    return (int)length;
}

/* The locale and rounding mode glibc would format in are the ones the fast path reproduces. */
static int plain_environment(void) {
    const char *point = nl_langinfo(RADIXCHAR);
    return point[0] == '.' && point[1] == '\0' && fegetround() == FE_TONEAREST;
}

int folio_format_fixed(char *buffer, size_t size, double value, int precision) {
    if (precision < 0 || precision > 18) return -1;
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    int negative = (int)(bits >> 63);
    int biased = (int)((bits >> 52) & 0x7ff);
    uint64_t mantissa = bits & ((1ull << 52) - 1);
    if (biased == 0x7ff) return -1; /* inf, nan */
    int exponent;
    if (biased == 0) {
        exponent = -1074; /* subnormal or zero */
    } else {
        mantissa |= 1ull << 52;
        exponent = biased - 1075;
    }
    if (exponent > 10) return -1; /* 2^64 and beyond: glibc */
    if (!plain_environment()) return -1;

    /* value * 10^precision = mantissa * 10^precision * 2^exponent, rounded half to even. */
    unsigned __int128 scaled = (unsigned __int128)mantissa * powers_of_ten[precision];
    unsigned __int128 q;
    if (exponent >= 0) {
        q = scaled << exponent;
    } else {
        int shift = -exponent;
        if (shift >= 114) {
            q = 0; /* scaled < 2^113 <= 2^(shift-1): under one half */
        } else {
            q = scaled >> shift;
            unsigned __int128 rest = scaled & (((unsigned __int128)1 << shift) - 1);
            unsigned __int128 half = (unsigned __int128)1 << (shift - 1);
            if (rest > half || (rest == half && (q & 1))) q += 1;
        }
    }
    uint64_t unit = powers_of_ten[precision];
    uint64_t whole, fraction;
    if (q >> 64) {
        whole = (uint64_t)(q / unit);
        fraction = (uint64_t)(q % unit);
    } else {
        whole = (uint64_t)q / unit;
        fraction = (uint64_t)q % unit;
    }

    char text[48];
    char *end = text + sizeof text;
    char *p = end;
    if (precision > 0) {
        for (int i = 0; i < precision; i++) {
            *--p = (char)('0' + fraction % 10);
            fraction /= 10;
        }
        *--p = '.';
    }
    p = digits_backwards(p, whole);
    if (negative) *--p = '-';
    __atomic_fetch_add(&fast_count, 1, __ATOMIC_RELAXED);
    return deliver(buffer, size, p, (size_t)(end - p));
}

static int format_integer(char *buffer, size_t size, int64_t value, int is_signed) {
    char text[24];
    char *end = text + sizeof text;
    uint64_t magnitude = is_signed && value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    char *p = digits_backwards(end, magnitude);
    if (is_signed && value < 0) *--p = '-';
    __atomic_fetch_add(&fast_count, 1, __ATOMIC_RELAXED);
    return deliver(buffer, size, p, (size_t)(end - p));
}

/* The formats answered here; -1 leaves the call to glibc. `args` is only read on a match. */
static int fast_format(char *buffer, size_t size, const char *format, va_list args) {
    if (format[0] != '%') return -1;
    const char *f = format + 1;
    if (f[0] == 'f' && f[1] == '\0') return folio_format_fixed(buffer, size, va_arg(args, double), 6);
    if (f[0] == 'd' && f[1] == '\0') return format_integer(buffer, size, va_arg(args, int), 1);
    if (f[0] == 'u' && f[1] == '\0') return format_integer(buffer, size, va_arg(args, unsigned), 0);
    if (f[0] == 'l' && f[1] == 'd' && f[2] == '\0') return format_integer(buffer, size, va_arg(args, long), 1);
    if (f[0] == 'l' && f[1] == 'u' && f[2] == '\0') return format_integer(buffer, size, (int64_t)va_arg(args, unsigned long), 0);
    if (f[0] == '.') {
        if (f[1] == '*' && f[2] == 'f' && f[3] == '\0') {
            int precision = va_arg(args, int);
            return folio_format_fixed(buffer, size, va_arg(args, double), precision);
        }
        if (f[1] >= '0' && f[1] <= '9') {
            int precision = f[1] - '0';
            int i = 2;
            if (f[2] >= '0' && f[2] <= '9') precision = precision * 10 + (f[i++] - '0');
            if (f[i] == 'f' && f[i + 1] == '\0') return folio_format_fixed(buffer, size, va_arg(args, double), precision);
        }
    }
    return -1;
}

int folio_vsnprintf(char *buffer, size_t size, const char *format, va_list args) {
    va_list copy;
    va_copy(copy, args);
    int n = fast_format(buffer, size, format, copy);
    va_end(copy);
    return n < 0 ? vsnprintf(buffer, size, format, args) : n;
}

int snprintf(char *buffer, size_t size, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int n = folio_vsnprintf(buffer, size, format, args);
    va_end(args);
    return n;
}

int __vsnprintf_chk(char *buffer, size_t size, int flag, size_t buffer_size, const char *format, va_list args);

/* The fortified form: a buffer smaller than `size` goes to glibc, which aborts as it should. */
int __snprintf_chk(char *buffer, size_t size, int flag, size_t buffer_size, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int n = -1;
    if (buffer_size >= size) {
        va_list copy;
        va_copy(copy, args);
        n = fast_format(buffer, size, format, copy);
        va_end(copy);
    }
    if (n < 0) n = __vsnprintf_chk(buffer, size, flag, buffer_size, format, args);
    va_end(args);
    return n;
}
