# Installing Kanbao. `swift build` stays the way to build; this puts the release binary, its man
# page and its shell completions where such things go:
#
#   make install PREFIX=$HOME/.local     (default PREFIX: /usr/local; DESTDIR for packagers)
#   make uninstall PREFIX=$HOME/.local
#   make prerequisites                   (Debian/Ubuntu: the system packages the build needs)
#   make man                             (the man page again, from the command's own help)
#
# BINARY=path installs a kanbao already built instead of building the release one.

PREFIX ?= /usr/local
BINARY ?=
bindir = $(DESTDIR)$(PREFIX)/bin
mandir = $(DESTDIR)$(PREFIX)/share/man/man1
bashdir = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
built = $(or $(BINARY),.build/release/kanbao)

.PHONY: all build install uninstall prerequisites man

all: build

build:
	swift build -c release --product kanbao

install: $(if $(BINARY),,build)
	install -d $(bindir) $(mandir) $(bashdir) $(zshdir) $(fishdir)
	install -m 755 $(built) $(bindir)/kanbao
	install -m 644 Documentation/kanbao.1 $(mandir)/kanbao.1
	$(bindir)/kanbao --generate-completion-script bash > $(bashdir)/kanbao
	$(bindir)/kanbao --generate-completion-script zsh > $(zshdir)/_kanbao
	$(bindir)/kanbao --generate-completion-script fish > $(fishdir)/kanbao.fish

uninstall:
	rm -f $(bindir)/kanbao $(mandir)/kanbao.1 $(bashdir)/kanbao $(zshdir)/_kanbao $(fishdir)/kanbao.fish

prerequisites:
	Scripts/install-prerequisites.sh

man:
	mkdir -p Documentation.tmp
	swift package --allow-writing-to-package-directory generate-manual --date 2026-12-03 --output-directory Documentation.tmp
	# (mdoc wants a paragraph break where the help has an empty line.)
	sed 's/^$$/.Pp/' Documentation.tmp/kanbao.1 > Documentation/kanbao.1
	rm -rf Documentation.tmp
