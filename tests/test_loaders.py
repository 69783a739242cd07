"""Unit tests of ingest.loaders.read_document for text, Markdown, HTML and PDF files, and their errors."""

from __future__ import annotations

import bisect
import codecs
import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from index.errors import DocumentError
from ingest.document import PAGE_BREAK, clean_document, load_clean
from ingest.loaders import SUPPORTED, RawDocument, is_supported, read_document
from tests.pdfmaker import pdf_bytes, write_blank_pdf, write_encrypted_pdf, write_pdf

MAX = 1_000_000

Writer = Callable[[str, str | bytes], Path]


@pytest.fixture(autouse=True)
def _quiet_pypdf(caplog: pytest.LogCaptureFixture) -> None:
    """pypdf logs a warning for every damaged file; the tests look at the DocumentError instead."""
    caplog.set_level(logging.ERROR, logger="pypdf")


@pytest.fixture
def write(tmp_path: Path) -> Writer:
    """Write text (as UTF-8) or bytes to a file named `name` in a fresh folder."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
        return path

    return _write


def read(path: Path, *, label: str | None = None, max_bytes: int = MAX) -> RawDocument:
    return read_document(path, label=label, max_bytes=max_bytes)


def refused(path: Path, *, label: str | None = None, max_bytes: int = MAX) -> DocumentError:
    """read_document must raise a DocumentError whose message names the file."""
    with pytest.raises(DocumentError) as info:
        read_document(path, label=label, max_bytes=max_bytes)
    exc = info.value
    name = label or str(path)
    assert name in str(exc)
    assert exc.path == name
    assert str(exc) == f"{name}: {exc.reason}"
    return exc


# --------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------


def test_txt_is_read_verbatim(write: Writer) -> None:
    text = "Leg Cramps\n\nCramps are painful.\n\n\nStretch before bed.\n"
    raw = read(write("a.txt", text))
    assert raw.pages == [text]
    assert raw.kind == "text"
    assert raw.meta == {}
    assert not raw.paged


def test_txt_blank_lines_collapse_to_one_when_cleaned(write: Writer) -> None:
    raw = read(write("a.txt", "Leg Cramps\n\n\n\nCramps are painful.\n\n\n"))
    clean, page_starts = clean_document(raw)
    assert clean.text == "Leg Cramps\n\nCramps are painful."
    assert page_starts is None
    assert clean.headings == frozenset({0})


@pytest.mark.parametrize(("name", "kind"), [
    ("a.txt", "text"), ("a.text", "text"), ("A.TXT", "text"), ("a.md", "markdown"),
    ("a.markdown", "markdown"), ("a.MD", "markdown"), ("a.html", "html"), ("a.htm", "html"),
    ("a.HTML", "html"),
])
def test_extension_decides_the_kind(write: Writer, name: str, kind: str) -> None:
    path = write(name, "Plain words in a sentence.")
    assert is_supported(path)
    assert read(path).kind == kind


@pytest.mark.parametrize("name", ["notes.docx", "notes.rtf", "notes.pdf.bak", "README", "archive.tar.gz"])
def test_unsupported_extension_is_refused(write: Writer, name: str) -> None:
    path = write(name, "Some text that would be readable.")
    assert not is_supported(path)
    exc = refused(path)
    assert "unsupported file type" in exc.reason
    assert (path.suffix or "(none)") in exc.reason
    for suffix in SUPPORTED:
        assert suffix in exc.reason


def test_missing_file_is_refused(tmp_path: Path) -> None:
    exc = refused(tmp_path / "gone.txt")
    assert "cannot read" in exc.reason


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.html", "empty.pdf"])
def test_empty_file_is_refused(write: Writer, name: str) -> None:
    exc = refused(write(name, b""))
    assert "empty" in exc.reason


@pytest.mark.parametrize("content", [" ", "\n\n\n", "  \t \n \u00a0\n\r\n"])
def test_whitespace_only_file_is_read_but_load_clean_refuses_it(write: Writer, content: str) -> None:
    path = write("blank.txt", content)
    assert read(path).pages == [content]  # not empty on disk, so the loader itself accepts it
    with pytest.raises(DocumentError) as info:
        load_clean(path, "corpus/blank.txt", MAX)
    assert "corpus/blank.txt" in str(info.value)
    assert "no article text" in info.value.reason


def test_boilerplate_only_file_is_refused_by_load_clean(write: Writer) -> None:
    path = write("widgets.txt", "Leave a Reply\nScroll to Top\nShare\n")
    with pytest.raises(DocumentError) as info:
        load_clean(path, "widgets.txt", MAX)
    assert "widgets.txt" in str(info.value)
    assert "boilerplate" in info.value.reason


def test_load_clean_returns_raw_clean_and_no_page_starts(write: Writer) -> None:
    path = write("ok.txt", "Leg Cramps\nCramps are painful and common.\nLeave a Comment\n")
    raw, clean, page_starts = load_clean(path, "ok.txt", MAX)
    assert raw.kind == "text"
    assert clean.text == "Leg Cramps\nCramps are painful and common."
    assert page_starts is None


def test_nul_bytes_in_a_txt_file_are_refused(write: Writer) -> None:
    exc = refused(write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
    assert "binary" in exc.reason
    assert "NUL" in exc.reason


def test_latin1_bytes_are_refused_not_guessed(write: Writer) -> None:
    data = "Café au lait can trigger cramps.".encode("latin-1")
    exc = refused(write("latin1.txt", data))
    assert "not UTF-8" in exc.reason
    assert "0xe9" in exc.reason
    assert "offset 3" in exc.reason


def test_latin1_html_is_refused_too(write: Writer) -> None:
    data = "<html><body><p>Café crème.</p></body></html>".encode("latin-1")
    exc = refused(write("page.html", data))
    assert "not UTF-8" in exc.reason


def test_utf8_with_bom_has_the_bom_removed(write: Writer) -> None:
    raw = read(write("bom.txt", codecs.BOM_UTF8 + "Muscle cramps — café.".encode()))
    assert raw.pages == ["Muscle cramps — café."]


@pytest.mark.parametrize("data", [
    "Muscle cramps — café.\nSecond line.".encode("utf-16"),  # BOM in native order
    codecs.BOM_UTF16_LE + "Muscle cramps — café.\nSecond line.".encode("utf-16-le"),
    codecs.BOM_UTF16_BE + "Muscle cramps — café.\nSecond line.".encode("utf-16-be"),
    codecs.BOM_UTF32_LE + "Muscle cramps — café.\nSecond line.".encode("utf-32-le"),
    codecs.BOM_UTF32_BE + "Muscle cramps — café.\nSecond line.".encode("utf-32-be"),
], ids=["utf16-native", "utf16-le", "utf16-be", "utf32-le", "utf32-be"])
def test_utf16_and_utf32_with_bom_are_decoded(write: Writer, data: bytes) -> None:
    assert b"\x00" in data  # the NUL check must not fire before the byte-order mark is honoured
    raw = read(write("wide.txt", data))
    assert raw.pages == ["Muscle cramps — café.\nSecond line."]


def test_utf16_without_bom_is_refused_as_binary(write: Writer) -> None:
    exc = refused(write("wide.txt", "Muscle cramps.".encode("utf-16-le")))
    assert "NUL" in exc.reason


def test_broken_utf16_is_refused(write: Writer) -> None:
    exc = refused(write("broken.txt", codecs.BOM_UTF16_LE + b"A\x00B"))  # odd number of bytes
    assert "broken utf-16" in exc.reason


def test_file_over_the_size_limit_is_refused(write: Writer) -> None:
    path = write("big.txt", "word " * 400)  # 2000 bytes
    exc = refused(path, max_bytes=1999)
    assert "limit" in exc.reason
    assert "HEALTHQA_MAX_FILE_MB" in exc.reason


def test_file_exactly_at_the_size_limit_is_read(write: Writer) -> None:
    path = write("big.txt", "word " * 400)
    assert read(path, max_bytes=2000).pages == ["word " * 400]


def test_size_limit_reports_megabytes(write: Writer) -> None:
    path = write("big.txt", b"a" * (3 * 2**20))
    exc = refused(path, max_bytes=2 * 2**20)
    assert "3.0 MB" in exc.reason
    assert "2.0 MB" in exc.reason


def test_size_limit_applies_to_pdfs_before_parsing(write: Writer) -> None:
    path = write("big.pdf", b"not a pdf at all " * 100)
    exc = refused(path, max_bytes=100)
    assert "limit" in exc.reason


@pytest.mark.parametrize("label", ["corpus/notes/a.txt", "upload: my file.txt"])
def test_errors_name_the_label_when_one_is_given(write: Writer, label: str) -> None:
    path = write("a.txt", b"caf\xe9 au lait \x80")
    exc = refused(path, label=label)
    assert str(path) not in str(exc)


# --------------------------------------------------------------------------------------------
# Markdown and YAML front matter
# --------------------------------------------------------------------------------------------

FRONT = """---
title: Leg   Cramps at Night
url: https://example.org/leg-cramps
author: Dr. Ann Lee
published: 2024-01-05
reviewed: 2024-02-01
tags: [cramps, legs]
---
# Night Cramps

