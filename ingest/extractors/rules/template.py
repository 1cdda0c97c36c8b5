"""A sentence rewritten for pattern matching: entity mentions become typed slots (⟦P0⟧, ⟦O1⟧, ⟦M2⟧)
and quoted speech becomes ⟦Q⟧, so rules are written over slots rather than names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aikg.graph.schema import EntityType
from aikg.ingest.extractors.rules.sentences import Sentence
from aikg.ingest.extractors.rules.spans import Span

LETTER = {EntityType.PERSON: "P", EntityType.ORGANIZATION: "O", EntityType.MODEL: "M"}
SLOT = re.compile(r"⟦([POM])(\d+)⟧")
BOARD_ANAPHOR = re.compile(r"^(?:the|its|le|son)\s+(?P<board>board|conseil d'administration)$", re.IGNORECASE)


def _board_prefix(source: str) -> str:
    """'the board' resolved to its organization keeps its words: 'the board of ⟦O3⟧', so that
    board rules still see them."""
    match = BOARD_ANAPHOR.match(_normalize(source).strip())
    if not match:
        return ""
    return f"{match.group()} {'of' if match.group('board').lower() == 'board' else 'de'} "


@dataclass
class Template:
    sentence: Sentence
    text: str
    slots: list[Span]
    positions: list[tuple[int, int]] = field(default_factory=list)

    def slot_ids(self, fragment: str) -> list[int]:
        return [int(m.group(2)) for m in SLOT.finditer(fragment)]

    def slots_in(self, start: int, end: int) -> list[int]:
        return [i for i, (s, e) in enumerate(self.positions) if s >= start and e <= end]


def _normalize(text: str) -> str:
    return text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")


def _possessive(piece: str, after_name_in_s: bool) -> str:
    """ "Databricks' chief executive": a name ending in s takes a bare apostrophe as its possessive,
    written "'s" in the template as for any other name."""
    if after_name_in_s and re.match(r"'(?=\s)", piece):
        return "'s" + piece[1:]
    return piece


def build_template(sentence: Sentence, spans: list[Span], quotes: list[tuple[int, int]]) -> Template:
    inside = [s for s in spans if sentence.start <= s.start and s.end <= sentence.end]
    marks: list[tuple[int, int, Span | None]] = []
    for q_start, q_end in quotes:
        start, end = max(q_start, sentence.start), min(q_end, sentence.end)
        if start < end:
            marks.append((start, end, None))
    for span in inside:
        if not any(m_start <= span.start < m_end for m_start, m_end, _ in marks):
            marks.append((span.start, span.end, span))
    marks.sort(key=lambda m: m[0])
    out: list[str] = []
    slots: list[Span] = []
    positions: list[tuple[int, int]] = []
    cursor = sentence.start
    length = 0
    in_s = False  # the last slot's name ends in s
    for start, end, span in marks:
        if start < cursor:
            continue
        piece = _possessive(_normalize(sentence.text[cursor - sentence.start : start - sentence.start]), in_s)
        in_s = span is not None and sentence.text[end - sentence.start - 1] in "sS"
        if span is not None and span.type is EntityType.ORGANIZATION:
            piece += _board_prefix(sentence.text[start - sentence.start : end - sentence.start])
        out.append(piece)
        length += len(piece)
        token = "⟦Q⟧" if span is None else f"⟦{LETTER[span.type]}{len(slots)}⟧"
        if span is not None:
            slots.append(span)
            positions.append((length, length + len(token)))
        out.append(token)
        length += len(token)
        cursor = end
    out.append(_possessive(_normalize(sentence.text[cursor - sentence.start :]), in_s))
    return Template(sentence=sentence, text="".join(out), slots=slots, positions=positions)
