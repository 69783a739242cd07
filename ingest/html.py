"""Main text of an HTML page: scripts, styles, navigation and page furniture dropped, headings kept."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, Tag
from bs4.element import PageElement

from index.errors import DocumentError

# Elements that never hold article text.
_DROP = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button",
         "input", "select", "textarea", "nav", "header", "footer", "aside", "object", "embed")
# Class/id words of page furniture that some sites put in plain <div>s.
_FURNITURE = frozenset(("comment", "share", "sharing", "social", "sidebar", "breadcrumb",
                        "newsletter", "related", "advert", "ad", "promo", "cookie", "popup",
                        "subscribe", "menu", "navbar", "footer", "widget", "navigation", "banner"))
_NEGATIONS = frozenset(("no", "ha", "has", "with", "without", "hide", "hidden"))
_BLOCKS = ("p", "div", "section", "article", "main", "blockquote", "pre", "table", "tr", "dl",
           "dt", "dd", "figcaption", "ul", "ol", "br", "hr")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_CONTENT = ("article", "main", "h1")  # furniture never holds these
# "<" characters a page may hold: a long article page has a few tens of thousands of tags,
# and each parsed tag costs about a kilobyte.
MAX_TAGS = 400_000
# Inline styles that hide an element from the page's readers.
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|"
                           r"opacity\s*:\s*0(?![.\d]*[1-9])",
                           re.IGNORECASE)
# Longest title kept (a page can carry a <title> of a hundred thousand words).
MAX_TITLE_CHARS = 300


@dataclass(frozen=True)
class HtmlText:
    """Markdown-like text (headings as '# ', list items as '• ') and the page's metadata."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)


def html_to_text(markup: str, label: str = "page") -> HtmlText:
    """The page's main text; a page with more tags than MAX_TAGS is refused before parsing."""
    tags = markup.count("<")
    if tags > MAX_TAGS:
        raise DocumentError(label, f"too large or too complex to read ({tags:,} tags, over the "
                                   f"{MAX_TAGS:,} an article page needs)")
    soup = BeautifulSoup(markup, "html.parser")
    meta = _metadata(soup)
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    hidden_classes = _hidden_classes(soup)
    _decompose(soup.find_all(_DROP))
    # What the page hides from its own readers is not its text: a saved page could otherwise carry
    # advice nobody who read it saw, and the answers would quote it.
    _decompose(soup.find_all(lambda tag: _is_hidden(tag) or bool(hidden_classes & set(tag.get("class") or ()))))
    holders = _holders(soup)
    _decompose(soup.find_all(lambda t: _is_furniture(t, holders)))
    root: Tag = soup.find("article") or soup.find("main") or soup.find(role="main") or soup.body or soup
    h1 = root.find("h1")
    if isinstance(h1, Tag) and h1.get_text(strip=True):
        meta["title"] = " ".join(h1.get_text(" ").split())  # the article's own heading beats <title>
    if "title" in meta:
        meta["title"] = meta["title"][:MAX_TITLE_CHARS]
    lines: list[str] = []
    _walk(root, lines)
    text = "\n".join(lines)
    return HtmlText(text=text, meta=meta)


def _hidden_classes(soup: BeautifulSoup) -> set[str]:
    """Classes that the page's own <style> blocks hide (".note { display: none }")."""
    names: set[str] = set()
    for style in soup.find_all("style"):
        for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", style.get_text()[:200_000]):
            if _HIDING_STYLE.search(body):
                names.update(re.findall(r"\.([\w-]+)\s*(?:,|$)", selectors.strip()))
    return names


def _is_hidden(tag: Tag) -> bool:
    attrs = tag.attrs
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    style = attrs.get("style")
    return isinstance(style, str) and _HIDING_STYLE.search(style) is not None


def _decompose(tags: list[Tag]) -> None:
    """Remove tags, skipping those already gone with an ancestor (nested furniture would
    otherwise be destroyed once per level: quadratic on a deep page)."""
    for tag in tags:
        if not tag.decomposed:
            tag.decompose()


def _holders(soup: BeautifulSoup) -> set[int]:
    """ids of the tags that contain an <article>, <main> or <h1>, found in one upward pass each
    (a search under every furniture tag would be quadratic on deeply nested pages)."""
    marked: set[int] = set()
    for target in soup.find_all(_CONTENT):
        node = target.parent
        while node is not None and id(node) not in marked:
            marked.add(id(node))
            node = node.parent
    return marked


def _is_furniture(tag: Tag, holders: set[int]) -> bool:
    if tag.name in ("html", "body", "article", "main") or tag.attrs is None:
        return False
    names = [*(tag.get("class") or []), str(tag.get("id") or ""), str(tag.get("role") or "")]
    # "share-buttons", "comments-area", "main-menu", "sharedaddy" mark furniture; a wrapper named
    # "no-sidebar" or "has-related-posts" does not, and nor does anything holding the article.
    if not any(_furniture_name(name) for name in names if name):
        return False
    return id(tag) not in holders


def _furniture_name(name: str) -> bool:
    words = [w.rstrip("s") for w in re.split(r"[-_\s]+", name.lower()) if w]
    if not words or words[0] in _NEGATIONS:
        return False
    return bool(set(words) & _FURNITURE) or words[0].startswith(("share", "social", "comment"))


def _walk(root: Tag, lines: list[str]) -> None:
    """Block elements become lines, depth first, with an explicit stack: a page nested 100,000
    <div>s deep must not exhaust Python's recursion limit."""
    stack: list[tuple[Iterator[PageElement], list[str]]] = [(iter(root.children), [])]
    while stack:
        children, buffer = stack[-1]
        for child in children:
            if not isinstance(child, Tag):
                buffer.append(str(child))
            elif child.name in _HEADINGS:
                _flush(buffer, lines)
                heading = " ".join(child.get_text(" ").split())
                if heading:
                    lines.append(f"{'#' * int(child.name[1])} {heading}")
            elif child.name == "li":
                _flush(buffer, lines)
                item = " ".join(child.get_text(" ").split())
                if item:
                    lines.append(f"• {item}")
            elif child.name in _BLOCKS:
                _flush(buffer, lines)
                stack.append((iter(child.children), []))
                break
            else:
                buffer.append(child.get_text(" "))
        else:
            _flush(buffer, lines)
            stack.pop()


def _flush(buffer: list[str], lines: list[str]) -> None:
    text = " ".join("".join(buffer).split())
    if text:
        lines.append(text)
    buffer.clear()


def _metadata(soup: BeautifulSoup) -> dict[str, str]:
    metas = soup.find_all("meta")  # one pass over the page, not two per name

    def first(attr: str, name: str) -> Tag | None:
        return next((t for t in metas if isinstance(t, Tag) and t.get(attr) == name), None)

    def meta(*names: str) -> str | None:
        for name in names:
            tag = first("property", name) or first("name", name)
            if isinstance(tag, Tag) and tag.get("content"):
                return " ".join(str(tag["content"]).split())
        return None

    found: dict[str, str | None] = {
        "title": meta("og:title", "twitter:title")
        or (soup.title.get_text(" ").strip() if soup.title else None),
        "author": meta("author", "article:author"),
        "published": meta("article:published_time", "datePublished", "date"),
        "reviewed": meta("article:modified_time", "dateModified", "last-reviewed"),
        "url": meta("og:url"),
    }
    canonical = soup.find("link", rel="canonical")
    if not found["url"] and isinstance(canonical, Tag) and canonical.get("href"):
        found["url"] = str(canonical["href"])
    return {k: v for k, v in found.items() if v}