Night cramps wake people up.
"""


def test_front_matter_gives_the_known_metadata(write: Writer) -> None:
    raw = read(write("a.md", FRONT))
    assert raw.kind == "markdown"
    assert raw.meta == {
        "title": "Leg Cramps at Night",  # white space collapsed
        "url": "https://example.org/leg-cramps",
        "author": "Dr. Ann Lee",
        "published": "2024-01-05",  # a YAML date comes back as ISO text
        "reviewed": "2024-02-01",
    }


def test_front_matter_is_removed_from_the_body(write: Writer) -> None:
    raw = read(write("a.md", FRONT))
    body = raw.pages[0]
    assert "title:" not in body
    assert "---" not in body
    assert body.lstrip("\n") == "# Night Cramps\n\nNight cramps wake people up.\n"
    assert set(body[: body.index("#")]) == {"\n"}  # replaced by blank lines only


def test_front_matter_blank_lines_keep_line_numbers_of_the_original_file(write: Writer) -> None:
    raw = read(write("a.md", FRONT))
    original = FRONT.split("\n")
    body = raw.pages[0].split("\n")
    assert len(body) == len(original)
    assert body.index("# Night Cramps") == original.index("# Night Cramps")


def test_front_matter_body_cleans_to_markdown_headings(write: Writer) -> None:
    clean, _ = clean_document(read(write("a.md", FRONT)))
    assert clean.text == "Night Cramps\n\nNight cramps wake people up."
    assert clean.heading_lines() == ["Night Cramps"]


def test_front_matter_may_close_with_three_dots(write: Writer) -> None:
    raw = read(write("a.md", "---\ntitle: Dots\n...\nBody text here.\n"))
    assert raw.meta == {"title": "Dots"}
    assert raw.pages[0].strip() == "Body text here."


def test_front_matter_with_windows_line_ends(write: Writer) -> None:
    raw = read(write("a.md", b"---\r\ntitle: Windows\r\n---\r\nBody text here.\r\n"))
    assert raw.meta == {"title": "Windows"}
    clean, _ = clean_document(raw)
    assert clean.text == "Body text here."


def test_front_matter_after_a_utf8_bom(write: Writer) -> None:
    raw = read(write("a.md", codecs.BOM_UTF8 + b"---\ntitle: Bom\n---\nBody text here.\n"))
    assert raw.meta == {"title": "Bom"}
    assert raw.pages[0].strip() == "Body text here."


def test_empty_or_null_front_matter_values_are_dropped(write: Writer) -> None:
    raw = read(write("a.md", '---\ntitle: ""\nauthor: null\nurl:\npublished: 2023\n---\nBody.\n'))
    assert raw.meta == {"published": "2023"}


def test_empty_front_matter_gives_no_metadata(write: Writer) -> None:
    raw = read(write("a.md", "---\n---\nBody text here.\n"))
    assert raw.meta == {}
    assert raw.pages[0].strip() == "Body text here."


@pytest.mark.parametrize("front", [
    "title: [unclosed",
    "title: a: b",
    "title: 'open quote",
    "\tbad: indentation\n  - mixed",
])
def test_invalid_yaml_front_matter_is_refused(write: Writer, front: str) -> None:
    path = write("bad.md", f"---\n{front}\n---\nBody text here.\n")
    exc = refused(path)
    assert "front matter is not valid YAML" in exc.reason
    exc = refused(path, label="corpus/bad.md")
    assert "corpus/bad.md" in str(exc)


@pytest.mark.parametrize("front", ["- a\n- b", "just a sentence", "42"])
def test_front_matter_that_is_not_a_mapping_is_refused(write: Writer, front: str) -> None:
    exc = refused(write("list.md", f"---\n{front}\n---\nBody text here.\n"))
    assert "mapping" in exc.reason


def test_unclosed_front_matter_is_left_as_text(write: Writer) -> None:
    text = "---\ntitle: never closed\nBody text here.\n"
    raw = read(write("open.md", text))
    assert raw.meta == {}
    assert raw.pages == [text]


def test_dashes_later_in_the_file_are_not_front_matter(write: Writer) -> None:
    text = "Intro line here.\n---\ntitle: not meta\n---\nMore text.\n"
    raw = read(write("rule.md", text))
    assert raw.meta == {}
    assert raw.pages == [text]


def test_front_matter_in_a_txt_file_is_not_parsed(write: Writer) -> None:
    raw = read(write("a.txt", FRONT))
    assert raw.meta == {}
    assert raw.pages == [FRONT]


def test_markdown_headings_are_explicit_and_not_guessed(write: Writer) -> None:
    raw = read(write("a.md", "# Leg Cramps\nIntro sentence here.\n## Causes ##\nShort Title Case Line\n"))
    clean, _ = clean_document(raw)
    assert clean.text == "Leg Cramps\nIntro sentence here.\nCauses\nShort Title Case Line"
    assert clean.heading_lines() == ["Leg Cramps", "Causes"]


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head>
<title>Site Title | Health Site</title>
<meta name="author" content="Jane   Roe">
<meta property="article:published_time" content="2024-03-01T10:00:00Z">
<meta property="article:modified_time" content="2024-04-02">
<link rel="canonical" href="https://example.org/leg-cramps">
<style>.x { color: red } STYLETEXT</style>
<script>var tracking = "SCRIPTTEXT";</script>
</head>
<body>
<header><p>HEADERTEXT site banner</p></header>
<nav><a href="/">NAVTEXT Home</a></nav>
<!-- COMMENTTEXT hidden remark -->
<article>
<h1>Leg   Cramps <em>Explained</em></h1>
<p>Leg cramps are <b>sudden</b>, painful contractions of a muscle.</p>
<div class="share-buttons">SHARETEXT Share on Facebook</div>
<h2>Causes</h2>
<ul><li>Dehydration and low potassium.</li><li>Overuse of the calf muscles.</li></ul>
<p>Please share this advice with a friend who gets cramps at night.</p>
<div class="comments-area"><h3>COMMENTSTEXT 3 comments</h3><p>Great post!</p></div>
<div id="sidebar">SIDEBARTEXT popular posts</div>
<aside>ASIDETEXT related links</aside>
<noscript>NOSCRIPTTEXT enable js</noscript>
<div class="social-links">SOCIALTEXT</div>
<section class="newsletter-signup">NEWSLETTERTEXT</section>
<form><input value="FORMTEXT"><button>BUTTONTEXT</button></form>
<h3>Treatment</h3>
<p>Stretch the muscle gently.<br>Drink water.</p>
</article>
<footer>FOOTERTEXT copyright</footer>
</body></html>
"""


