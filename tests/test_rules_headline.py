"""Headline facts: kept when the body names both entities, marked headline_only unless the body states
the fact too; and the rule ids of every fact."""

from __future__ import annotations

from aikg.graph.schema import Source
from aikg.ingest.document import Document
from tests.helpers import extractor


def _doc(title: str, text: str) -> Document:
    return Document(
        text=text,
        title=title,
        language="en",
        published="2025-03-02",
        path="t.txt",
        content_hash=Source.hash_content(title + text),
    )


def _facts(title: str, text: str) -> dict[tuple[str, str, str], object]:
    result = extractor().extract(_doc(title, text))
    names = {e.id: e.name for e in result.entities}
    return {(names[f.subject], f.predicate.value, names[f.object]): f for f in result.facts}


def test_a_fact_only_the_headline_gives_is_marked() -> None:
    facts = _facts(
        "Microsoft acquires Inflection AI",
        "Microsoft and Inflection AI confirmed the terms on Sunday. Staff were told in the morning.",
    )
    fact = facts[("Microsoft", "ACQUIRED", "Inflection AI")]
    assert fact.headline_only is True  # type: ignore[attr-defined]
    assert "code.headline" in fact.rules  # type: ignore[attr-defined]
    assert fact.evidence[0].quote == "Microsoft acquires Inflection AI"  # type: ignore[attr-defined]


def test_a_fact_the_body_states_too_is_not_headline_only() -> None:
    facts = _facts(
        "Microsoft acquires Inflection AI",
        "Microsoft acquired Inflection AI on Sunday for an undisclosed sum.",
    )
    fact = facts[("Microsoft", "ACQUIRED", "Inflection AI")]
    assert fact.headline_only is False  # type: ignore[attr-defined]
    assert all(not r.startswith("code.headline") for r in fact.rules)  # type: ignore[attr-defined]


def test_headline_entities_the_body_never_names_give_nothing() -> None:
    facts = _facts("Microsoft acquires Inflection AI", "The deal was confirmed on Sunday by both sides.")
    assert not facts


def test_every_fact_names_its_rules_and_a_calibrated_confidence() -> None:
    facts = _facts("", "Anthropic hired Jan Leike in May. Jan Leike had left OpenAI a week before.")
    assert facts
    for fact in facts.values():
        assert fact.rules  # type: ignore[attr-defined]
        assert 0.0 < fact.confidence <= 1.0  # type: ignore[attr-defined]


def test_a_headline_deal_the_body_denies_gives_nothing() -> None:
    facts = _facts(
        "Kobold Group buys Pellam Robotics",
        "Kobold Group is not buying Pellam Robotics: it takes a licence and two engineers.",
    )
    assert ("Kobold Group", "ACQUIRED", "Pellam Robotics") not in facts
