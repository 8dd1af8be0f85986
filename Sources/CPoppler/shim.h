/* poppler's GLib API, the few parts Kanbao uses: the library itself is opened at the first PDF
   (dlopen, `PopplerLibrary`), so that a start that reads no PDF does not load poppler, cairo,
   GLib and their dozen libraries (it was 40 million instructions at every start). Hence no
   <poppler.h> here: the types below are the public structs of poppler-glib and GLib as their
   headers declare them (poppler-page.h, glib/glist.h, glib/gerror.h), whose layout those libraries
   keep for their ABI. */
#include <stdint.h>

typedef struct {
    double x1, y1, x2, y2;
} KanbaoPopplerRectangle;

typedef struct {
    uint16_t red, green, blue;
} KanbaoPopplerColor;

typedef struct {
    char *font_name;
    double font_size;
    int is_underlined;
    KanbaoPopplerColor color;
    int start_index;
    int end_index;
} KanbaoPopplerTextAttributes;

typedef struct KanbaoGList {
    void *data;
    struct KanbaoGList *next;
    struct KanbaoGList *prev;
} KanbaoGList;

typedef struct {
    uint32_t domain;
    int code;
    char *message;
} KanbaoGError;
