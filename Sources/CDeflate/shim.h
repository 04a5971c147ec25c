#ifndef FOLIO_CDEFLATE_SHIM_H
#define FOLIO_CDEFLATE_SHIM_H
#include <zlib.h>
#endif
