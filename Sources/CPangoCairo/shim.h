#ifndef FOLIO_CPANGOCAIRO_SHIM_H
#define FOLIO_CPANGOCAIRO_SHIM_H
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#endif
