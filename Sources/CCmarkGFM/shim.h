#ifndef FOLIO_CCMARKGFM_SHIM_H
#define FOLIO_CCMARKGFM_SHIM_H
#include <stdlib.h>
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
/* Exported by libcmark-gfm-extensions.so, but Debian does not install table.h/strikethrough.h.
   They are mutable C globals, which Swift 6 refuses to read, so expose them through getters
   (valid only after cmark_gfm_core_extensions_ensure_registered()). */
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW,
    CMARK_NODE_TABLE_CELL, CMARK_NODE_STRIKETHROUGH;
static inline cmark_node_type folio_node_table(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type folio_node_table_row(void) { return CMARK_NODE_TABLE_ROW; }
static inline cmark_node_type folio_node_table_cell(void) { return CMARK_NODE_TABLE_CELL; }
static inline cmark_node_type folio_node_strikethrough(void) { return CMARK_NODE_STRIKETHROUGH; }
#endif
