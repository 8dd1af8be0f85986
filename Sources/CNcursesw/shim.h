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
static inline int shim_setcchar(cchar_t *c, const wchar_t *text, attr_t attrs, short pair) {
    return setcchar(c, text, attrs, pair, NULL);
}
static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }

// wcwidth as ncurses uses it, for the width-agreement test.
static inline int shim_wcwidth(unsigned int codepoint) { return wcwidth((wchar_t)codepoint); }

// Signals: the handlers only note the signal; the main loop sees it when get_wch returns and
// restores the terminal before it exits. A crash (a trap, an abort) restores the terminal as best
// it can and dies of the same signal.
static volatile sig_atomic_t shim_pending_signal = 0;
static inline void shim_note_signal(int sig) { shim_pending_signal = sig; }
static inline void shim_on_crash(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}
static inline int shim_take_signal(void) {
    int sig = shim_pending_signal;
    shim_pending_signal = 0;
    return sig;
}
// No SA_RESTART: get_wch returns at once, so the loop notices a noted signal.
static inline void shim_handle(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
}
static inline void shim_install_signal_handlers(void) {
    const int noted[] = {SIGINT, SIGTERM, SIGHUP};
    const int crashes[] = {SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGTRAP, SIGFPE};
    for (unsigned i = 0; i < sizeof noted / sizeof noted[0]; i++) shim_handle(noted[i], shim_note_signal);
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) shim_handle(crashes[i], shim_on_crash);
}

#endif
