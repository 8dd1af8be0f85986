#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/* xmlFree is a global function pointer: Swift 6 sees shared mutable state. */
static inline void shim_xml_free(void *pointer) { xmlFree(pointer); }
