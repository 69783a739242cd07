"""Article file names: normalised before a file enters corpus/, and compared as a reader sees them."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from index.errors import DocumentError

MAX_NAME_BYTES = 255  # what ext4, APFS and NTFS allow for one path component
# Categories a file name never needs: controls (newline, tab), format characters (the
# bidirectional overrides U+202A-U+202E and U+2066-U+2069, zero-width joiners), line and paragraph
# separators, surrogates left by undecodable bytes, private-use and unassigned code points.
_REFUSED = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}
# Cyrillic and Greek letters drawn like Latin ones, after casefolding. Upper-case look-alikes are
# folded first, so "Н" (Cyrillic en) counts as "h" even though its lower case looks like "н".
_LOOKALIKES = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "н": "h", "і": "i",
    "ј": "j", "к": "k", "ӏ": "l", "м": "m", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s",
    "т": "t", "у": "y", "ү": "y", "х": "x", "ԝ": "w", "ɡ": "g",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "u", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ζ": "z", "ω": "w", "ϲ": "c", "ϳ": "j",
    # Latin letters that read as others
    "ı": "i", "ſ": "s",
})


def shown(text: str) -> str:
    """`text` safe for a one-line report: control and bidirectional characters become \\u escapes,
    so a name with a newline or a right-to-left override cannot split or reorder the line."""
    return "".join(f"\\u{ord(ch):04x}" if unicodedata.category(ch) in _REFUSED else ch for ch in text)


def normalise(name: str) -> str:
    """The name a file gets in corpus/: Unicode NFKC, refused when it cannot be shown honestly.

    Raises DocumentError (with the name escaped) for control or bidirectional characters, path
    separators, names that are empty or only dots, and names over 255 bytes in UTF-8.
    """
    label = shown(name)
    clean = unicodedata.normalize("NFKC", name)
    bad = sorted({f"U+{ord(ch):04X}" for ch in clean if unicodedata.category(ch) in _REFUSED})
    if bad:
        raise DocumentError(label, f"the file name holds control or bidirectional characters "
                                   f"({', '.join(bad)}); rename the file")
    if "/" in clean or "\\" in clean or "\0" in clean:
        raise DocumentError(label, "the file name holds a path separator; rename the file")
    if not clean.strip(". "):
        raise DocumentError(label, "the file name is empty; rename the file")
    if clean.startswith("."):  # hidden files in corpus/ are never indexed
        raise DocumentError(label, "the file name starts with a dot (a hidden file); rename the file")
    if clean != clean.strip():
        raise DocumentError(label, "the file name starts or ends with a space; rename the file")
    size = len(clean.encode("utf-8"))
    if size > MAX_NAME_BYTES:
        raise DocumentError(label, f"the file name is {size} bytes long, over the {MAX_NAME_BYTES} "
                                   f"a file system allows; rename the file")
    return clean


def fold(name: str) -> str:
    """The key two names share when a reader cannot tell them apart: NFKC, case and the
    Cyrillic/Greek look-alikes of Latin letters folded away; combining accents kept."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    # Decompose so "ё" and "ї" lose their marks only where the base letter is a look-alike.
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", folded).translate(_LOOKALIKES))


def look_alike(name: str, existing: Iterable[str]) -> str | None:
    """An existing name that reads the same as `name` but is spelled differently, or None."""
    key = fold(name)
    for other in existing:
        if other != name and fold(other) == key:
            return other
    return None
