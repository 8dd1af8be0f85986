#ifndef KANBAO_CNCURSESW_SHIM_H
#define KANBAO_CNCURSESW_SHIM_H

// The wide-character API of ncurses (setcchar, mvadd_wch, get_wch) and wcwidth need these.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// wcwidth as ncurses uses it, for the width-agreement test.
static inline int shim_wcwidth(unsigned int codepoint) { return wcwidth((wchar_t)codepoint); }

#endif
