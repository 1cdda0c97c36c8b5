"""Query results as pandas frames for st.dataframe: one text cell per value, unique column names."""

from __future__ import annotations

import pandas as pd

from aikg.graph.stores.base import QueryResult
from aikg.queries.render import table_rows


def unique_columns(columns: list[str]) -> list[str]:
    """``["n", "n", "m"]`` -> ``["n", "n (2)", "m"]``: Arrow refuses repeated column names."""
    seen: dict[str, int] = {}
    out = []
    for name in columns:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def result_frame(result: QueryResult) -> pd.DataFrame:
    return pd.DataFrame(table_rows(result), columns=unique_columns(list(result.columns)), dtype="object")
