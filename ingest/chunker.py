"""Sentence-aware chunking sized with the model's own tokenizer, so the model never truncates a chunk."""

from __future__ import annotations

import bisect
import re
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from index.embedder import embedding_text
from index.types import Chunk
from ingest.clean import CleanText
from ingest.sentences import split_spans

TokenCounter = Callable[[Sequence[str]], list[int]]
_WORD = re.compile(r"\S+")
# 2: a sentence may start with any non-lower-case character ("<", "(")
# 3: a byline is not a section heading; a section path keeps its last three headings
CHUNKER_VERSION = 3
MAX_SECTION_DEPTH = 3
SECTION_SEP = " › "
# A word piece of the model is at most a few characters, but a "word" the tokenizer cannot split
# (10 MB without a space) is one [UNK] token: sizes are also bounded in characters, so no passage
# is longer than this many characters per token of the model's limit. Prose never comes near it
# (160 words are about 1,000 characters), so normal text is chunked exactly as before.
CHARS_PER_TOKEN = 10
# A "word" longer than half a passage is cut into pieces of this many characters (the bundled
# model's tokenizer reads no word longer than 100 characters anyway: it becomes [UNK]).
WORD_PIECE_CHARS = 100
# Characters the byline test may search in all (the whole text once per heading); past them it
# counts words once instead, since a text of many headings would make it quadratic.
BYLINE_SEARCH_BUDGET = 50_000_000


@dataclass(frozen=True)
class ChunkerConfig:
    """Chunk sizes; recorded in the manifest because changing them changes every chunk."""

    max_words: int = 160
    min_words: int = 25  # a section with fewer words of text joins the next one
    overlap: int = 1  # sentences repeated at the start of the next chunk of the same section
    max_tokens: int = 256  # the model's maximum sequence length, special tokens included
    version: int = CHUNKER_VERSION

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    heading: bool
    words: int
    tokens: int
    label: str | None = None


def chunk_text(
    source: str,
    title: str,
    clean: CleanText,
    count_tokens: TokenCounter,
    config: ChunkerConfig = ChunkerConfig(),
    page_starts: Sequence[int] | None = None,
) -> list[Chunk]:
    """Split a cleaned document into chunks that never cut a sentence (unless one sentence alone
    exceeds the model's limit) and whose embedding text fits in `config.max_tokens`."""
    text = clean.text
    specials = count_tokens([""])[0]
    max_chars = config.max_tokens * CHARS_PER_TOKEN
    units = _units(text, clean.headings, count_tokens, specials, config)
    labels = _labels(text, units, title)
    prefix_cache: dict[str | None, int] = {}

    def prefix_tokens(label: str | None) -> int:
        if label not in prefix_cache:
            prefix_cache[label] = count_tokens([embedding_text(title, label, "")])[0]
        return prefix_cache[label]

    groups: list[list[int]] = []
    current: list[int] = []
    def page_of(unit: _Unit) -> int | None:
        return bisect.bisect_right(page_starts, unit.start) if page_starts else None

    for i, unit in enumerate(units):
        body = sum(units[j].words for j in current if not units[j].heading)
        # A chunk never spans two pages, so the page it cites is exact.
        new_page = bool(current) and page_of(unit) != page_of(units[current[0]])
        new_section = unit.heading and body >= config.min_words and not units[current[-1]].heading
        if current and (new_page or new_section):
            groups.append(current)
            current = [i]
            continue
        label = labels[current[0]] if current else labels[i]
        tokens = prefix_tokens(label) + sum(units[j].tokens + 1 for j in current) + unit.tokens
        chars = unit.end - units[current[0]].start if current else 0
        if current and (body + unit.words > config.max_words or tokens > config.max_tokens
                        or chars > max_chars):
            groups.append(current)
            carry = [j for j in current[-config.overlap:] if not units[j].heading] if config.overlap else []
            carried = sum(units[j].tokens + 1 for j in carry) + unit.tokens + prefix_tokens(labels[i])
            fits = carried <= config.max_tokens and (not carry or unit.end - units[carry[0]].start <= max_chars)
            current = carry if not unit.heading and fits else []
        current.append(i)
    if current:
        groups.append(current)

    labelled = [replace(u, label=label) for u, label in zip(units, labels, strict=True)]
    chunks: list[Chunk] = []
    for group in _fit([[labelled[i] for i in g] for g in groups], text, title, count_tokens,
                      config.max_tokens, page_of):
        first, last = group[0], group[-1]
        chunks.append(Chunk(id=f"{source}#{len(chunks)}", source=source,
                            text=text[first.start:last.end], start=first.start, end=last.end,
                            section=first.label, page=page_of(first)))
    return chunks


