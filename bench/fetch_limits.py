"""Download limits of the polite client against a local server (127.0.0.1): the peak memory and time
to refuse a 275 MB response with a 5 MB cap, and how long a server dripping a byte every 0.2 s keeps
a fetch busy under a total limit (python bench/fetch_limits.py [--size-mb 275] [--limit 5]).
"""

from __future__ import annotations

import argparse
import http.server
import resource
import threading
import time
import tracemalloc

from aikg.ingest.fetch import Fetcher, FetchError, Limits

MB = 1_000_000


class Handler(http.server.BaseHTTPRequestHandler):
    size = 275 * MB

    def log_message(self, *_: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200 if self.path != "/robots.txt" else 404)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Connection", "close")
        self.end_headers()
        if self.path == "/robots.txt":
            return
        chunk = b"x" * 65_536
        try:
            if self.path == "/huge":
                for _ in range(self.size // len(chunk)):
                    self.wfile.write(chunk)
            else:
                for _ in range(600):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(0.2)
        except OSError:
            pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mb", type=int, default=275)
    parser.add_argument("--limit", type=float, default=5.0, help="total time limit, seconds")
    args = parser.parse_args()
    Handler.size = args.size_mb * MB
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with Fetcher(limits=Limits(max_bytes=5 * MB, total_seconds=args.limit), delay=0) as fetcher:
        tracemalloc.start()
        started = time.monotonic()
        try:
            fetcher.get(base + "/huge")
        except FetchError as exc:
            print(f"{args.size_mb} MB response: {exc.reason}")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(
            f"  refused in {time.monotonic() - started:.2f} s, Python peak {peak / MB:.1f} MB, "
            f"max RSS growth {(rss_after - rss_before) / 1000:.1f} MB"
        )
        started = time.monotonic()
        try:
            fetcher.get(base + "/drip")
        except FetchError as exc:
            print(f"drip (1 byte / 0.2 s for 2 min): {exc.reason}")
        print(f"  cut off after {time.monotonic() - started:.2f} s (limit {args.limit:g} s)")
    server.shutdown()


if __name__ == "__main__":
    main()
