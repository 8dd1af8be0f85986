#!/usr/bin/env python3
"""Serves a folder over HTTP on 127.0.0.1 for Kanbao's tests of `kanbao get`, with the faults a real
site has: 403 for days before --forbid-before YYYYMMDD (the day read from the path), the connection
closed without an answer on every Nth request (--drop-every N), each answer after --delay-ms;
Last-Modified on every file, and 304 to an If-Modified-Since that is not older.
Prints the port it listens on (a free one), then logs a line per request (status, path) to --log.

  serve-site.py DIR [--forbid-before YYYYMMDD] [--drop-every N] [--delay-ms D] [--log FILE]"""
import argparse, http.server, os, re, signal, sys, threading, time

def main():
    # (A test runner may start it with signals blocked: it ends when told to.)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('dir'); ap.add_argument('--forbid-before'); ap.add_argument('--drop-every', type=int, default=0)
    ap.add_argument('--delay-ms', type=int, default=0); ap.add_argument('--log', default=os.devnull)
    a = ap.parse_args()
    count = [0]; lock = threading.Lock(); log = open(a.log, 'a', buffering=1)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kw): super().__init__(*args, directory=a.dir, **kw)
        def log_message(self, *args): pass
        def do_GET(self):
            with lock:
                count[0] += 1; n = count[0]
            time.sleep(a.delay_ms / 1000)
            if a.drop_every and n % a.drop_every == 0:
                log.write(f'drop {self.path}\n'); self.close_connection = True
                self.connection.shutdown(2); return
            m = re.search(r'(\d{4})-?(\d{2})/(\d{2})/', self.path)
            if a.forbid_before and m and ''.join(m.groups()) < a.forbid_before:
                self.send_error(403); return
            super().do_GET()
        def send_response(self, code, message=None):
            log.write(f'{code} {self.path}\n')
            super().send_response(code, message)

    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()

main()
