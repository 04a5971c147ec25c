#ifndef FOLIO_CFONTCONFIG_SHIM_H
#define FOLIO_CFONTCONFIG_SHIM_H
#include <fontconfig/fontconfig.h>
#endif