@pytest.fixture
def page(write: Writer) -> RawDocument:
    return read(write("page.html", PAGE))


def test_html_reads_as_one_page_of_kind_html(page: RawDocument) -> None:
    assert page.kind == "html"
    assert len(page.pages) == 1
    assert not page.paged


@pytest.mark.parametrize("marker", [
    "STYLETEXT", "SCRIPTTEXT", "HEADERTEXT", "NAVTEXT", "COMMENTTEXT", "SHARETEXT", "COMMENTSTEXT",
    "Great post", "SIDEBARTEXT", "ASIDETEXT", "NOSCRIPTTEXT", "SOCIALTEXT", "NEWSLETTERTEXT",
    "FORMTEXT", "BUTTONTEXT", "FOOTERTEXT", "Site Title", "color: red",
])
def test_html_page_furniture_is_dropped(page: RawDocument, marker: str) -> None:
    assert marker not in page.pages[0]


def test_html_article_text_is_kept_line_by_line(page: RawDocument) -> None:
    assert page.pages[0].split("\n") == [
        "# Leg Cramps Explained",
        "Leg cramps are sudden, painful contractions of a muscle.",
        "## Causes",
        "• Dehydration and low potassium.",
        "• Overuse of the calf muscles.",
        "Please share this advice with a friend who gets cramps at night.",
        "### Treatment",
        "Stretch the muscle gently.",
        "Drink water.",
    ]


