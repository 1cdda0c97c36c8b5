"""Loading saved queries: a header that does not validate is an error naming its file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aikg.graph.errors import InvalidInputError
from aikg.queries.catalog import get_query, load_catalog, split_header
from aikg.queries.model import ParamType

GOOD = """\
// name: {name}
// title: People by name
// description: Finds people.
// params:
//   - name: who
//     type: str
//     default: Jan Leike
//     description: A name.
// result: table
MATCH (p:Person) WHERE p.name = $who RETURN p.name AS name
"""


def _write(directory: Path, name: str, text: str) -> Path:
    path = directory / f"{name}.cypher"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_catalog_has_the_saved_queries() -> None:
    catalog = load_catalog()
    assert len(catalog) >= 16
    for name, query in catalog.items():
        assert query.name == name
        assert query.path is not None and query.path.stem == name
        assert "//" not in query.cypher.splitlines()[0]


def test_a_good_file_loads(tmp_path: Path) -> None:
    _write(tmp_path, "people", GOOD.format(name="people"))
    query = load_catalog(tmp_path)["people"]
    assert query.title == "People by name"
    assert query.params[0].type is ParamType.STR
    assert query.params[0].default == "Jan Leike"
    assert query.cypher.startswith("MATCH (p:Person)")


def test_split_header_stops_at_the_first_non_comment_line() -> None:
    header, body = split_header("// name: x\n//title: y\nMATCH (n)\n// not header\nRETURN n")
    assert header == "name: x\ntitle: y"
    assert body == "MATCH (n)\n// not header\nRETURN n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("MATCH (n) RETURN n", "needs a YAML header"),
        ("// name: [unclosed\nMATCH (n) RETURN n", "not valid YAML"),
        (GOOD.format(name="other"), "must match the file name"),
        (GOOD.format(name="broken").replace("title: People by name\n", ""), "title"),
        (GOOD.format(name="broken").replace("type: str", "type: uuid"), "params.0.type"),
        (GOOD.format(name="broken").replace("$who", "$whom"), "undeclared parameters: whom"),
        (GOOD.format(name="broken").replace("p.name = $who", "true"), "never uses: who"),
        (GOOD.format(name="broken").replace("result: table", "result: chart"), "result"),
        (GOOD.format(name="broken").replace("// result: table", "// colour: red"), "colour"),
        (GOOD.format(name="broken").replace("type: str", "type: int"), "bad default"),
    ],
)
def test_a_broken_header_names_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, "broken", text)
    with pytest.raises(InvalidInputError) as info:
        load_catalog(tmp_path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_required_parameters_cannot_have_defaults(tmp_path: Path) -> None:
    text = GOOD.format(name="broken").replace(
        "default: Jan Leike", "default: Jan Leike\n//     required: true"
    )
    _write(tmp_path, "broken", text)
    with pytest.raises(InvalidInputError, match="is required, so it cannot have a default"):
        load_catalog(tmp_path)


def test_an_unknown_query_name_suggests_close_names() -> None:
    with pytest.raises(InvalidInputError) as info:
        get_query("departures_by_organisation")
    assert "no saved query named 'departures_by_organisation'" in str(info.value)
    assert "departures_by_organization" in str(info.value)


def test_an_unknown_query_name_without_close_names_points_to_the_list() -> None:
    with pytest.raises(InvalidInputError, match="aikg query list"):
        get_query("zzzz")


def test_every_saved_query_documents_itself() -> None:
    for query in load_catalog().values():
        assert len(query.description) > 40, query.name
        assert all(len(p.description) > 5 for p in query.params), query.name


comment_line = st.text(alphabet=st.characters(blacklist_categories=["Cc", "Zl", "Zp", "Cs"]), max_size=30)
body_line = comment_line.filter(lambda t: not t.strip().startswith("//") and t.strip() != "")


@given(st.lists(comment_line, max_size=6), st.lists(body_line, min_size=1, max_size=4))
def test_split_header_separates_any_comment_block_from_the_body(header: list[str], body: list[str]) -> None:
    text = "\n".join([*(f"// {line}" for line in header), *body])
    got_header, got_body = split_header(text)
    assert got_header == "\n".join(header)
    assert got_body == "\n".join(body).strip()
