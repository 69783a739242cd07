"""Main text of an HTML page: scripts, styles, navigation and page furniture dropped, headings kept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, Tag

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


@dataclass(frozen=True)
class HtmlText:
    """Markdown-like text (headings as '# ', list items as '• ') and the page's metadata."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)


def html_to_text(markup: str) -> HtmlText:
    soup = BeautifulSoup(markup, "html.parser")
    meta = _metadata(soup)
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(_is_furniture):
        tag.decompose()
    root: Tag = soup.find("article") or soup.find("main") or soup.find(role="main") or soup.body or soup
    h1 = root.find("h1")
    if isinstance(h1, Tag) and h1.get_text(strip=True):
        meta["title"] = " ".join(h1.get_text(" ").split())  # the article's own heading beats <title>
    lines: list[str] = []
    _walk(root, lines)
    text = "\n".join(lines)
    return HtmlText(text=text, meta=meta)


def _is_furniture(tag: Tag) -> bool:
    if tag.name in ("html", "body", "article", "main") or tag.attrs is None:
        return False
    names = [*(tag.get("class") or []), str(tag.get("id") or ""), str(tag.get("role") or "")]
    # "share-buttons", "comments-area", "main-menu", "sharedaddy" mark furniture; a wrapper named
    # "no-sidebar" or "has-related-posts" does not, and nor does anything holding the article.
    if not any(_furniture_name(name) for name in names if name):
        return False
    return tag.find(["article", "main", "h1"]) is None


def _furniture_name(name: str) -> bool:
    words = [w.rstrip("s") for w in re.split(r"[-_\s]+", name.lower()) if w]
    if not words or words[0] in _NEGATIONS:
        return False
    return bool(set(words) & _FURNITURE) or words[0].startswith(("share", "social", "comment"))


def _walk(node: Tag, lines: list[str]) -> None:
    buffer: list[str] = []

    def flush() -> None:
        text = " ".join("".join(buffer).split())
        if text:
            lines.append(text)
        buffer.clear()

    for child in node.children:
        if isinstance(child, Tag):
            if child.name in _HEADINGS:
                flush()
                heading = " ".join(child.get_text(" ").split())
                if heading:
                    lines.append(f"{'#' * int(child.name[1])} {heading}")
            elif child.name == "li":
                flush()
                item = " ".join(child.get_text(" ").split())
                if item:
                    lines.append(f"• {item}")
            elif child.name in _BLOCKS:
                flush()
                _walk(child, lines)
            else:
                buffer.append(child.get_text(" "))
        else:
            buffer.append(str(child))
    flush()


def _metadata(soup: BeautifulSoup) -> dict[str, str]:
    def meta(*names: str) -> str | None:
        for name in names:
            tag = soup.find("meta", property=name) or soup.find("meta", attrs={"name": name})
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