def test_html_headings_become_heading_lines_when_cleaned(page: RawDocument) -> None:
    clean, page_starts = clean_document(page)
    assert page_starts is None
    assert clean.heading_lines() == ["Leg Cramps Explained", "Causes", "Treatment"]
    assert "#" not in clean.text
    assert "Please share this advice with a friend who gets cramps at night." in clean.text.split("\n")


def test_html_h1_title_beats_the_title_tag(page: RawDocument) -> None:
    assert page.meta["title"] == "Leg Cramps Explained"


def test_html_metadata_from_meta_tags(page: RawDocument) -> None:
    assert page.meta == {
        "title": "Leg Cramps Explained",
        "author": "Jane Roe",
        "published": "2024-03-01T10:00:00Z",
        "reviewed": "2024-04-02",
        "url": "https://example.org/leg-cramps",
    }


def test_html_title_tag_is_used_without_an_h1(write: Writer) -> None:
    raw = read(write("p.html", "<html><head><title>Calf Cramps Guide</title></head>"
                                "<body><p>Body text here.</p></body></html>"))
    assert raw.meta == {"title": "Calf Cramps Guide"}
    assert raw.pages == ["Body text here."]


def test_html_og_title_and_url_beat_title_tag_and_canonical(write: Writer) -> None:
    raw = read(write("p.html", '<html><head><title>Tag Title</title>'
                                '<meta property="og:title" content="Open  Graph Title">'
                                '<meta property="og:url" content="https://og.example/a">'
                                '<link rel="canonical" href="https://canonical.example/a">'
                                '</head><body><p>Body text here.</p></body></html>'))
    assert raw.meta == {"title": "Open Graph Title", "url": "https://og.example/a"}


