"""Turning answers into safe Markdown for the page: article text is escaped, never interpreted."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlparse

from index.types import DocInfo, Hit
from qa.answer import Answer
from qa.triage import EMERGENCY, SOON, URGENT, Notice

# Markdown punctuation that could turn article text into markup, links, code or directives.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:$])")
# What GitHub-flavoured Markdown turns into links by itself: scheme://, www. and e-mail addresses.
# It does so on the parsed text, after escapes, so backslashes cannot stop it; a word joiner
# (invisible, never a line break) inside the pattern does.
_AUTOLINK = re.compile(r"(?i)\b(?:https?|ftp):(?=//)|\bwww(?=\.)|(?<=[-.\w+])(?=@)")
_JOINER = "\u2060"
# Phone numbers in a notice ("911", "116 123"): bold, so they stand out of the sentence.
_PHONE = re.compile(r"\b\d{3}(?: \d{3})?\b")


@dataclass(frozen=True)
class Level:
    """How a care notice level looks: the page and the terminal share these words."""

    tag: str  # short name in front of an earlier question in the history
    title: str  # the call to action that heads the notice
    icon: str  # read out by screen readers as "<name> icon", so the names are plain words
    colour: str  # a Streamlit Markdown colour, matching the alert the page shows


LEVELS = {
    EMERGENCY: Level("Emergency", "Call an emergency number now", ":material/emergency:", "red"),
    URGENT: Level("See a doctor today", "See a doctor today", ":material/warning:", "orange"),
    SOON: Level("See a doctor soon", "See a doctor soon", ":material/stethoscope:", "blue"),
}
# A level triage may add later still gets a notice rather than a crash.
_OTHER = Level("Medical advice", "Ask a doctor about this", ":material/stethoscope:", "blue")
# A person in crisis is better served by a crisis line than by "call an emergency number" alone.
_RULE_TITLES = {"suicide_self_harm": "Call a crisis line or an emergency number now"}


def level(notice: Notice) -> Level:
    return LEVELS.get(notice.level, _OTHER)


def notice_title(notice: Notice) -> str:
    return _RULE_TITLES.get(notice.rule, level(notice).title)


def notice_markdown(notice: Notice) -> str:
    return _PHONE.sub(r"**\g<0>**", escape(notice.message))


def history_label(answer: Answer) -> str:
    """An earlier question's label: a notice keeps its level in front, as a badge in the level's
    colour, for someone scrolling back."""
    if answer.urgent is None:
        return escape(answer.question)
    shown = level(answer.urgent)
    return f":{shown.colour}-badge[{shown.icon} {shown.tag}] {escape(answer.question)}"


def when_drawn(selector: str, action: str) -> str:
    """A script that runs `action` on the element `selector` once Streamlit has drawn it (it draws
    after the script is placed, and offers no call of its own for focus or scrolling)."""
    return f"""<script>
(() => {{
  let tries = 0;
  const go = () => {{
    const el = document.querySelector({selector!r});
    if (el) {{ {action} return; }}
    if (++tries < 40) setTimeout(go, 50);
  }};
  go();
}})();
</script>"""


def live_message(answer: Answer) -> str:
    """What a screen reader is told when an answer arrives: the notice first, then the answer."""
    parts = [f"{notice_title(answer.urgent)}." if answer.urgent is not None else ""]
    if answer.found and answer.sentences:
        parts.append(f"Answer: {' '.join(s.shown for s in answer.sentences)}")
    else:
        parts.append(answer.message or "No single sentence answers this; see the passages.")
    return " ".join(p for p in parts if p)


def repaired_note(answer: Answer) -> str:
    """Plain text: "Searched for “twitching” (you typed “twich”)." """
    pairs = [f"“{searched}” (you typed “{typed}”)" for typed, searched in answer.repaired]
    return f"Searched for {', '.join(pairs)}." if pairs else ""


def escape(text: str) -> str:
    """Text shown literally by st.markdown: `<script>` stays visible text, `**x**` stays stars."""
    # Entities first: `<` never reaches the renderer as a tag opener, only as a character.
    entities = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", unlinked(entities)).replace("\n", "  \n")


def unlinked(text: str) -> str:
    """`text` with every would-be automatic link broken by an invisible word joiner: links on the
    page come only from an article's front-matter url, never from what its text says."""
    return _AUTOLINK.sub(lambda m: m.group(0) + _JOINER, text)


