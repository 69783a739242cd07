"""Cleaning of extracted article text: web boilerplate out, headings found, content kept verbatim."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Whole lines that scraped health pages carry around the article. Each pattern must match the
# entire (normalized) line, so a sentence of content that merely mentions "share" survives.
BOILERPLATE = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"leave a (comment|reply)( cancel reply)?\.?",
        r"cancel reply",
        r"your email address will not be published\.?( required fields are marked \*?\.?)?",
        r"required fields are marked \*?\.?",
        r"(scroll|back) to (the )?top",
        r"(share|tweet|pin|email|print)( (it|this|on \w+))?[.!]?",
        r"share (this|the) (article|post|page|story)( on \w+)?[.!:]?",
        r"(share on|follow us on) (facebook|twitter|x|pinterest|linkedin|whatsapp|email).*",
        r"recommended products?( for [\w\s,&-]+)?",
        r"related (posts|articles|stories|reading)\.?:?",
        r"(you may|you might) also like\.?:?",
        r"help someone with useful health advice\.?",
        r"help yourself by\s*(\.\.\.|…)?",
        r"(for more [^.]{0,120}, )?visit our (website|site|store|shop|blog)\b.{0,80}",
        r"(subscribe|sign up)( now)?( to| for)? (our )?(free )?newsletter.*",
        r"the article published herein.{0,60} educational purposes only.*",
        r"advertisement|sponsored( content)?",
        r"\d+ comments?|no comments( yet)?\.?",
        r"(click|tap) here( to [^.]{0,60})?\.?",
        r"(previous|next) (post|article)\b.{0,80}",
        r"all rights reserved.*|(copyright|©) .{0,80}",
    )
)

_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_BULLET_START = re.compile(r"^[•●▪◦‣∙·*\-–—]\s")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_END_PUNCT = (".", "!", ";", ",", "…")


@dataclass(frozen=True)
class CleanText:
    """Cleaned text with the offsets of the lines that are headings."""

    text: str
    headings: frozenset[int]

    def heading_lines(self) -> list[str]:
        """The heading lines, in text order."""
        return [self.text[s:].split("\n", 1)[0] for s in sorted(self.headings)]



def normalize_line(line: str) -> str:
    line = unicodedata.normalize("NFC", line).translate(_INVISIBLE)
    return _SPACES.sub(" ", line).strip()


def is_boilerplate(line: str) -> bool:
    return any(p.fullmatch(line) for p in BOILERPLATE)


def looks_like_heading(line: str) -> bool:
    """A short line that does not read as a sentence: 'Muscle Fatigue:', 'Causes of X', 'Why Y?'."""
    if _BULLET_START.match(line):
        return False
    words = line.split()
    if not words or len(words) > 14 or len(line) > 110:
        return False
    if line.endswith(_END_PUNCT) or (line.count(". ") > 0 and not _NUMBERED.match(line)):
        return False
    if _NUMBERED.match(line):
        return len(words) <= 10
    if not (line[0].isupper() or line[0].isdigit()):
        return False
    # Headings are title-cased ("Why Does My Leg Shake…?", "Water consumption"); a short
    # sentence ending in a colon ("To address this, consider the following:") is not.
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in long_words)
    title_cased = capitals >= 0.5 * len(long_words)
    if line.endswith("?"):
        return title_cased and len(words) >= 3
    return title_cased


_LINE_FEEDS = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def clean_text(raw: str, *, markdown: bool = False) -> CleanText:
    """Normalize white space, drop boilerplate and repeated lines, and mark headings.

    Paragraph breaks become one blank line; every kept line is otherwise left as written.
    """
    lines: list[str] = []
    headings: list[bool] = []
    # Control characters are no text: an escape sequence would retitle, clear or recolour the
    # terminal that prints a passage, or make a link of it. Page and line feeds end a line.
    raw = _CONTROL.sub("", _LINE_FEEDS.sub("\n", raw))
    for raw_line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = normalize_line(raw_line)
        explicit = False
        if markdown and _MD_HEADING.match(line):
            line, explicit = _MD_HEADING.sub("", line).rstrip("#").strip(), True
        if not line:
            if lines and lines[-1]:
                lines.append("")
                headings.append(False)
            continue
        if is_boilerplate(line):
            continue
        previous = next((x for x in reversed(lines) if x), None)
        if line == previous:  # a title printed twice, a repeated widget label
            continue
        lines.append(line)
        headings.append(explicit or (not markdown and looks_like_heading(line)))
    while lines and not lines[-1]:
        lines.pop()
        headings.pop()
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    text = "\n".join(lines)
    return CleanText(text, frozenset(o for o, h in zip(offsets, headings, strict=True) if h))


def pick_title(clean: CleanText, fallback: str) -> str:
    """The first heading-like line, else the first line if short, else the file's name."""
    if clean.headings:
        first = min(clean.headings)
        end = clean.text.find("\n", first)
        return clean.text[first : end if end >= 0 else None]
    first_line = clean.text.split("\n", 1)[0]
    return first_line if 0 < len(first_line) <= 120 else fallback
