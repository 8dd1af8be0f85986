/* poppler's GLib API: a PDF's pages, their text, each character's box and the font size of each
   run of characters. */
#include <poppler.h>

/* A GList's data and next, and g_free/g_object_unref, as functions (Swift sees the macros and
   struct fields awkwardly). */
static inline void *kanbao_list_data(GList *list) { return list->data; }
static inline GList *kanbao_list_next(GList *list) { return list->next; }
static inline void kanbao_object_unref(void *object) { g_object_unref(object); }
static inline void kanbao_free(void *pointer) { g_free(pointer); }