def anchor(rank: int) -> str:
    return f"passage-{rank}"


def answer_markdown(answer: Answer, *, links: bool = True) -> str:
    """Answer sentences, each followed by [n], a link to its passage further down the page."""
    def cite(n: int) -> str:
        return f"[**\\[{n}\\]**](#{anchor(n)})" if links else f"**\\[{n}\\]**"

    return " ".join(f"{'**' + escape(s.context) + ':** ' if s.context else ''}{escape(s.shown)} {cite(s.cite)}"
                    for s in answer.sentences)


def passage_markdown(answer: Answer, hit: Hit) -> str:
    """The passage text with the sentences used in the answer highlighted."""
    text = hit.chunk.text
    parts: list[str] = []
    pos = 0
    for start, end in answer.highlights(hit.rank):
        parts.append(escape(text[pos:start]))
        parts.append(f":orange-background[**{escape(text[start:end])}**]")
        pos = end
    parts.append(escape(text[pos:]))
    return "".join(parts)


def passage_heading(hit: Hit) -> str:
    return f"\\[{hit.rank}\\] {escape(hit.doc.title)}"


def safe_url(url: str | None) -> str | None:
    """Only plain web links become clickable; `javascript:` and the like never do."""
    if not url:
        return None
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc or any(c in url for c in "<>\"' ()"):
        return None
    return url.strip()


def source_caption(hit: Hit) -> str:
    """Where the passage comes from: file, section, page, author, dates, link and score. Plain
    text, not grey code, so it reads at full contrast."""
    parts = [escape(f"corpus/{hit.chunk.source}")]
    if hit.chunk.section:
        parts.append(f"section: {escape(hit.chunk.section)}")
    if hit.chunk.page is not None:
        parts.append(f"page {hit.chunk.page}")
    parts.extend(_doc_facts(hit.doc))
    parts.append(f"relevance {hit.score:.2f}")
    return " · ".join(parts)


def article_facts(doc: DocInfo) -> str:
    """The line under an article's title in the reader: file, author, dates and original link."""
    return " · ".join([escape(f"corpus/{doc.source}"), *_doc_facts(doc)])


def coverage_markdown(titles: list[str], total: int) -> str:
    """What the collection does cover, for a question it does not: its articles' titles."""
    lines = [f"- {escape(title)}" for title in titles]
    if total > len(titles):
        lines.append(f"- … and {total - len(titles)} more articles")
    return "\n".join(lines)


def _doc_facts(doc: DocInfo) -> list[str]:
    facts = []
    if doc.author:
        facts.append(f"by {escape(doc.author)}")
    if doc.published:
        facts.append(f"published {escape(doc.published)}")
    if doc.reviewed:
        facts.append(f"reviewed {escape(doc.reviewed)}")
    url = safe_url(doc.url)
    if url:
        # The domain is part of the link text, so a reader sees where a link goes before following it.
        facts.append(f"[original article at {escape(link_domain(url))}]({url})")
    return facts


def link_domain(url: str) -> str:
    """The host a link leads to, in ASCII (punycode), so a look-alike domain cannot pass for
    another: "https://user@www.Example.com:8080/x" → "www.example.com"."""
    host = (urlparse(url).hostname or "").rstrip(".")
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def article_meta(doc: DocInfo, chunks: int) -> str:
    """The line under an article's name in the collection list."""
    when = f", added {doc.ingested_at[:10]}" if doc.ingested_at else ""
    return f"{chunks} passages{escape(when)}"
