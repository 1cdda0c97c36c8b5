"""The rule files: every rule loads, has an id, and fires on its own positive examples and not on its
negative ones. Examples are invented sentences with entities marked '[Name|P]', '[Name|O]', '[Name|M]';
an organization "Focus Co" that the sentence does not name is the organization in focus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from aikg.graph.schema import Entity, EntityType
from aikg.ingest.extractors.rules.patterns import (
    StructuralRule,
    TriggerRule,
    apply_structural,
    apply_triggers,
)
from aikg.ingest.extractors.rules.ruledata import (
    DATA,
    RuleDataError,
    all_rule_files,
    rules_for,
    structural,
    structural_rules,
    trigger_rules,
)
from aikg.ingest.extractors.rules.sentences import Sentence
from aikg.ingest.extractors.rules.spans import Span
from aikg.ingest.extractors.rules.template import Template, build_template

MARK = re.compile(r"\[([^\]|]+)\|([POM])\]")
TYPES = {"P": EntityType.PERSON, "O": EntityType.ORGANIZATION, "M": EntityType.MODEL}
FOCUS = Entity(type=EntityType.ORGANIZATION, name="Focus Co")


def template_of(marked: str) -> Template:
    text, spans, cursor = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[cursor : m.start()]
        start = len(text)
        text += m.group(1)
        spans.append(Span(start, len(text), Entity(type=TYPES[m.group(2)], name=m.group(1))))
        cursor = m.end()
    text += marked[cursor:]
    return build_template(Sentence(0, 0, len(text), text), spans, [])


def fired(rule: TriggerRule | StructuralRule, marked: str) -> list[str]:
    template = template_of(marked)
    if isinstance(rule, StructuralRule):
        found = apply_structural(template, [rule])
    else:
        found = apply_triggers(template, [rule], FOCUS)
    return [f"{c.subject.name} {c.predicate.value} {c.object.name}" for c in found if c.rule == rule.id]


def examples() -> list[tuple[str, bool, str]]:
    rules: dict[str, TriggerRule | StructuralRule] = {r.id: r for r in structural()}
    for language in ("en", "fr"):
        rules.update({r.id: r for r in rules_for(language)})
    out = []
    for path in all_rule_files():
        for raw in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]:
            for key, positive in (("positive", True), ("negative", False)):
                for sentence in (raw.get("examples") or {}).get(key, []):
                    out.append((raw["id"], positive, sentence))
    return out


ALL_RULES = {r.id: r for r in (*structural(), *rules_for("en"), *rules_for("fr"))}


@pytest.mark.parametrize(("rule_id", "positive", "sentence"), examples())
def test_rule_fires_on_its_own_examples(rule_id: str, positive: bool, sentence: str) -> None:
    found = fired(ALL_RULES[rule_id], sentence)
    assert bool(found) is positive, (rule_id, sentence, found)


def test_ids_are_unique_and_name_language_and_predicate() -> None:
    ids = [r.id for r in (*structural(), *rules_for("en"), *rules_for("fr"))]
    assert len(ids) == len(set(ids))
    for rule in ALL_RULES.values():
        language, predicate, _ = rule.id.split(".", 2)
        assert language in ("any", "en", "fr")
        assert predicate == rule.predicate.value.lower().replace("_", "-")


def test_every_new_rule_has_examples() -> None:
    """The rules written for real-news structure (general.yaml) carry positive and negative examples."""
    for path in sorted(DATA.glob("*/general.yaml")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]:
            assert raw.get("examples", {}).get("positive"), raw["id"]
            assert raw.get("examples", {}).get("negative"), raw["id"]


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "rules:\n- id: en.joined.bad\n  predicate: JOINED\n  pattern: '(unclosed'\n",
            "en.joined.bad: the pattern",
        ),
        ("rules:\n- id: en.joined.x\n  predicate: HIRED\n  pattern: 'x'\n", "en.joined.x: unknown predicate"),
        (
            "rules:\n- id: en.joined.y\n  predicate: JOINED\n  pattern: '{NOPE}'\n",
            "en.joined.y: unknown macro",
        ),
        (
            "rules:\n- id: en.joined.z\n  predicate: JOINED\n  mode: sideways\n  pattern: 'x'\n",
            "unknown mode",
        ),
        ("rules:\n- id: en.joined.w\n  predicate: JOINED\n  pattern: 'x'\n  options: {reech: 3}\n", "option"),
        ("rules:\n- id: en.joined.v\n  predicate: JOINED\n  pattern: 'x'\n  colour: red\n", "unknown keys"),
        ("rules:\n- id: en.joined.u\n  predicate: JOINED\n", "pattern"),
        ("rules:\n- id: Bad Id\n  predicate: JOINED\n  pattern: x\n", "Bad Id"),
        (
            "rules:\n- {id: en.joined.t, predicate: JOINED, pattern: a}\n"
            "- {id: en.joined.t, predicate: JOINED, pattern: b}\n",
            "twice",
        ),
        ("rules: [\n", "cannot read"),
    ],
)
def test_a_bad_rule_is_an_error_naming_it(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(RuleDataError, match=re.escape(message)):
        trigger_rules([write(tmp_path, body)])


def test_a_bad_structural_rule_names_its_id(tmp_path: Path) -> None:
    body = "rules:\n- id: any.founded.bad\n  predicate: FOUNDED\n  pattern: '(?P<s>{P}'\n"
    with pytest.raises(RuleDataError, match=r"any\.founded\.bad"):
        structural_rules(write(tmp_path, body))


def test_lemma_rules_match_inflections_they_do_not_list() -> None:
    rule = next(r for r in rules_for("en") if r.id == "en.acquired.lemma")
    for verb in ("acquires", "acquired", "acquiring", "buys", "bought", "took over"):
        assert fired(rule, f"[Kobold Group|O] {verb} [Lintel|O] this spring."), verb
