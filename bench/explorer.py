"""How long the explorer takes to render an entity page, on the server side.

``python -m bench.explorer DATA_DIR [--entity NAME] [--runs N]`` drives the explorer page in
process with Streamlit's AppTest (the same script a browser session runs, without the browser) on
an embedded store and prints JSON: the empty page (the suggestions: the most connected entities),
the first render of the entity (cold caches: its fact counts, first page of facts, neighbour
weights, network) and warm re-renders of the same page (the store unchanged: only its change stamp
is read), each as wall seconds and this process's CPU seconds (the store server's own CPU is not
included).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.generator import HUB_NAME

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "pages" / "explorer.py"


def _timed(step: Callable[[], object]) -> dict[str, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    step()
    return {"seconds": round(time.perf_counter() - wall, 3), "cpu_s": round(time.process_time() - cpu, 3)}


def measure(data_dir: Path, entity: str = HUB_NAME, runs: int = 3, timeout: float = 600) -> dict[str, Any]:
    """The explorer's render times for ``entity`` on the embedded store of ``data_dir``."""
    from streamlit.testing.v1 import AppTest

    os.environ["AIKG_STORE"] = "embedded"
    os.environ["AIKG_DATA_DIR"] = str(data_dir)
    app = AppTest.from_file(str(PAGE), default_timeout=timeout)
    out: dict[str, Any] = {"entity": entity, "empty_page": _timed(app.run)}
    app.text_input(key="search").input(entity)
    out["first_render"] = _timed(app.run)
    if app.exception or not app.header:
        problem = app.exception[0].value if app.exception else "no entity header"
        raise SystemExit(f"bench.explorer: the page for {entity!r} did not render: {problem}")
    out["header"] = app.header[0].value
    warm = [_timed(app.run) for _ in range(runs)]
    out["warm_render_p50"] = {
        "seconds": round(statistics.median(w["seconds"] for w in warm), 3),
        "cpu_s": round(statistics.median(w["cpu_s"] for w in warm), 3),
    }
    out["runs"] = runs
    return out


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.explorer", description=__doc__)
    parser.add_argument("data_dir", type=Path, help="an embedded store's data dir")
    parser.add_argument("--entity", default=HUB_NAME, help=f"the entity to open (default: {HUB_NAME})")
    parser.add_argument("--runs", type=int, default=3, help="warm re-renders")
    args = parser.parse_args()
    print(json.dumps(measure(args.data_dir, args.entity, args.runs)))


if __name__ == "__main__":
    main()
