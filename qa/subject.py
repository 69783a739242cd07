"""Whether a question is about something the collection never names: the absent word that carries its meaning."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.question import ASKING_STEMS

# Words of a question's frame ("how long", "is it ok", "any tips") and of who is asking ("my dad",
# "two years"): never what it is about, though a collection may not use them.
FRAME_STEMS = frozenset({"long", "ok", "okay", "get", "put", "thing", "stuff", "someth", "anyth", "way", "tip",
                         "idea", "question", "answer", "help", "info", "inform", "advic", "wonder", "guy", "lol",
                         "dad", "mum", "mom", "mam", "son", "daughter", "husband", "wife", "partner", "friend",
                         "brother", "sister", "grandma", "grandmoth", "grandad", "grandpa", "grandfath", "nan",
                         "nana", "granni", "kid", "child", "children", "babi", "boy", "girl", "man", "woman", "women",
                         "men", "uncl", "aunt", "aunti", "cousin", "colleagu", "boss", "teacher", "coach", "neighbour",
                         "neighbor", "famili", "parent", "mother", "father", "one", "two", "three", "four", "five",
                         "six", "seven", "eight", "nine", "ten",
                         # where a person looked it up, not what it is: "should I stop googling and see someone"
                         "googl", "internet", "onlin"})
_WORD = re.compile(r"[\w’'-]+")


def ablations(question: str, unknown: Sequence[str]) -> list[tuple[str, str]]:
    """For each stem of `unknown` (stems the collection never uses), the word as the person typed
    it and the question without it; frame words are left out."""
    return [(typed[0], _without(question, typed)) for typed in _typed(question, unknown)]


def together(question: str, unknown: Sequence[str]) -> tuple[tuple[str, ...], str] | None:
    """The absent words at once, and the question without all of them, when there are several:
    in "does tonic water with quinine stop night cramps?" each alone leaves the other to carry
    the question, but together they are what it asks about."""
    typed = _typed(question, unknown)
    if len(typed) < 2:
        return None
    return tuple(forms[0] for forms in typed), _without(question, [w for forms in typed for w in forms])


def _typed(question: str, unknown: Sequence[str]) -> list[list[str]]:
    """Per absent stem (frame words left out), every form of it the question holds."""
    from index.lexical import tokenize

    words = _WORD.findall(question)
    out = []
    for stem in unknown:
        if stem in FRAME_STEMS or stem in ASKING_STEMS:
            continue
        # a compound holds it too ("cholesterol-lowering" for "cholesterol"), and goes with it
        typed = list(dict.fromkeys(w for w in words if tokenize(w) == [stem] or ("-" in w and stem in tokenize(w))))
        if typed:
            out.append(typed)
    return out


def _without(question: str, words: Sequence[str]) -> str:
    rest = question
    for word in words:
        rest = re.sub(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", " ", rest)
    return " ".join(rest.split())


def missing_subject(candidates: Sequence[tuple[str, str]], cosines: Sequence[float], threshold: float) -> str | None:
    """The absent word the question is about, if any: the one whose removal moves the question's
    meaning most, when it moves it below `threshold` (cosine of the question with and without it).

    "Does quinine work for leg cramps at night?" without "quinine" is another question (0.84);
    "My dad has been on kidney dialysis… twitchy muscles" without "kidney" is the same one (0.99).
    """
    if not candidates:
        return None
    cosine, word = min(zip(cosines, (typed for typed, _ in candidates), strict=True))
    return word if cosine < threshold else None