def test_html_h1_outside_the_article_does_not_give_the_title(write: Writer) -> None:
    raw = read(write("p.html", "<html><head><title>Tag Title</title></head><body>"
                                "<div><h1>Site Name</h1></div><article><p>Body text here.</p></article>"
                                "</body></html>"))
    assert raw.meta["title"] == "Tag Title"
    assert raw.pages == ["Body text here."]


def test_html_empty_h1_does_not_replace_the_title(write: Writer) -> None:
    raw = read(write("p.html", "<html><head><title>Tag Title</title></head><body>"
                                "<h1>  </h1><p>Body text here.</p></body></html>"))
    assert raw.meta["title"] == "Tag Title"


@pytest.mark.parametrize(("attrs", "key"), [
    ('name="datePublished" content="2022-05-06"', "published"),
    ('name="date" content="2022-05-06"', "published"),
    ('name="dateModified" content="2022-05-06"', "reviewed"),
    ('name="last-reviewed" content="2022-05-06"', "reviewed"),
    ('property="article:author" content="2022-05-06"', "author"),
])
def test_html_alternative_meta_names(write: Writer, attrs: str, key: str) -> None:
    raw = read(write("p.html", f"<html><head><meta {attrs}></head><body><p>Body.</p></body></html>"))
    assert raw.meta == {key: "2022-05-06"}


def test_html_without_article_uses_main_then_body(write: Writer) -> None:
    main = read(write("m.html", "<html><body><p>Outside main.</p><main><p>Inside main.</p></main>"
                                "</body></html>"))
    assert main.pages == ["Inside main."]
    body = read(write("b.html", "<html><body><div><p>First para.</p></div><p>Second para.</p>"
                                "</body></html>"))
    assert body.pages == ["First para.\nSecond para."]


def test_html_inline_markup_stays_in_one_line(write: Writer) -> None:
    raw = read(write("p.html", "<p>Take <a href='/m'>magnesium</a> and <em>rest</em>.</p>"))
    assert raw.pages == ["Take magnesium and rest."]


def test_html_role_navigation_and_banner_are_dropped(write: Writer) -> None:
    raw = read(write("p.html", '<body><div role="navigation">Home</div><div role="banner">Logo</div>'
                               "<p>Keep this.</p></body>"))
    assert raw.pages == ["Keep this."]


