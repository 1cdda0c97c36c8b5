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
    # breadcrumbs ("Home » Tech » AI"); a line quoting « ... » is prose
    r"^\s*(?:home|accueil)\s*[»>›/]|^(?!.*«)[^.!?]*[»›]\s*\S[^.!?]*[»›]|"
    r"^\s*(?:#[\w’'-]+\s*){2,}$|"  # hashtag lists
    # photo credits: a short line naming its source (a caption that names one is kept: CREDIT_TAIL)
    r"^(?=.{0,90}$).*(?:photo|crédit(?: photo)?|credit|image|illustration)\s*:|©|"
    r"^\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?\s*$|^\s*\d{9,}\s*$|"  # bare timestamps
    r"^\s*\([\w/ ]{1,20}\)\s*$|"  # agency signatures like (afr/afr)
    r"^\s*(?:by|par)\s+\S+(?:\s+\S+)?\s*$"  # bylines
    r")",
    re.IGNORECASE,
)
# a caption's label ("*Photo: ", "Caption: ") and its credit ("Photo: Jo Lind / Agency", "(Photo : Jo
# Lind)", or after a label "(Jo Lind)"): the caption itself is article text ("X, chief executive of Y")
CAPTION_LABEL = re.compile(r"^(\s*[*_]*)(?:photo|caption|légende|image)\s*:\s*", re.IGNORECASE)
CREDIT_LABELLED = re.compile(
    r"(?:\s*\((?:photo|crédit(?: photo)?|credit|image)\s*:\s*[^()\n]{1,60}\)|"
    r"\s+(?:photo|crédit(?: photo)?|credit|image)\s*:\s*[^.*_\n]{1,80})(?P<end>[*_]*\s*)$",
    re.IGNORECASE,
)
CREDIT_BARE = re.compile(r"\s*\([^()\n]{1,60}\)(?P<end>[*_]*\s*)$")
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


def _caption_text(line: str) -> str | None:
    """A photo caption without its label and credit: 'Photo: Jo Lind, CEO of X. (Ana Ruiz)' gives
    'Jo Lind, CEO of X.'; None for a line that is furniture; any other line as it is."""
    uncredited = CREDIT_LABELLED.sub(lambda m: m.group("end"), line)
    if uncredited != line and len(uncredited.strip(" *_")) >= 30:
        return CAPTION_LABEL.sub(r"\1", uncredited)  # "X, présidente de Y, à Paris. (Photo : Ana Ruiz)"
    if DROP_LINE.search(line):
        return None
    if CAPTION_LABEL.match(line):
        return CREDIT_BARE.sub(lambda m: m.group("end"), CAPTION_LABEL.sub(r"\1", line))
    return line


def strip_furniture(text: str) -> str:
    lines = [kept for line in text.splitlines() if (kept := _caption_text(line)) is not None]
    lines = _cut_marker(lines)
    cleaned = _cut_trailing_blurbs("\n".join(lines))
    return cleaned.strip()
