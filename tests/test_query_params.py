"""Parameters from user text: `-p key=value`, typed by a saved query's header, with errors naming them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aikg.graph.errors import InvalidInputError
from aikg.queries.catalog import get_query
from aikg.queries.model import ParamSpec, ParamType
from aikg.queries.params import bind, coerce, guess_value, parse_assignment, parse_assignments

keys = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,20}", fullmatch=True)
values = st.text(max_size=40)


@given(keys, values)
def test_assignment_round_trips(key: str, value: str) -> None:
    assert parse_assignment(f"{key}={value}") == (key, value)


@given(st.text(max_size=40).filter(lambda t: "=" not in t))
def test_text_without_equals_is_refused(text: str) -> None:
    with pytest.raises(InvalidInputError, match="key=value"):
        parse_assignment(text)


@given(st.text(max_size=20).filter(lambda k: "=" not in k and not k.strip().isidentifier()), values)
def test_a_bad_key_is_refused_and_named(key: str, value: str) -> None:
    with pytest.raises(InvalidInputError, match="parameter name"):
        parse_assignment(f"{key}={value}")


@given(st.dictionaries(keys, values, max_size=5))
def test_many_assignments_round_trip(pairs: dict[str, str]) -> None:
    assert parse_assignments(f"{k}={v}" for k, v in pairs.items()) == pairs


def test_a_key_given_twice_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="'hops' is given twice"):
        parse_assignments(["hops=1", "hops=2"])


def _spec(kind: ParamType, **extra: object) -> ParamSpec:
    return ParamSpec(name="x", type=kind, description="a parameter", **extra)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_int_text_round_trips(number: int) -> None:
    assert coerce(_spec(ParamType.INT), str(number)) == number


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_float_text_round_trips(number: float) -> None:
    assert coerce(_spec(ParamType.FLOAT), repr(number)) == number


@given(
    st.lists(st.text(min_size=1, max_size=10).filter(lambda t: "," not in t and t.strip() == t), max_size=5)
)
def test_list_text_round_trips(items: list[str]) -> None:
    assert coerce(_spec(ParamType.LIST_STR), ",".join(items)) == items


@given(st.dates())
def test_date_text_round_trips(day: dt.date) -> None:
    assert coerce(_spec(ParamType.DATE), day.isoformat()) == day.isoformat()


@given(st.text(max_size=20))
def test_int_parsing_never_crashes_with_anything_but_invalid_input(text: str) -> None:
    try:
        value = coerce(_spec(ParamType.INT), text)
    except InvalidInputError as exc:
        assert "parameter 'x' (int)" in str(exc)
    else:
        assert value == int(text)


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (ParamType.BOOL, "TRUE", True),
        (ParamType.BOOL, "no", False),
        (ParamType.DATE, "2024-05", "2024-05"),
        (ParamType.DATE, dt.date(2024, 5, 1), "2024-05-01"),
        (ParamType.ENTITY, "  Jan Leike ", "Jan Leike"),
        (ParamType.LIST_STR, "DEPARTED, JOINED,", ["DEPARTED", "JOINED"]),
        (ParamType.STR, "", ""),
        (ParamType.INT, 3, 3),
    ],
)
def test_values_are_typed(kind: ParamType, text: object, expected: object) -> None:
    assert coerce(_spec(kind), text) == expected


@pytest.mark.parametrize(
    ("kind", "text", "message"),
    [
        (ParamType.INT, "two", "parameter 'x' (int): expected an integer, got 'two'"),
        (ParamType.INT, "1.5", "expected an integer"),
        (ParamType.FLOAT, "nan", "finite"),
        (ParamType.BOOL, "maybe", "expected true or false"),
        (ParamType.DATE, "2024-13", "not a partial ISO date"),
        (ParamType.DATE, "2024-02-30", "not a real calendar day"),
        (ParamType.ENTITY, "   ", "empty"),
    ],
)
def test_bad_values_name_the_parameter(kind: ParamType, text: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match="parameter 'x'") as info:
        coerce(_spec(kind), text)
    assert message in str(info.value)


def test_bounds_and_choices_are_checked() -> None:
    with pytest.raises(InvalidInputError, match="'x' must be at most 3, got 4"):
        coerce(_spec(ParamType.INT, min=1, max=3), "4")
    with pytest.raises(InvalidInputError, match="'x' must be at least 1, got 0"):
        coerce(_spec(ParamType.INT, min=1, max=3), "0")
    with pytest.raises(InvalidInputError, match="'FIRED' is not one of DEPARTED, JOINED"):
        coerce(_spec(ParamType.LIST_STR, choices=["DEPARTED", "JOINED"]), "JOINED,FIRED")


def test_bind_applies_defaults_and_types() -> None:
    bound = bind(get_query("ego_network"), {"entity": "Jan Leike", "hops": "2"})
    assert bound == {
        "entity": "Jan Leike",
        "hops": 2,
        "predicates": [],
        "limit": 500,
        "review": "not-rejected",
    }


def test_bind_refuses_unknown_parameters_and_lists_the_known_ones() -> None:
    with pytest.raises(InvalidInputError) as info:
        bind(get_query("ego_network"), {"entity": "Jan Leike", "depth": "2"})
    assert "has no parameter 'depth'" in str(info.value)
    assert "entity, hops, predicates, limit, review" in str(info.value)


def test_bind_refuses_a_missing_required_parameter() -> None:
    with pytest.raises(InvalidInputError, match="needs parameter 'organization'"):
        bind(get_query("competitors"), {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", 5),
        ("1.5", 1.5),
        ("true", True),
        ("null", None),
        ('["a", "b"]', ["a", "b"]),
        ('"123"', "123"),
        ("OpenAI", "OpenAI"),
        ("2024-05-01", "2024-05-01"),
        ("-x", "-x"),
        ("", ""),
    ],
)
def test_adhoc_values_are_json_or_text(text: str, expected: object) -> None:
    assert guess_value(text) == expected


@given(st.text(max_size=30))
def test_adhoc_values_never_fail(text: str) -> None:
    value = guess_value(text)
    assert value == text or not isinstance(value, str) or text.strip().startswith('"')
