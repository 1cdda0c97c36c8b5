"""JSON Lines are split on "\\n" only (U+2028, U+2029 and U+0085 inside a string load), and a NUL
anywhere (raw bytes, or \\u0000 in a JSON string) is one error naming the document and the byte
offset, never an engine failure."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from aikg.graph.errors import InvalidInputError
from aikg.graph.jsonl import read_batch
from aikg.graph.stores.falkordb_store import FalkorDBStore
from aikg.graph.text_lines import json_lines, nul_offset
from aikg.ingest.readers import DocumentError, read_documents
from tests.cli import aikg

SEPARATORS = ["\u2028", "\u2029", "\u0085"]
STORY = "Quillon Robotics hired Mara Vence as its head of research on Tuesday."


def _line(text: str, **extra: str) -> str:
    return json.dumps({"text": text, **extra}, ensure_ascii=False)


def test_line_separators_inside_a_json_string_stay_in_the_document(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    texts = [f"{STORY}{sep}A second paragraph about Mara Vence." for sep in SEPARATORS]
    path.write_text("\n".join([*map(_line, texts), "{not json"]) + "\n", encoding="utf-8")
    items = list(read_documents([str(path)]))
    assert [isinstance(i, DocumentError) for i in items] == [False, False, False, True]
    assert all(sep in doc.text or "\n" in doc.text for doc, sep in zip(items, SEPARATORS, strict=False))
    assert str(items[3]).startswith(f"{path}:4: bad JSON")  # line numbers are not shifted


def test_crlf_lines_still_load(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes((_line(STORY) + "\r\n" + _line(STORY + " Again.") + "\r\n").encode())
    assert [d.text.endswith(("Tuesday.", "Again.")) for d in read_documents([str(path)])] == [True, True]


def test_a_nul_escape_in_a_json_string_is_one_error_with_its_offset(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    first = _line(STORY)
    path.write_text(first + "\n" + '{"text": "Mara\\u0000Vence"}\n' + _line(STORY + " More.") + "\n")
    items = list(read_documents([str(path)]))
    offset = len(first.encode()) + 1 + len('{"text": "Mara')
    assert str(items[1]) == f"{path}:2: NUL character at byte offset {offset}"
    assert not isinstance(items[0], DocumentError) and not isinstance(items[2], DocumentError)


def test_a_nul_byte_after_the_first_8_kib_is_refused_with_its_offset(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes((STORY + " ").encode() * 200 + b"\x00tail")
    [item] = read_documents([str(path)])
    assert isinstance(item, DocumentError)
    assert str(item).startswith(f"{path}: NUL byte at byte offset {len(STORY + ' ') * 200}")


def test_a_nul_in_utf16_text_names_its_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(("Mara\x00Vence " + STORY).encode("utf-16"))
    [item] = read_documents([str(path)])
    assert "NUL character at byte offset 10" in str(item)


def test_load_takes_a_line_separator_in_a_name_and_refuses_a_nul(tmp_path: Path, data_dir: Path) -> None:
    name = "Mara\u2028Vence"
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps({"record": "entity", "type": "Person", "name": name}, ensure_ascii=False) + "\n"
    )
    assert len(read_batch(good).entities) == 1
    bad = tmp_path / "bad.jsonl"
    head = '{"record": "entity", "type": "Person", "name": "Mara'
    bad.write_text(head + '\\u0000Vence"}\n')
    result = aikg("load", str(bad), data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr.strip() == f"aikg: error: {bad}:1: NUL character at byte offset {len(head)}"
    assert aikg("load", str(good), data_dir=data_dir).returncode == 0
    store = FalkorDBStore(data_dir)
    try:
        assert store.run("MATCH (n:Person) RETURN n.name").rows == [[name]]
    finally:
        store.close()


def test_ingest_prints_one_line_for_a_document_with_a_nul(tmp_path: Path, data_dir: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(STORY.encode() * 300 + b"\x00")
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    result = aikg("ingest", str(bad), str(good), data_dir=data_dir)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("aikg: error:")]
    assert errors == [
        f"aikg: error: {bad}: NUL byte at byte offset {len(STORY) * 300}: binary content, not a text document"
    ]


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n\x00\\")), max_size=5))
def test_json_lines_keep_every_character_but_newline(lines: list[str]) -> None:
    text = "\n".join(lines)
    split = list(json_lines(text))
    assert [line for _, _, line in split] == [line.removesuffix("\r") for line in lines] or not lines
    for number, offset, line in split:
        data = text.encode("utf-8", "surrogatepass")
        assert data[offset:].startswith(line.encode("utf-8", "surrogatepass")) and number >= 1


@given(st.text(alphabet=st.characters(blacklist_characters="\x00\\")), st.booleans())
def test_nul_offset_is_the_byte_offset_of_the_nul(prefix: str, escaped: bool) -> None:
    line = prefix + ("\\u0000" if escaped else "\x00") + "tail"
    assert nul_offset(line) == len(prefix.encode("utf-8", "surrogatepass"))
    assert nul_offset(prefix) is None
    assert nul_offset(prefix + "\\\\u0000") is None  # an escaped backslash, then text


def test_bad_line_error_is_invalid_input(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text("\x00\n")
    try:
        read_batch(path)
    except InvalidInputError as exc:
        assert str(exc) == f"{path}:1: NUL character at byte offset 0"
    else:
        raise AssertionError("a NUL loaded")