@pytest.mark.parametrize("cls", ["share", "sharedaddy", "comments", "comment-list", "related-posts",
                                 "breadcrumbs", "cookie-banner", "promo-box", "main-menu"])
def test_html_furniture_class_names_are_dropped(write: Writer, cls: str) -> None:
    raw = read(write("p.html", f'<body><p>Article sentence one.</p><div class="{cls}">DROPME</div>'
                               "<p>Article sentence two.</p></body>"))
    assert raw.pages == ["Article sentence one.\nArticle sentence two."]


def test_html_article_inside_a_no_sidebar_wrapper_is_kept(write: Writer) -> None:
    raw = read(write("p.html", '<html><body><div class="site-content no-sidebar"><article>'
                               "<h1>Leg Cramps</h1><p>Cramps are painful.</p></article></div>"
                               "</body></html>"))
    assert raw.pages == ["# Leg Cramps\nCramps are painful."]


def test_html_with_only_furniture_is_refused_by_load_clean(write: Writer) -> None:
    path = write("nav.html", "<html><body><nav>Home About Contact</nav><footer>Copyright 2024 Site"
                             "</footer><div class='share'>Share this</div></body></html>")
    with pytest.raises(DocumentError) as info:
        load_clean(path, "site/nav.html", MAX)
    assert "site/nav.html" in str(info.value)
    assert "page furniture" in info.value.reason


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------

PDF_PAGES = [
    ["Health Journal 2024", "Leg Cramps at Night", "Night cramps are common in older adults.",
     "Stretching the calves before bed can help.", "Page 1 of 3"],
    ["Health Journal 2024", "Common Causes", "Dehydration (low fluid intake) is one cause.",
     "Some medicines, e.g. diuretics, are another.", "Page 2 of 3"],
    ["Health Journal 2024", "When to See a Doctor", "See a doctor if the cramps persist.", "3"],
]


@pytest.fixture
def text_pdf(tmp_path: Path) -> Path:
    return write_pdf(tmp_path / "cramps.pdf", PDF_PAGES, title="Leg  Cramps", author="Dr. Who")


