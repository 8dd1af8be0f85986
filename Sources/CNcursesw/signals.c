#include "shim.h"

// The one copy of the noted signal: written by the handler, read and cleared by the main loop.
static volatile sig_atomic_t pending_signal = 0;

static void note_signal(int sig) { pending_signal = sig; }

static void on_crash(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

int shim_take_signal(void) {
    int sig = pending_signal;
    pending_signal = 0;
    return sig;
}

// No SA_RESTART: get_wch returns at once, so the loop notices a noted signal.
static void handle(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
}

void shim_install_signal_handlers(void) {
    const int noted[] = {SIGINT, SIGTERM, SIGHUP};
    const int crashes[] = {SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGTRAP, SIGFPE};
    for (unsigned i = 0; i < sizeof noted / sizeof noted[0]; i++) handle(noted[i], note_signal);
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) handle(crashes[i], on_crash);
}
