#ifndef FOLIO_CPANGOSYNC_H
#define FOLIO_CPANGOSYNC_H
/* How many of Pango's match/sort jobs ran on the calling thread (see pangosync.c). */
long folio_pango_inline_runs(void);
#endif
