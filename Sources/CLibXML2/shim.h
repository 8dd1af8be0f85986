/* libxml2 as built by Debian includes ICU's headers (unicode/ucnv.h) for its ICU converters. The
   system's ICU clashes with Foundation's bundled copy in one module (UErrorCode defined twice),
   so they are left out: Kanbao never touches an encoding handler, whose last two fields (ICU's
   converters) are all that the definition changes. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/* xmlFree is a global function pointer: Swift 6 sees shared mutable state. */
static inline void shim_xml_free(void *pointer) { xmlFree(pointer); }
