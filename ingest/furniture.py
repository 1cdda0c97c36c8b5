"""Strip page furniture (teasers, tags, author bios, comment and cookie boilerplate) from article text.

General rules only: a marker line that opens a furniture block cuts the rest of the text when it
comes after the body; a trailing run of headline-like or lower-case blurbs is cut; stray lines
(breadcrumbs, hashtag lists, photo credits, bare timestamps) are dropped wherever they are.
"""

from __future__ import annotations

import re

CUT_MARKERS = re.compile(
    r"^\s*(?:"
    r"(?:à|a) lire (?:aussi|également)|lire aussi|sur le même sujet|vous aimerez aussi|"
    r"vous pourriez (?:aussi|également) aimer|articles? (?:similaires|liés|connexes)|"
    r"related(?: articles| posts| stories| content)?\b|read (?:more|also|next)\b|more from\b|"
    r"you may also like|you might also like|recommended for you|"
    r"tags?\s*:|mots[- ]clés\s*:|étiquettes\s*:|"
    r"the author\b|l[’']auteur\b|à propos de l[’']auteur|about the author|written by\b|"
    r"leave a (?:comment|reply)|laisser un commentaire|laissez un commentaire|\d+\s+comments?\b|"
    r"commentaires?\s*$|comments?\s*$|"
    r"this site uses akismet|partager\s*(?::|cet article)|share (?:this|on)\b|"
    r"inscrivez-vous à (?:la|notre) newsletter|subscribe to (?:our|the) newsletter|"
    r"regardez (?:la|notre) vidéo|watch the video|"
    r"nous utilisons des cookies|we use cookies|this website uses cookies|accepter les cookies"
    r")",
    re.IGNORECASE,
)
DROP_LINE = re.compile(
    r"(?:"
    r"^\s*(?:home|accueil)\s*[»>›/]|[»›]\s*\S.*[»›]|"  # breadcrumbs
    r"^\s*(?:#[\w’'-]+\s*){2,}$|"  # hashtag lists
    r"(?:photo|crédit(?: photo)?|credit|image|illustration)\s*:|©|"  # photo credits
    r"^\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?\s*$|^\s*\d{9,}\s*$|"  # bare timestamps
    r"^\s*\([\w/ ]{1,20}\)\s*$|"  # agency signatures like (afr/afr)
    r"^\s*(?:by|par)\s+\S+(?:\s+\S+)?\s*$"  # bylines
    r")",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.…»”\"]\s*$")
MIN_BODY_SHARE = 0.3


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def _is_blurb(paragraph: str) -> bool:
    """A teaser block: a headline without a full stop, or a summary starting in lower case."""
    stripped = paragraph.strip()
    first = stripped[:1]
    if first.isalpha() and first.islower():
        return True
    if stripped.endswith(("...", "…")) and "\n" not in stripped:
        return True
    single_line = "\n" not in stripped
    return single_line and len(stripped) < 150 and not SENTENCE_END.search(stripped)


def _cut_marker(lines: list[str]) -> list[str]:
    total = sum(len(line) for line in lines) or 1
    seen = 0
    for index, line in enumerate(lines):
        if seen / total >= MIN_BODY_SHARE and CUT_MARKERS.match(line):
            return lines[:index]
        seen += len(line)
    return lines


def _cut_trailing_blurbs(text: str) -> str:
    paragraphs = _paragraphs(text)
    keep = len(paragraphs)
    while keep > 1 and _is_blurb(paragraphs[keep - 1]):
        keep -= 1
    # a lone headline right before the real ending is a section title, not a teaser run
    if len(paragraphs) - keep < 2:
        return text
    return "\n\n".join(paragraphs[:keep])


def strip_furniture(text: str) -> str:
    lines = [line for line in text.splitlines() if not DROP_LINE.search(line)]
    lines = _cut_marker(lines)
    cleaned = _cut_trailing_blurbs("\n".join(lines))
    return cleaned.strip()
