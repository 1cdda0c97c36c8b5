"""Benchmark: how long `aikg --help` and `aikg status --json` take to start and finish.

    python bench/cli_start.py [--runs 7] [--aikg PATH]

Runs each command ``--runs`` times in a fresh process (after one warm-up run that also starts the
embedded server of a scratch data dir), prints the median and best wall-clock time and the median
CPU time, and the heavy modules `import aikg.cli` loads. Stops the scratch server afterwards.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("trafilatura", "feedparser", "rdflib", "networkx", "streamlit", "pandas", "falkordb", "neo4j")


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds, and CPU seconds (user + system) of the child: on a busy machine the
    CPU time is the steadier figure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def heavy_modules_of_cli() -> list[str]:
    code = "import sys, aikg.cli; print(' '.join(sorted(m for m in sys.modules if '.' not in m)))"
    loaded = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return [m for m in HEAVY if m in loaded.stdout.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    default = shutil.which("aikg") or str(Path(sys.executable).with_name("aikg"))
    parser.add_argument("--aikg", default=default, help="the aikg executable")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="aikg-bench-"))
    env = {**os.environ, "AIKG_DATA_DIR": str(data_dir)}
    commands = {"aikg --help": [args.aikg, "--help"], "aikg status --json": [args.aikg, "status", "--json"]}
    try:
        for command in commands.values():
            timed(command, env)  # warm-up: disk cache, and the server starts once
        for label, command in commands.items():
            runs = [timed(command, env) for _ in range(args.runs)]
            wall = [w for w, _ in runs]
            cpu = [c for _, c in runs]
            print(
                f"{label:<20} wall median {statistics.median(wall):.3f} s (best {min(wall):.3f} s)   "
                f"cpu median {statistics.median(cpu):.3f} s"
            )
    finally:
        subprocess.run([args.aikg, "server", "stop"], env=env, check=False, capture_output=True)
        shutil.rmtree(data_dir, ignore_errors=True)
    heavy = heavy_modules_of_cli()
    print(f"import aikg.cli loads: {', '.join(heavy) if heavy else 'none of ' + ', '.join(HEAVY)}")


if __name__ == "__main__":
    main()
