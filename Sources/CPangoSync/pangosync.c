/*
 * Pango 1.50 (Debian 12 ships 1.50.12) starts two threads for every new font pattern, one
 * running FcFontSetMatch and one FcFontSetSort, and the caller waits for them a moment later.
 * A report uses a few dozen patterns (each family, weight, slant and size), so a short export
 * spent more time creating, scheduling and tearing down ~50 threads (each with its own stack
 * and malloc arena) than on the matching itself: with twelve bundled fonts a match or a sort
 * takes tens of microseconds.
 *
 * The executable's g_thread_new below takes precedence over GLib's for the shared libraries
 * it loads (as deflateInit_ does in CFastDeflate). For those two thread names it runs the
 * work on the calling thread and returns a reference to the calling thread, which Pango only
 * unrefs. Both functions take only the pattern set's own mutex, which the caller does not
 * hold at that point. Every other thread, including "[pango] FcInit" (started while Pango
 * holds the lock the thread takes), is created by GLib as usual. A Pango without these
 * threads never calls in here with those names, so nothing changes for it.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <string.h>
#include "cpangosync.h"

typedef void *gpointer;
typedef gpointer (*GThreadFunc)(gpointer data);
typedef struct _GThread GThread;
extern GThread *g_thread_self(void);
extern GThread *g_thread_ref(GThread *thread);

static long inline_runs;

static int folio_runs_inline(const char *name) {
    return name != NULL && (strcmp(name, "[pango] FcFontSetMatch") == 0 || strcmp(name, "[pango] FcFontSetSort") == 0);
}

GThread *g_thread_new(const char *name, GThreadFunc func, gpointer data) {
    if (folio_runs_inline(name)) {
        __atomic_add_fetch(&inline_runs, 1, __ATOMIC_RELAXED);
        func(data);
        return g_thread_ref(g_thread_self());
    }
    typedef GThread *(*ThreadNew)(const char *, GThreadFunc, gpointer);
    static ThreadNew glib_thread_new; /* GLib's own, looked up once (racing threads find the same) */
    ThreadNew real = __atomic_load_n(&glib_thread_new, __ATOMIC_ACQUIRE);
    if (real == NULL) {
        real = (ThreadNew)dlsym(RTLD_NEXT, "g_thread_new");
        __atomic_store_n(&glib_thread_new, real, __ATOMIC_RELEASE);
    }
    return real(name, func, data);
}

long folio_pango_inline_runs(void) { return __atomic_load_n(&inline_runs, __ATOMIC_RELAXED); }
