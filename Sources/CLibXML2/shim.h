#ifndef NEWSFIGURES_CLIBXML2_SHIM_H
#define NEWSFIGURES_CLIBXML2_SHIM_H

// libxml2's headers include the system ICU headers when LIBXML_ICU_ENABLED is set.
// A module that also imports Foundation then sees two definitions of UErrorCode and a
// clean build fails ("'UErrorCode' has different definitions in different modules").
// We never use libxml2's ICU support, so switch it off before the parser headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

// xmlFree is a mutable C global (a function pointer); Swift 6 refuses to call it
// directly, so wrap it.
static inline void newsfigures_xmlFree(void *ptr) {
    if (ptr) xmlFree(ptr);
}

#endif
