"""A form for a saved query, one widget per typed parameter, defaults filled in."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import streamlit as st

from aikg.queries.model import ParamSpec, ParamType, SavedQuery


def given(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values the analyst actually gave: blank text and empty choices mean "use the default"."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        out[name] = value.strip() if isinstance(value, str) else value
    return out


def widget(spec: ParamSpec, key: str) -> Any:
    label = f"{spec.name}{' *' if spec.required else ''}"
    help_text = f"{spec.description} ({spec.type.value})"
    if spec.type is ParamType.BOOL:
        return st.checkbox(label, value=bool(spec.default), help=help_text, key=key)
    if spec.type in (ParamType.INT, ParamType.FLOAT):
        is_int = spec.type is ParamType.INT
        cast = int if is_int else float
        return st.number_input(
            label,
            value=None if spec.default is None else cast(spec.default),
            min_value=None if spec.min is None else cast(spec.min),
            max_value=None if spec.max is None else cast(spec.max),
            step=1 if is_int else None,
            help=help_text,
            key=key,
        )
    if spec.type is ParamType.LIST_STR:
        if spec.choices:
            return st.multiselect(label, spec.choices, default=spec.default or [], help=help_text, key=key)
        default = ", ".join(spec.default or [])
        return st.text_input(label, value=default, help=help_text, key=key)
    if spec.choices:
        options = ["", *spec.choices]
        index = options.index(spec.default) if spec.default in options else 0
        return st.selectbox(label, options, index=index, help=help_text, key=key)
    placeholder = "YYYY, YYYY-MM or YYYY-MM-DD" if spec.type is ParamType.DATE else "name, alias or id"
    return st.text_input(
        label,
        value="" if spec.default is None else str(spec.default),
        placeholder=placeholder if spec.type in (ParamType.DATE, ParamType.ENTITY) else None,
        help=help_text,
        key=key,
    )


def query_form(query: SavedQuery) -> dict[str, Any] | None:
    """The form's values once submitted (blank ones left out), else None."""
    with st.form(f"form-{query.name}"):
        values = {spec.name: widget(spec, key=f"param-{query.name}-{spec.name}") for spec in query.params}
        if not query.params:
            st.caption("This query takes no parameters.")
        submitted = st.form_submit_button("Run", type="primary")
    return given(values) if submitted else None


def param_line(spec: ParamSpec) -> str:
    """``name=value`` for the Cypher page's parameter box, read back by ``queries.params.guess_value``."""
    value = spec.default
    if value is None:
        text = "" if spec.required else "null"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list | int | float):
        text = json.dumps(value)
    else:
        text = str(value)
    return f"{spec.name}={text}"


def adhoc_start(query: SavedQuery) -> tuple[str, str]:
    """A saved query's Cypher and its parameters (defaults filled in) to start an ad-hoc query from."""
    return query.cypher, "\n".join(param_line(spec) for spec in query.params)
