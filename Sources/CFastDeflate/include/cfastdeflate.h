#ifndef FOLIO_CFASTDEFLATE_H
#define FOLIO_CFASTDEFLATE_H
/* Marker so that Swift code can link this target; see fastdeflate.c. */
int folio_fast_deflate_level(void);
#endif
