"""Property values both engines can store."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from aikg.graph.values import storable, storable_map


def test_nulls_dropped_and_nested_values_encoded() -> None:
    props = {
        "a": None,
        "b": [1, None, 2],
        "c": {"x": 1},
        "d": [{"k": "v"}],
        "e": dt.date(2024, 5, 1),
        "f": {"z", "y"},
    }
    assert storable_map(props) == {
        "b": [1, 2],
        "c": '{"x": 1}',
        "d": '[{"k": "v"}]',
        "e": "2024-05-01",
        "f": ["y", "z"],
    }


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=10,
)


@given(json_values)
def test_storable_values_are_scalars_or_flat_lists(value: object) -> None:
    out = storable(value)
    if isinstance(out, list):
        assert all(v is not None and not isinstance(v, list | dict) for v in out)
    else:
        assert out is None or isinstance(out, str | int | float | bool)
    if isinstance(value, dict):
        assert json.loads(out) == value