def _units(text: str, headings: frozenset[int], count_tokens: TokenCounter, specials: int,
           config: ChunkerConfig) -> list[_Unit]:
    spans: list[tuple[int, int, bool]] = []
    pos = 0
    for line in text.split("\n"):
        if pos in headings:
            spans.append((pos, pos + len(line), True))
        else:
            spans.extend((s, e, False) for s, e in split_spans(text, pos, pos + len(line)))
        pos += len(line) + 1
    # One sentence longer than half the budget is cut at word boundaries: the only case where a
    # sentence is split, because the model would otherwise drop its end silently.
    limit = (config.max_tokens - specials) // 2
    char_limit = config.max_tokens * CHARS_PER_TOKEN // 2
    # A span too long in characters is cut without being tokenized whole first.
    counted = [(s, e) for s, e, _ in spans if e - s <= char_limit]
    counts = iter(count_tokens([text[s:e] for s, e in counted]) if counted else [])
    units: list[_Unit] = []
    for s, e, heading in spans:
        if e - s > char_limit:
            units.extend(_split_long(text, s, e, heading, count_tokens, specials, limit,
                                     config.max_words // 2, char_limit))
            continue
        count = next(counts)
        words = 0 if heading else len(text[s:e].split())
        if count - specials <= limit and words <= config.max_words:
            units.append(_Unit(s, e, heading, words, count - specials))
        else:
            units.extend(_split_long(text, s, e, heading, count_tokens, specials, limit,
                                     config.max_words // 2, char_limit))
    return units


def _split_long(text: str, start: int, end: int, heading: bool, count_tokens: TokenCounter,
                specials: int, limit: int, max_words: int, max_chars: int) -> list[_Unit]:
    words: list[tuple[int, int]] = []
    for match in _WORD.finditer(text, start, end):
        at, stop = match.span()
        if stop - at <= max_chars:
            words.append((at, stop))
        else:  # no passage may be one 10-million-character "word"
            words.extend((i, min(i + WORD_PIECE_CHARS, stop)) for i in range(at, stop, WORD_PIECE_CHARS))
    costs = [c - specials for c in count_tokens([text[s:e] for s, e in words])] if words else []
    pieces: list[_Unit] = []
    begin, tokens = 0, 0
    for i, cost in enumerate([*costs, limit + 1]):
        too_long = i < len(costs) and words[i][1] - words[begin][0] > max_chars
        if i == len(costs) or (i > begin and (tokens + cost > limit or i - begin >= max_words or too_long)):
            if i > begin:
                s, e = words[begin][0], words[i - 1][1]
                pieces.append(_Unit(s, e, heading, 0 if heading else i - begin, tokens))
            begin, tokens = i, 0
        tokens += min(cost, limit)  # a single monster "word" is left to the final fit check
    return pieces


def is_byline(line: str, text: str) -> bool:
    """A short line of capitalised names ("Marlene Alphonse") whose words the article never uses
    again: the author, not a section. A heading's words come back in its section ("Muscle
    Fatigue" before a paragraph about fatigue)."""
    words = line.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    rest = text.replace(line, " ").lower()
    return not any(re.search(rf"\b{re.escape(w.lower())}\b", rest) for w in words)


def _byline_test(text: str) -> Callable[[str], bool]:
    """is_byline(line, text), answered once per distinct line; past the search budget, from word
    counts made once (a search of the whole text for every heading would be quadratic)."""
    answers: dict[str, bool] = {}
    counts: dict[str, Counter[str]] = {}
    searched = 0

    def counted(line: str) -> bool:
        words = line.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
            return False
        if not counts:
            counts["words"] = Counter(re.findall(r"\w+", text.lower()))
            counts["lines"] = Counter(text.split("\n"))
        own = Counter(re.findall(r"\w+", line.lower()))
        copies = max(1, counts["lines"][line])
        return all(counts["words"][w.lower()] <= copies * own[w.lower()] for w in words)

    def cached(line: str) -> bool:
        nonlocal searched
        if line not in answers:
            searched += len(text)
            answers[line] = is_byline(line, text) if searched <= BYLINE_SEARCH_BUDGET else counted(line)
        return answers[line]

    return cached


def _labels(text: str, units: list[_Unit], title: str) -> list[str | None]:
    """The section label in effect at each unit: consecutive headings form a path."""
    byline = _byline_test(text)
    labels: list[str | None] = []
    path: list[str] = []
    previous_heading = False
    for unit in units:
        if unit.heading:
            heading = text[unit.start:unit.end].strip()
            if not previous_heading:
                path = []
            if heading != title and not byline(heading):
                path.append(heading)
        previous_heading = unit.heading
        # A breadcrumb of fifteen headings says less than its last three.
        labels.append(SECTION_SEP.join(path[-MAX_SECTION_DEPTH:]) if path else None)
    # A chunk that starts on a heading is labelled by the path its body will have.
    for i in range(len(units) - 2, -1, -1):
        if units[i].heading and units[i + 1].heading:
            labels[i] = labels[i + 1]
    return labels


def _fit(groups: list[list[_Unit]], text: str, title: str, count_tokens: TokenCounter,
         max_tokens: int, page_of: Callable[[_Unit], int | None]) -> list[list[_Unit]]:
    """Check each chunk's exact token count and move trailing units on until it fits.

    A single unit that still does not fit (a long title and section leave little room) is
    halved at a word boundary.
    """
    def fits(group: list[_Unit]) -> bool:
        body = text[group[0].start:group[-1].end]
        return count_tokens([embedding_text(title, group[0].label, body)])[0] <= max_tokens

    max_chars = max_tokens * CHARS_PER_TOKEN
    fitted: list[list[_Unit]] = []
    queue = deque(list(g) for g in groups)  # popped and pushed at the front: O(1) each
    while queue:
        group = queue.popleft()
        if len(group) > 1 and not fits(group):
            keep = _longest_fitting(group, fits)
            for spill in reversed(group[keep:]):  # the last unit first, as if popped one by one
                nxt = queue[0] if queue else None
                if nxt and nxt[0].start == spill.start:
                    continue  # the next chunk already opens with it (the overlap sentence)
                # (nor past the characters a chunk may hold: on text the units' own counts put far under what they
                # count together, carrying everything on grew each next chunk, and the counting with it)
                if (nxt and nxt[0].start > spill.start and nxt[0].label == spill.label
                        and page_of(nxt[0]) == page_of(spill) and nxt[-1].end - spill.start <= max_chars):
                    nxt.insert(0, spill)
                else:  # never carried across a section or page boundary
                    queue.appendleft([spill])
            group = group[:keep]
        while not fits(group):  # one unit the model reads as more than it takes
            halves = _halve(text, group[0])
            if halves is None:
                raise ValueError(f"the title and section alone exceed {max_tokens} tokens")
            group = [halves[0]]
            queue.appendleft([halves[1]])
        fitted.append(group)
    return fitted


def _longest_fitting(group: list[_Unit], fits: Callable[[list[_Unit]], bool]) -> int:
    """How many leading units of a group that does not fit do (at least one), by bisection: a longer text never
    counts fewer tokens. Dropping one unit at a time re-counted the whole chunk for each, which took minutes on a
    36 KB file of tiny sentences ("Dr. ? ! ...") the units' own counts put far under what they count together."""
    low, high = 1, len(group)  # group[:high] does not fit; group[:low] is the fallback
    while high - low > 1:
        middle = (low + high) // 2
        if fits(group[:middle]):
            low = middle
        else:
            high = middle
    return low


def _halve(text: str, unit: _Unit) -> tuple[_Unit, _Unit] | None:
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[unit.start:unit.end])]
    if len(words) < 2:
        # One word the model reads as many pieces ("!!!!…"): cut it in the middle.
        if unit.end - unit.start < 2 or len(words) == 0:
            return None
        mid = (unit.end - unit.start) // 2
        return (replace(unit, end=unit.start + mid, tokens=unit.tokens // 2),
                replace(unit, start=unit.start + mid, tokens=unit.tokens - unit.tokens // 2))
    mid = len(words) // 2
    first_end, second_start = unit.start + words[mid - 1][1], unit.start + words[mid][0]
    count = 0 if unit.heading else mid
    return (replace(unit, end=first_end, words=count, tokens=unit.tokens // 2),
            replace(unit, start=second_start, words=(0 if unit.heading else len(words) - mid),
                    tokens=unit.tokens - unit.tokens // 2))
