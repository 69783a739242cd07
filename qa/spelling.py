"""The typos retrieval repaired, as words a person can read: "twich" searched as "twitching"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from qa.question import TYPED_WORD


def repaired_words(question: str, corrections: Sequence[tuple[str, str]],
                   texts: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """Each repaired word as typed and as the passages spell it, for a "searched for" note.

    Retrieval repairs stems ("twich" -> "twitch"); a stem is no word to show, so the word shown is
    the first in the passages with that stem. A repair with no such word in them is not shown.
    """
    from index.lexical import tokenize

    if not corrections:
        return ()
    typed_words = TYPED_WORD.findall(question)
    words = [w for text in texts for w in TYPED_WORD.findall(text)]
    out: list[tuple[str, str]] = []
    for typed_stem, fixed_stem in corrections:
        typed = next((w for w in typed_words if tokenize(w) == [typed_stem]), None)
        shown = _spelt(words, [fixed_stem])
        if typed is not None and shown is not None:
            out.append((typed, shown))
    return tuple(out)


def respelt(question: str, repaired: Sequence[tuple[str, str]]) -> str:
    """The question with each repaired word as the passages spell it ("what does calf fasiculation mean" ->
    "…calf fasciculation…"), so the term it asks about is found where a passage defines it."""
    for typed, shown in repaired:
        question = re.sub(rf"(?<![\w'’-]){re.escape(typed)}(?![\w'’-])", shown, question)
    return question


def _spelt(words: Sequence[str], stems: list[str]) -> str | None:
    """The first of the passages' words with these stems, lower case unless an acronym ("ALS")."""
    from index.lexical import tokenize

    shown = next((w for w in words if tokenize(w) == stems), None)
    return shown if shown is None or shown.isupper() else shown.lower()


def joined_words(joins: Sequence[tuple[str, str]], repaired: Sequence[tuple[str, str]],
                 texts: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """The words a dictation split ("ham string") as typed and as searched, ahead of the typos
    repaired; a joined word that was itself repaired ("sigh attica" -> "sighattica" -> "sciatica")
    is shown once, as typed and as finally searched, and as the passages spell it ("a l s": "ALS")."""
    from index.lexical import tokenize

    if not joins:
        return tuple(repaired)
    fixes = dict(repaired)
    words = [w for text in texts for w in TYPED_WORD.findall(text)]
    out: list[tuple[str, str]] = []
    for typed, joined in joins:
        searched = fixes.pop(joined, joined)
        shown = _spelt(words, tokenize(searched))
        out.append((typed, shown if shown is not None else searched if searched.isupper() else searched.lower()))
    return (*out, *fixes.items())
