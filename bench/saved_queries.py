"""Every saved query run against a loaded store with realistic parameters (a hub entity)."""

from __future__ import annotations

import time
from typing import Any

from aikg.graph.errors import StoreError
from aikg.graph.stores.base import GraphStore
from aikg.queries.catalog import load_catalog
from aikg.queries.model import ParamType
from aikg.queries.runner import run_saved
from bench.generator import HUB_NAME, SECOND_HUB_NAME
from bench.measure import median, percentile

HUB_SOURCE = "MATCH (s:Source) RETURN s.id ORDER BY s.id LIMIT 1"


def parameters(store: GraphStore) -> dict[str, dict[str, Any]]:
    """Per query: its required parameters, and any entity or date parameter, set to realistic values."""
    source = store.run(HUB_SOURCE).scalar()
    out: dict[str, dict[str, Any]] = {}
    for name, query in load_catalog().items():
        params: dict[str, Any] = {}
        for spec in query.params:
            if spec.type is ParamType.ENTITY:
                params[spec.name] = SECOND_HUB_NAME if spec.name.startswith("to") else HUB_NAME
            elif spec.name == "source":
                params[spec.name] = source
            elif spec.type is ParamType.DATE and spec.required:
                params[spec.name] = "2024-06-01"
        out[name] = params
    return out


def run_queries(store: GraphStore, runs: int, timeout: float) -> dict[str, dict[str, Any]]:
    """p50 / p95 milliseconds per saved query (end to end through ``run_saved``, as the CLI runs it)."""
    results: dict[str, dict[str, Any]] = {}
    for name, params in parameters(store).items():
        times: list[float] = []
        rows = 0
        error = None
        for _ in range(runs):
            started = time.perf_counter()
            try:
                rows = len(run_saved(store, name, params, timeout=timeout).rows)
            except StoreError as exc:
                error = type(exc).__name__
                times.append(timeout)
                break
            times.append(time.perf_counter() - started)
        results[name] = {
            "params": params,
            "rows": rows,
            "p50_ms": round(median(times) * 1000, 1),
            "p95_ms": round(percentile(times, 0.95) * 1000, 1),
            "error": error,
        }
    return results