def test_pdfmaker_writes_a_pdf_pypdf_can_extract(text_pdf: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(text_pdf, strict=True)  # strict: the xref offsets must be exact
    assert len(reader.pages) == 3
    for page, lines in zip(reader.pages, PDF_PAGES, strict=True):
        assert page.extract_text().split("\n") == lines
    assert reader.metadata is not None
    assert reader.metadata.title == "Leg  Cramps"


def test_pdfmaker_blank_pdf_has_pages_but_no_text(tmp_path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(write_blank_pdf(tmp_path / "scan.pdf", 3), strict=True)
    assert len(reader.pages) == 3
    assert all(not (page.extract_text() or "").strip() for page in reader.pages)


def test_pdf_text_per_page(text_pdf: Path) -> None:
    raw = read(text_pdf)
    assert raw.kind == "pdf"
    assert raw.paged
    assert raw.pages == [
        "Leg Cramps at Night\nNight cramps are common in older adults.\n"
        "Stretching the calves before bed can help.",
        "Common Causes\nDehydration (low fluid intake) is one cause.\n"
        "Some medicines, e.g. diuretics, are another.",
        "When to See a Doctor\nSee a doctor if the cramps persist.",
    ]


def test_pdf_running_header_and_page_numbers_are_dropped(text_pdf: Path) -> None:
    text = "\n".join(read(text_pdf).pages)
    assert "Health Journal 2024" not in text
    assert "Page 1 of 3" not in text
    assert "\n3\n" not in f"\n{text}\n"


def test_pdf_metadata_title_and_author(text_pdf: Path) -> None:
    assert read(text_pdf).meta == {"title": "Leg Cramps", "author": "Dr. Who"}


def test_pdf_without_metadata_has_none(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "plain.pdf", [["A page with enough words to count as text."]])
    assert read(path).meta == {}


def test_pdf_line_repeated_on_two_pages_only_is_kept(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "two.pdf", [["Same line on both pages.", "First page text."],
                                            ["Same line on both pages.", "Second page text."]])
    assert read(path).pages == ["Same line on both pages.\nFirst page text.",
                                "Same line on both pages.\nSecond page text."]


def test_pdf_soft_wrapped_lines_are_joined(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "wrap.pdf", [["Night cramps are common ", "in older adults with foot-",
                                              "related problems.", "A hard break follows."]])
    assert read(path).pages == ["Night cramps are common in older adults with foot-related problems.\n"
                                "A hard break follows."]


def test_pdf_page_starts_number_the_pages(text_pdf: Path) -> None:
    raw = read(text_pdf)
    clean, starts = clean_document(raw)
    assert starts is not None
    assert len(starts) == 3
    assert starts[0] == 0
    assert starts == sorted(starts)
    for number, (start, page) in enumerate(zip(starts, raw.pages, strict=True), 1):
        assert clean.text.startswith(page.split("\n")[0], start)
        if number > 1:
            assert clean.text[start - len(PAGE_BREAK):start] == PAGE_BREAK
    # The chunker finds a chunk's page with bisect on these starts.
    for number, sentence in [(1, "Night cramps are common in older adults."),
                             (2, "Dehydration (low fluid intake) is one cause."),
                             (3, "See a doctor if the cramps persist.")]:
        assert bisect.bisect_right(starts, clean.text.index(sentence)) == number


def test_pdf_page_headings_get_document_offsets(text_pdf: Path) -> None:
    clean, starts = clean_document(read(text_pdf))
    assert clean.heading_lines() == ["Leg Cramps at Night", "Common Causes", "When to See a Doctor"]
    assert starts is not None
    assert sorted(clean.headings) == starts


def test_pdf_blank_page_in_the_middle_keeps_page_numbers(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "gap.pdf", [["First page has some words."], [],
                                            ["Third page has other words."]])
    raw = read(path)
    assert raw.pages == ["First page has some words.", "", "Third page has other words."]
    clean, starts = clean_document(raw)
    assert starts is not None and len(starts) == 3
    assert bisect.bisect_right(starts, clean.text.index("Third page")) == 3
    assert bisect.bisect_right(starts, clean.text.index("First page")) == 1


def test_load_clean_returns_page_starts_for_a_pdf(text_pdf: Path) -> None:
    raw, clean, starts = load_clean(text_pdf, "cramps.pdf", MAX)
    assert raw.kind == "pdf"
    assert starts is not None and len(starts) == 3
    assert "Night cramps are common in older adults." in clean.text


def test_pdf_encrypted_with_a_password_is_refused(text_pdf: Path, tmp_path: Path) -> None:
    locked = write_encrypted_pdf(text_pdf, tmp_path / "locked.pdf", user_password="s3cret")
    exc = refused(locked)
    assert "password" in exc.reason
    exc = refused(locked, label="corpus/locked.pdf")
    assert "corpus/locked.pdf" in str(exc)


def test_pdf_encrypted_with_an_empty_user_password_is_opened(text_pdf: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    restricted = write_encrypted_pdf(text_pdf, tmp_path / "restricted.pdf", user_password="")
    assert PdfReader(restricted).is_encrypted
    raw = read(restricted)
    assert raw.pages == read(text_pdf).pages


@pytest.mark.parametrize("n_pages", [1, 4])
def test_pdf_without_text_is_refused_as_scanned(tmp_path: Path, n_pages: int) -> None:
    path = write_blank_pdf(tmp_path / "scan.pdf", n_pages)
    exc = refused(path)
    assert "no extractable text" in exc.reason
    exc = refused(path, label="scans/scan.pdf")
    assert "scans/scan.pdf" in str(exc)


def test_pdf_with_only_a_few_characters_is_refused_as_scanned(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "tiny.pdf", [["Fig. 1"], ["p. 2"]])
    assert "no extractable text" in refused(path).reason


@pytest.mark.parametrize("data", [
    b"this is not a pdf, just words with a pdf extension",
    b"%PDF-1.4\n garbage garbage garbage",
    bytes(range(256)) * 4,
    pdf_bytes([["Readable text on the first page."], ["More text."]])[:300],
], ids=["words", "header-only", "random-bytes", "truncated"])
def test_garbage_with_a_pdf_extension_is_refused(write: Writer, data: bytes) -> None:
    exc = refused(write("fake.pdf", data))
    assert "PDF" in exc.reason
    exc = refused(write("fake.pdf", data), label="inbox/fake.pdf")
    assert "inbox/fake.pdf" in str(exc)
