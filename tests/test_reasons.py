"""Reasons in a canonical English form, in the extractor and in the evaluation."""

from __future__ import annotations

import pytest

from aikg.ingest.reasons import canonical_reason
from tests.helpers import extract


@pytest.mark.parametrize(
    ("phrase", "canonical"),
    [
        ("to run additional safety tests", "additional safety tests"),
        ("mener des tests de sécurité supplémentaires", "additional safety tests"),
        ("violation des conditions d'utilisation", "violation of terms of service"),
        ("breaking the terms on which the service is sold", "violation of terms of service"),
        ("a violation of its terms of service", "violation of terms of service"),
        ("acquisition talks with a rival", "acquisition talks"),
        ("des discussions avec OpenAI", "acquisition talks"),
        ("concerns about its performance", "performance concerns"),
        ("des inquiétudes réglementaires", "regulatory concerns"),
        ("security concerns", "security concerns"),
        ("des coûts trop élevés", "cost"),
        ("un conflit d'intérêts", "conflict of interest"),
    ],
)
def test_common_reasons_have_one_english_form(phrase: str, canonical: str) -> None:
    assert canonical_reason(phrase) == canonical


def test_a_reason_without_canonical_form_is_kept() -> None:
    assert canonical_reason("  the founder's health ") == "the founder's health"


def _reason(text: str, language: str) -> str | None:
    result = extract(text, language)
    reasons = [f.properties.reason for f in result.facts if f.properties.reason]
    return reasons[0] if reasons else None


def test_french_revocation_reason_is_english() -> None:
    text = "Anthropic a coupé l'accès de Windsurf à Claude pour violation des conditions d'utilisation."
    assert _reason(text, "fr") == "violation of terms of service"


def test_english_delay_reason_is_canonical() -> None:
    text = "Google postponed Gemini Ultra to run more safety testing."
    assert _reason(text, "en") == "additional safety tests"


def test_accusation_gives_the_reason() -> None:
    text = "Anthropic revoked OpenAI's access to Claude, accusing its rival of breaking its terms of service."
    assert _reason(text, "en") == "violation of terms of service"
