#ifndef KANBAO_CNCURSESW_SHIM_H
#define KANBAO_CNCURSESW_SHIM_H

// The wide-character API of ncurses (setcchar, mvadd_wch, get_wch) and wcwidth need these.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 strict concurrency rejects ncurses' globals and cannot import its macros: wrap them.
static inline WINDOW *shim_stdscr(void) { return stdscr; }
// newterm, unlike initscr, returns NULL for a terminal terminfo does not know instead of exiting.
static inline SCREEN *shim_newterm(void) { return newterm(NULL, stdout, stdin); }
// Whether the terminal can put the cursor anywhere (terminfo's cup): a dumb one cannot be drawn on.
static inline int shim_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}
static inline WINDOW *shim_curscr(void) { return curscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_italic(void) { return A_ITALIC; }
// Colour pairs of any two colours (COLORS is 2^24 with a direct-colour terminfo such as xterm-direct;
// the extended call takes colours beyond a short).
static inline int shim_init_pair(int pair, int foreground, int background) {
    return init_extended_pair(pair, foreground, background);
}
static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }
// The mouse: clicks, double clicks and the wheel (buttons 4 and 5), as one mask and one reading.
static inline void shim_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(200);
}
// 1 click, 2 double click, 4 wheel up, 5 wheel down, 0 anything else; the cell in *y, *x.
static inline int shim_read_mouse(int *y, int *x) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *y = event.y;
    *x = event.x;
    if (event.bstate & BUTTON1_DOUBLE_CLICKED) return 2;
    if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 4;
    if (event.bstate & BUTTON5_PRESSED) return 5;
    return 0;
}
// Whether the terminal has gone (its window closed, tmux killed): the shell that started us gets the
// SIGHUP then, and a non-interactive one does not pass it on, so the input's hangup is the sign.
static inline int shim_input_hung_up(void) {
    struct pollfd input = { .fd = 0, .events = POLLIN, .revents = 0 };
    return poll(&input, 1, 0) > 0 && (input.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
static inline int shim_mvadd_wch(int y, int x, const cchar_t *c) { return mvadd_wch(y, x, c); }
static inline int shim_get_wch(wint_t *c) { return get_wch(c); }
/// A key waiting, without waiting for one (the wait set by `timeout` is put back after).
static inline int shim_get_wch_now(wint_t *c, int usual_timeout) {
    timeout(0);
    int result = get_wch(c);
    timeout(usual_timeout);
    return result;
}
/// A key within `milliseconds` (the usual wait put back after).
static inline int shim_get_wch_within(wint_t *c, int milliseconds, int usual_timeout) {
    timeout(milliseconds);
    int result = get_wch(c);
    timeout(usual_timeout);
    return result;
}
static inline int shim_unget_key(int code) { return ungetch(code); }
static inline int shim_unget_wch(wint_t c) { return unget_wch((wchar_t)c); }
static inline int shim_setcchar(cchar_t *c, const wchar_t *text, attr_t attrs, short pair) {
    return setcchar(c, text, attrs, pair, NULL);
}
static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }

// wcwidth as ncurses uses it, for the width-agreement test. Declared here: wchar.h declares it only
// under _XOPEN_SOURCE or _GNU_SOURCE, which this header cannot define without making the glibc types
// it imports differ from those other Swift modules import.
extern int wcwidth(wchar_t c);
static inline int shim_wcwidth(unsigned int codepoint) { return wcwidth((wchar_t)codepoint); }

// Signals (signals.c): SIGINT, SIGTERM and SIGHUP are noted for the main loop, which sees them when
// get_wch returns and restores the terminal before it exits; a crash signal restores the terminal as
// best it can and dies of the same signal. The noted signal is state the handler and Swift share, so
// it lives in that one file: a `static` variable in this header would be one copy per module that
// inlines the helpers (two in the release build, where the handler set one and the loop read the other).
void shim_install_signal_handlers(void);
/// The signal noted since the last call (0 if none), cleared.
int shim_take_signal(void);

#endif
