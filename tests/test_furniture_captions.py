"""Page furniture that looks like prose, and prose that looks like furniture: a French paragraph
quoting « ... » twice is no breadcrumb, a photo caption keeps its text and loses its credit, a short
credit line or a real breadcrumb still goes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.ingest.furniture import strip_furniture

BODY = (
    "Brumaire Santé a levé cinq millions d'euros auprès de fonds régionaux pour son outil de triage.\n\n"
    "L'entreprise compte quarante salariés et ouvrira un bureau à Nantes au printemps prochain."
)


def test_a_paragraph_quoting_twice_is_kept() -> None:
    quoted = (
        "Le patron de Quillon, Corentin Abgrall, parle d'un choix « mûri et assumé ». Son associée "
        "juge la décision « prématurée » et s'en explique longuement."
    )
    text = f"{BODY}\n\n{quoted}"
    assert strip_furniture(text) == text


def test_a_breadcrumb_still_goes() -> None:
    assert strip_furniture(f"Accueil » Tech » Santé\n\n{BODY}") == BODY


def test_a_caption_keeps_its_text_and_loses_its_credit() -> None:
    caption = "Photo: Henrietta Vollmar, chief executive of Tarnwick Labs, in the Leeds office. (Radek Nowak)"
    out = strip_furniture(f"{BODY}\n\n{caption}")
    assert "Henrietta Vollmar, chief executive of Tarnwick Labs, in the Leeds office." in out
    assert "Radek Nowak" not in out and "Photo" not in out
    french = "Maëlle Kerbiriou, présidente de Brumaire Santé, à Nantes. (Photo : Zofia Brandlund)"
    out = strip_furniture(f"{BODY}\n\n{french}")
    assert "Maëlle Kerbiriou, présidente de Brumaire Santé, à Nantes." in out and "Zofia" not in out
    trailing = "*Caption: Oskar Ormerod at the launch in Bergen. Photo: Tove Lind / Fjord Wire*"
    out = strip_furniture(f"{BODY}\n\n{trailing}")
    assert "Oskar Ormerod at the launch in Bergen." in out and "Fjord Wire" not in out


def test_a_short_credit_line_goes() -> None:
    for credit in ("Photo: Fjord Wire", "Crédit photo : Zofia Brandlund", "© 2026 Tarnwick Labs"):
        assert strip_furniture(f"{BODY}\n\n{credit}") == BODY


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["décision", "brutale", "Quillon", "jamais", "un", "choix"]), min_size=1))
def test_prose_with_french_quotes_is_never_dropped(words: list[str]) -> None:
    quote = " ".join(words)
    line = f"Le dirigeant dénonce une « {quote} ». Le groupe répond par un « non » ferme."
    assert line in strip_furniture(f"{BODY}\n\n{line}")
