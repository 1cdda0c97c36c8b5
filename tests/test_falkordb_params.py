"""The compact parameters of FalkorDB queries: any text, number and list must reach the engine as
itself, whether it goes as JSON or through the client's encoder, and rows sent as lists must
rebuild the maps they came from."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aikg.graph.stores.falkordb_params import compact, header
from aikg.graph.stores.falkordb_store import FalkorDBStore

texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
# the engine answers doubles to about 15 significant digits, whichever way they were sent
doubles = st.floats(allow_nan=False, allow_infinity=False).map(lambda f: float(f"{f:.12g}"))
scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | doubles | texts
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4), max_leaves=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=values)
def test_any_value_reaches_the_engine_as_itself(embedded: FalkorDBStore, value: Any) -> None:
    embedded.run("MERGE (:Probe)", write=True)
    assert embedded.run("RETURN $v", {"v": value}).scalar() == value


def test_a_string_that_looks_like_json_or_a_map_stays_a_string(embedded: FalkorDBStore) -> None:
    embedded.run("MERGE (:Probe)", write=True)
    for text in ['{"a": 1}', "{}", "\\u0041", 'say \\"hi\\"']:
        assert embedded.run("RETURN $v", {"v": [text]}).scalar() == [text]
    assert header({"v": [{"k": 1}]}).startswith("CYPHER `v`=[{`k`:1}]")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {"id": texts, "n": st.integers(0, 9)},
            optional={"props": st.dictionaries(st.sampled_from(["a", "b", "c"]), scalars, max_size=3)},
        ),
        min_size=1,
        max_size=8,
    )
)
def test_rows_sent_as_lists_rebuild_their_maps(embedded: FalkorDBStore, rows: list[dict[str, Any]]) -> None:
    embedded.run("MERGE (:Probe)", write=True)
    statements = compact("UNWIND $rows AS row RETURN row", rows)
    assert statements is not None
    got = [r[0] for cypher, lists in statements for r in embedded.run(cypher, {"rows": lists}).rows]
    expected = [{k: v for k, v in row.items()} for row in rows]
    assert sorted(map(repr, got)) == sorted(map(repr, expected))


def test_only_unwind_over_maps_is_compacted() -> None:
    assert compact("MATCH (n) RETURN n", [{"a": 1}]) is None
    assert compact("UNWIND $rows AS row RETURN row", [[1, 2]]) is None
    [(cypher, lists)] = compact("UNWIND $rows AS row RETURN row.a", [{"a": 1, "p": {"x": 2}}]) or []
    assert lists == [[1, 2]] and "`p`: {`x`: r[1]}" in cypher


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=texts, after=texts, nested=st.booleans())
def test_a_nul_in_a_value_is_one_clear_error_naming_the_parameter(
    embedded: FalkorDBStore, before: str, after: str, nested: bool
) -> None:
    from aikg.graph.errors import InvalidInputError

    text = f"{before}\x00{after}"
    value: Any = [["kept", text]] if nested else text
    with pytest.raises(InvalidInputError, match=r"^query parameter 'probe' holds a NUL character"):
        embedded.run("RETURN $probe", {"probe": value})
    assert embedded.run("RETURN $probe", {"probe": before + after}).scalar() == before + after
