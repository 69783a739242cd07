"""Words a dictation or an unsure speller split apart, joined back: "ham string" -> "hamstring", "a l s" -> "als",
"fibro-myalgia" -> "fibromyalgia"; texting spellings written out ("nite" -> "night") are reported the same way."""

from __future__ import annotations

import re
from typing import Protocol

from index.english import english_stems
from index.lexical import tokenize
from index.synonyms import known_word

# Words with only a space or a hyphen between them: a comma or a full stop means two words were meant.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # "you're" is one word, not "you" and "re"
MIN_JOINED = 5  # "a l s" (spelt letters) aside, a joined word this short is too likely a chance match
SHORT_PART = 3  # a first part this short carries no meaning of its own ("a trophy", "bo tox", "dis trophy")


# Spellings of texting, too short for the typo repair (which leaves words under five letters alone): "leg
# twitching worse at nite" was refused as about a word no article uses (fresh61). Only words that carry meaning
# (the frame words, "wat", "thru", are stop words in `index.lexical`), and never a capitalised one ("PLS" is
# primary lateral sclerosis).
TEXTSPEAK = {"nite": "night", "nites": "nights", "tonite": "tonight", "ppl": "people", "mins": "minutes",
             "hrs": "hours", "wks": "weeks", "yrs": "years"}


class Vocabulary(Protocol):
    def __contains__(self, stem: object) -> bool: ...

    def sounds_like(self, stem: str) -> str | None: ...


def rejoin(text: str, vocabulary: Vocabulary) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`text` with split words joined, and each join as (as typed, as joined).

    Speech-to-text writes a word it does not know as words it does: "spinal muscular a trophy",
    "my ham string", "bo tox", "sigh attica", and spells letters out ("a l s"). Two neighbours are
    joined only where the joined word is one of the collection's (or a typo of one) and the second
    alone is not: "leg cramp" stays, as does "over weight" where the collection knows "weight".
    """
    words = list(_WORD.finditer(text))
    joins: list[tuple[int, int, str]] = []  # (start, end, joined) in `text`
    i = 0
    while i < len(words):
        run = _letter_run(text, words, i)
        if run > 1:
            joined = "".join(w.group() for w in words[i:i + run])
            stem = _stem(joined)
            # spelt letters are an abbreviation: the collection's own ("a l s") or one the synonym table
            # knows ("m s", for passages that only write "multiple sclerosis")
            if stem is not None and (stem in vocabulary or known_word(stem)):
                joins.append((words[i].start(), words[i + run - 1].end(), joined))
                i += run
                continue
        if i + 1 < len(words) and _adjacent(text, words[i], words[i + 1]) \
                and _joins(words[i].group(), words[i + 1].group(), vocabulary):
            joins.append((words[i].start(), words[i + 1].end(), words[i].group() + words[i + 1].group()))
            i += 2
            continue
        spoken = TEXTSPEAK.get(words[i].group()) if words[i].group().islower() else None
        if spoken is not None:
            joins.append((words[i].start(), words[i].end(), spoken))
        i += 1
    if not joins:
        return text, ()
    out, at = [], 0
    for start, end, joined in joins:
        out += [text[at:start], joined]
        at = end
    out.append(text[at:])
    return "".join(out), tuple((text[start:end], joined) for start, end, joined in joins)


def _stem(word: str) -> str | None:
    stems = tokenize(word)
    return stems[0] if len(stems) == 1 else None


def _adjacent(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    return text[a.end():b.start()] in (" ", "-")


def _letter_run(text: str, words: list[re.Match[str]], i: int) -> int:
    """How many single letters, one space apart, start at word `i`."""
    n = 0
    while i + n < len(words) and len(words[i + n].group()) == 1 \
            and (n == 0 or _adjacent(text, words[i + n - 1], words[i + n])):
        n += 1
    return n


def _joins(first: str, second: str, vocabulary: Vocabulary) -> bool:
    joined = _stem(first + second)
    if joined is None or len(first) + len(second) < MIN_JOINED or "'" in first + second or "’" in first + second:
        return False
    # The second part is a word of its own the collection never uses: no stop word ("a long",
    # "for my"), no word it has ("over weight").
    second_stem = _stem(second)
    if second_stem is None or second_stem in vocabulary or len(second) < SHORT_PART:
        return False
    first_stem = _stem(first)
    if first_stem is not None and first_stem in vocabulary and len(first) > SHORT_PART:
        return False
    target = joined if joined in vocabulary else vocabulary.sounds_like(joined)
    # A word common enough to be one of the model's whole words ("along", "attire") is one a
    # dictation knows and would not have split.
    return target is not None and target not in english_stems()

