"""Rules as data: load, validate and compile the YAML rule files of ``data/``.

``data/macros.yaml`` names regex fragments; ``data/structural.yaml`` holds the language-neutral
structural rules; ``data/<lang>/*.yaml`` the trigger rules of one language. A pattern is a regex over
the sentence template (entity mentions are slots ``⟦P0⟧``, ``⟦O1⟧``, ``⟦M2⟧``) in which ``{NAME}``
stands for a macro, a slot (``P``, ``O``, ``M``, ``ANY``), a list of slots (``LISTED_P``...) or a
word list of ``vocabulary.py`` (``ROLE``, ``FORMER``...). A bad rule is an error naming its id.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, get_args

import yaml

from aikg.graph.errors import InvalidInputError
from aikg.graph.schema import Predicate
from aikg.ingest.extractors.rules import patterns, vocabulary
from aikg.ingest.extractors.rules.patterns import Mode, StructuralRule, TriggerRule
from aikg.ingest.extractors.rules.prefilter import anchor_words, required_words

DATA = Path(__file__).parent / "data"
MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
RULE_KEYS = {"id", "predicate", "mode", "pattern", "lemmas", "then", "context", "options", "examples"}
STRUCTURAL_OPTIONS = {"prior": float, "dated": bool}
TRIGGER_OPTIONS: dict[str, type] = {
    "prior": float,  # the confidence before calibration (calibration.json overrides it)
    "many_objects": bool,  # every object of a list, not the first
    "focus_subject": bool,  # no subject in the clause: the organization in focus
    "focus_object": bool,  # no object in the clause: the organization in focus
    "opening_object": bool,  # with focus_object: the organization the sentence opens on, else the focus
    "focus_org": bool,  # the organization in focus becomes the 'organization' property
    "event": bool,  # dated by the article when the sentence gives no date
    "loose": bool,  # passive: every allowed slot to the end of the clause
    "reach": int,  # characters from the trigger to the first object
    "role": str,  # the role the trigger itself states ("left the board": board member)
    "object_is_focus": bool,  # passive: the object is the organization in focus, never a slot
    "subject_is_focus": bool,  # passive: the objects before the trigger, the organization in focus as subject
    "object_first": bool,  # nominal: the object comes first ("the acquisition of Y by X")
}
MODES = set(get_args(Mode))
ID = re.compile(r"^[a-z]{2,3}\.[a-z-]+\.[\w.-]+$")


class RuleDataError(InvalidInputError):
    """A rule file or a rule that cannot be used; the message names the file and the rule id."""


def _base_macros() -> dict[str, str]:
    words = vars(vocabulary).items()
    out = {name: value for name, value in words if name.isupper() and isinstance(value, str)}
    for name in ("P", "O", "M", "ANY", "AND", "TITLED", "LIST_GAP", "APPOSED"):
        out[name] = getattr(patterns, name)
    for letter in "POM":
        out[f"LISTED_{letter}"] = patterns.listed(getattr(patterns, letter))
    out["APPOSED_LIST_P"] = patterns.listed(patterns.P, apposed=True)
    return out


# libyaml's safe loader when PyYAML was built with it (several times faster on the rule files)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise RuleDataError(f"{path}: cannot read rule file: {exc}") from exc
    if not isinstance(data, dict):
        raise RuleDataError(f"{path}: a rule file is a mapping with 'rules' (or 'macros')")
    return data


@cache
def macros() -> dict[str, str]:
    """Every macro, expanded (macros may use one another, in any order, without cycles)."""
    path = DATA / "macros.yaml"
    raw = {**_base_macros(), **(_read(path).get("macros") or {})}
    done: dict[str, str] = {}

    def expand(name: str, trail: tuple[str, ...]) -> str:
        if name in done:
            return done[name]
        if name in trail:
            raise RuleDataError(f"{path}: macro {name} refers to itself ({' -> '.join((*trail, name))})")
        if name not in raw:
            raise RuleDataError(f"{path}: unknown macro {{{name}}} in {trail[-1]}")
        done[name] = MACRO.sub(lambda m: expand(m.group(1), (*trail, name)), str(raw[name]))
        return done[name]

    for name in raw:
        expand(name, ())
    return done


def expand(rule_id: str, pattern: str) -> str:
    table = macros()

    def one(m: re.Match[str]) -> str:
        if m.group(1) not in table:
            raise RuleDataError(f"rule {rule_id}: unknown macro {{{m.group(1)}}}")
        return table[m.group(1)]

    return MACRO.sub(one, pattern)


def _pattern(rule_id: str, value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "|".join(value)
    raise RuleDataError(f"rule {rule_id}: pattern is a string or a list of alternatives")


def _options(rule_id: str, raw: object, allowed: dict[str, type]) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise RuleDataError(f"rule {rule_id}: options is a mapping")
    for key, value in raw.items():
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise RuleDataError(f"rule {rule_id}: unknown option {key!r} (known: {known})")
        kind = allowed[key]
        numeric = (int, float) if kind is float else (kind,)
        if not isinstance(value, numeric) or (kind is not bool and isinstance(value, bool)):
            raise RuleDataError(f"rule {rule_id}: option {key!r} has a wrong type ({value!r})")
    return dict(raw)


def _check(path: Path, raw: object, seen: set[str]) -> tuple[str, Predicate, str]:
    if not isinstance(raw, dict):
        raise RuleDataError(f"{path}: every rule is a mapping, not {raw!r}")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not ID.match(rule_id):
        raise RuleDataError(f"{path}: rule id {rule_id!r} is missing or not like 'en.departed.left'")
    if rule_id in seen:
        raise RuleDataError(f"rule {rule_id}: the id is used twice")
    seen.add(rule_id)
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise RuleDataError(f"rule {rule_id}: unknown keys {', '.join(sorted(unknown))}")
    try:
        predicate = Predicate(raw.get("predicate"))
    except ValueError as exc:
        raise RuleDataError(f"rule {rule_id}: unknown predicate {raw.get('predicate')!r}") from exc
    if raw.get("lemmas") is not None and raw.get("pattern") is None:
        return rule_id, predicate, ""
    return rule_id, predicate, expand(rule_id, _pattern(rule_id, raw.get("pattern")))


def _lemmas(rule_id: str, raw: object, needed: bool) -> frozenset[tuple[str, ...]]:
    if raw is None:
        return frozenset()
    if needed and not raw:
        raise RuleDataError(f"rule {rule_id}: neither a pattern nor lemmas")
    if not isinstance(raw, list) or not all(isinstance(p, str) and p.strip() for p in raw):
        raise RuleDataError(f"rule {rule_id}: lemmas is a list of words or phrases")
    if not needed:
        raise RuleDataError(f"rule {rule_id}: a rule has a pattern or lemmas, not both")
    return frozenset(tuple(p.lower().split()) for p in raw)


def _compile(rule_id: str, regex: str, ignore_case: bool = True) -> re.Pattern[str]:
    """Patterns ignore case; a context does not (so "capital" is not the "Capital" of a fund's name)."""
    try:
        return re.compile(regex, re.IGNORECASE if ignore_case else 0)
    except re.error as exc:
        raise RuleDataError(f"rule {rule_id}: the pattern is not a valid regex: {exc}") from exc


def raw_rules(path: Path) -> list[dict[str, Any]]:
    rules = _read(path).get("rules")
    if not isinstance(rules, list):
        raise RuleDataError(f"{path}: no 'rules' list")
    return rules


def structural_rules(path: Path | None = None) -> list[StructuralRule]:
    path = path or DATA / "structural.yaml"
    out, seen = [], set()
    for raw in raw_rules(path):
        rule_id, predicate, regex = _check(path, raw, seen)
        if raw.get("mode") not in (None, "structural"):
            raise RuleDataError(f"rule {rule_id}: structural rules have no mode (or mode: structural)")
        options = _options(rule_id, raw.get("options"), STRUCTURAL_OPTIONS)
        prior = float(options.get("prior", patterns.DEFAULT_PRIOR))
        out.append(
            StructuralRule(
                rule_id, predicate, _compile(rule_id, regex), prior, bool(options.get("dated", False))
            )
        )
    return out


def trigger_rules(paths: list[Path]) -> list[TriggerRule]:
    out: list[TriggerRule] = []
    seen: set[str] = set()
    for path in paths:
        for raw in raw_rules(path):
            rule_id, predicate, regex = _check(path, raw, seen)
            mode = raw.get("mode", "active")
            if mode not in MODES:
                known = ", ".join(sorted(MODES))
                raise RuleDataError(f"rule {rule_id}: unknown mode {mode!r} (known: {known})")
            options = _options(rule_id, raw.get("options"), TRIGGER_OPTIONS)
            prior = float(options.pop("prior", patterns.DEFAULT_PRIOR))
            pattern = _compile(rule_id, rf"(?<!\w)(?:{regex})(?!\w)") if regex else None
            extra = {
                key: _compile(rule_id, expand(rule_id, _pattern(rule_id, raw[key])), key == "then")
                for key in ("then", "context")
                if raw.get(key) is not None
            }
            out.append(
                TriggerRule(
                    rule_id,
                    predicate,
                    pattern,
                    mode,
                    prior,
                    lemmas=_lemmas(rule_id, raw.get("lemmas"), pattern is None),
                    language=rule_id.split(".")[0],
                    words=(anchor_words(regex) or required_words(regex)) if regex else None,
                    **extra,
                    **options,
                )
            )
    return out


def language_files(language: str) -> list[Path]:
    return sorted((DATA / language).glob("*.yaml"))


@cache
def rules_for(language: str) -> list[TriggerRule]:
    """The trigger rules of a language (English for a language without rules)."""
    files = language_files(language) or language_files("en")
    return trigger_rules(files)


@cache
def structural() -> list[StructuralRule]:
    return structural_rules()


def all_rule_files() -> list[Path]:
    return [DATA / "structural.yaml", *sorted(DATA.glob("*/*.yaml"))]
