#ifndef FOLIO_CTURBOJPEG_SHIM_H
#define FOLIO_CTURBOJPEG_SHIM_H
/* TurboJPEG reports errors by return value; classic libjpeg would exit() or need longjmp. */
#include <turbojpeg.h>
#endif
