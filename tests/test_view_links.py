"""Article text is shown as text on the page: no automatic links; front-matter links show their domain."""

from __future__ import annotations

import re

import pytest

from index.types import Chunk, DocInfo, Hit
from ui.view import escape, link_domain, source_caption, unlinked

# What GitHub-flavoured Markdown's autolink-literal extension would turn into a link.
GFM_AUTOLINK = re.compile(r"(?i)(https?://|www(?=\.))[-.\w]+|[-.\w+]+@[-\w]+(\.[-\w]+)+")


@pytest.mark.parametrize("text", ["see https://example.com/page now", "HTTP://EXAMPLE.COM",
                                  "visit www.example.org/x today", "write to help@example.com",
                                  "a (https://x.io) b"])
def test_plain_addresses_cannot_become_links(text: str) -> None:
    assert GFM_AUTOLINK.search(text)
    shown = escape(text)
    assert not GFM_AUTOLINK.search(shown.replace("\\", ""))
    # Nothing visible changes: only an invisible word joiner is added.
    assert shown.replace("\\", "").replace("\u2060", "") == text


def test_ordinary_text_is_untouched() -> None:
    for text in ("Stretch the calf for 30 seconds.", "wwwhat", "e-mail me", "a @ b"):
        assert unlinked(text) == text


def _hit(url: str | None) -> Hit:
    doc = DocInfo(source="a.md", title="A", sha256="0", url=url)
    chunk = Chunk(id="a.md#0", source="a.md", text="text", start=0, end=4)
    return Hit(chunk=chunk, doc=doc, rank=1, score=0.5, similarity=0.5)


def test_a_front_matter_link_shows_its_domain() -> None:
    caption = source_caption(_hit("https://www.nhs.uk/conditions/leg-cramps/"))
    assert "](https://www.nhs.uk/conditions/leg-cramps/)" in caption
    label = caption.split("[original article at ", 1)[1].split("]", 1)[0]
    assert label.replace("\\", "").replace("\u2060", "") == "www.nhs.uk"


def test_unsafe_links_are_not_links_at_all() -> None:
    assert "original article" not in source_caption(_hit("javascript:alert(1)"))


@pytest.mark.parametrize(("url", "domain"), [
    ("https://user:pw@WWW.Example.com:8080/x", "www.example.com"),
    ("https://\u0435xample.com/a", "xn--xample-2of.com"),  # a Cyrillic "е" is shown as punycode
    ("https://example.com./", "example.com"),
])
def test_the_domain_shown_is_the_real_one(url: str, domain: str) -> None:
    assert link_domain(url) == domain
