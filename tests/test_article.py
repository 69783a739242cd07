"""The article reader's text: rebuilt from overlapping passages, each character once, one passage marked."""

from __future__ import annotations

from index.types import Chunk
from qa.article import GAP, rebuild

TEXT = ("Cramps\n\nCalf cramps are common. They often come at night. Stretching helps.\n\n"
        "Twitching\n\nMost twitches are harmless. See a doctor if weakness follows.")


def _chunk(i: int, start: int, end: int, page: int | None = None) -> Chunk:
    return Chunk(id=f"a.txt#{i}", source="a.txt", text=TEXT[start:end], start=start, end=end, page=page)


def _chunks() -> list[Chunk]:
    # Overlapping by a sentence, as the chunker makes them, and out of order.
    second = TEXT.index("Stretching")
    third = TEXT.index("Twitching")
    return [_chunk(2, third, len(TEXT)), _chunk(0, 0, second + len("Stretching helps.")),
            _chunk(1, second, third - 2)]


def test_overlapping_passages_give_the_article_once() -> None:
    text = rebuild(_chunks())
    assert "".join(p.text for p in text.pieces) == TEXT
    assert not any(p.marked or p.gap for p in text.pieces)
    assert not text.cut_before and not text.cut_after


def test_the_marked_passage_is_exactly_the_cited_one() -> None:
    chunks = _chunks()
    cited = chunks[0]  # the last passage of the article
    text = rebuild(chunks, cited)
    [marked] = [p for p in text.pieces if p.marked]
    assert marked.text.strip() == cited.text
    assert "".join(p.text for p in text.pieces) == TEXT


def test_a_passage_inside_another_is_marked_inside_it() -> None:
    inner = _chunk(9, TEXT.index("They"), TEXT.index("Stretching"))
    text = rebuild([*_chunks(), inner], inner)
    assert [p.marked for p in text.pieces] == [False, True, False]
    assert text.pieces[1].text == "They often come at night. "


def test_text_the_index_does_not_hold_is_shown_as_left_out() -> None:
    far = TEXT.index("Most")
    text = rebuild([_chunk(0, 0, 20), _chunk(1, far, len(TEXT))])
    assert [p.gap for p in text.pieces] == [False, True]
    near = rebuild([_chunk(0, 0, 20), _chunk(1, 20 + GAP, 40)])
    assert len(near.pieces) == 1 and "\n\n" in near.pieces[0].text


def test_pdf_pages_get_a_heading_where_the_page_changes() -> None:
    chunks = [_chunk(0, 0, 30, page=1), _chunk(1, 30, 60, page=1), _chunk(2, 60, 90, page=2)]
    headings = [p.heading for p in rebuild(chunks).pieces]
    assert headings == ["Page 1", "Page 2"]


def test_a_long_article_is_cut_around_the_marked_passage() -> None:
    long = [Chunk(id=f"b#{i}", source="b", text="x" * 100, start=i * 100, end=(i + 1) * 100)
            for i in range(1000)]
    text = rebuild(long, long[500], window=1000)
    assert text.cut_before and text.cut_after
    assert sum(len(p.text) for p in text.pieces) == 1000
    assert next(p for p in text.pieces if p.marked).text == "x" * 100
    start = rebuild(long, long[0], window=1000)
    assert not start.cut_before and start.cut_after


def test_no_passages_no_text() -> None:
    assert rebuild([]).pieces == ()
