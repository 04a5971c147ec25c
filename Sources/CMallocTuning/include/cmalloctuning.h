#ifndef FOLIO_CMALLOCTUNING_H
#define FOLIO_CMALLOCTUNING_H
/* Sets how far glibc grows a heap at a time (see malloctuning.c); returns mallopt's result. */
int folio_set_heap_growth(int bytes);
#endif
