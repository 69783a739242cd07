"""Where a finding stands in a question, after NegEx/ConText: negated, asked about, past, or not a person's."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from qa.triage_clearance import settled
from qa.triage_scope_words import (
    ASKING,
    GENERIC_QUESTION,
    HYPOTHETICAL,
    NEGATION,
    NEGATION_AFTER,
    NEWS_STORY,
    NOT_A_PERSON,
    NOUN_FIRST_QUESTION,
    PAST,
    PAST_TERMINATOR,
    PEOPLE,
    PRESENT_ANCHOR,
    QUOTE_OWNED,
    QUOTED,
    REPORTING,
    SIGNS_ASKED_LAST,
    SUBJECT_DROPPED,
    TERMINATOR,
    TOPIC_SEARCH,
    USED_TO,
    USED_TO_END,
    VERSUS,
    VERSUS_ASKED,
    WHOLE_QUESTION_OTHER,
    WIDE_TERMINATOR,
)

# Trigger tables (NEGATION, NEGATION_AFTER and the scope words live in `triage_scope_words`), one regex each,
# over the normalised text (lower case, no apostrophes). A forward trigger governs the words after it up to a
# terminator or its window; a backward trigger the words before it; a sentence trigger the whole sentence.
# Said of the time before the symptom began, "fine" is no resolution: "one minute ago, before I was fine".
_BEFORE_IT = r"\b(before|until|till|up (un)?till|up to) (that|then|this|it)?,? ?$"
# Followed by what it is now, "fine" is how it was before, not that it passed: "monday i was fine now i can hardly
# get up the stairs", "she was fine, now she cant lift her arm" (set EX); a date alone tells neither ("he was
# fine after 10 minutes this morning", "at dinner he was fine": found in review).
_WAS_FINE = r"^((i|he|she|they|we) )?(was|were)\b"  # ("monday was fine now i can barely…", set FM)
_THEN_NOW = r"^,? ?(and |but )?(now (i|im|he|hes|she|shes|they|theyre|we|my|his|her|their|cant|can)\b|(then )?suddenly\b)"
_OWN_PEOPLE = (r"(now |then |also |and )?(my|our) (son|daughter|wife|husband|partner|mum|mom|dad|baby|child|kid|boy|girl|"
               r"brother|sister|grandma|grandad|granny|grandpa|nan|gran|friend|mate)s?\b")
# Each bout ending is no end to the bouts: "calf cramps most nights, sharp for a minute then gone".
_RECURRING = (r"\b((most|every|each|some) (nights?|days?|mornings?|evenings?|time)|whenever|keeps? (coming|happening|"
              r"getting)|(once|twice|\w+ times) a (night|day|week))\b")
_CRAMP_OR_TWITCH = r"\b(cramp\w*|twitch\w*|spasm\w*|jerk\w*)"
_CHEST = r"\b(chest|heart|breath\w*)"  # a chest pain's bouts are not read so
_BOUT_ENDS = r"^(then )?gone( (in|after|within) (a |\w+ )?(seconds?|secs?|minutes?|mins?|moment))?$"
# A resolution word after these is denied: "the pain hasnt settled", "it still isnt really gone away".
UNRESOLVED = r"\b(isnt|arent|wasnt|werent|hasnt|havent|hadnt|didnt|doesnt|dont|not|never|yet to)( (really|fully|completely|quite|totally))?( (has|have))? ?$"
# "…where a man had chest pain while im having chest pain that spreads to my jaw" (found in review)
_STORY_ENDS = re.compile(r",\s*|\s+(?:and|but|while|whilst|so)\s+|\s+(?=(?:my|i|im|ive|our|now|he|she|hes|shes)\s)")
_SAME_AS = r"\b(same|me too|like (him|her|them|that|theirs|his)|thats me|so (do|am|have) i|i (do|am|have) too)\b"
# Where a clause may begin: after a comma or an "and"/"but"; and a clause that goes on with the same subject.
_CLAUSE = re.compile(r",\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+")
_GOES_ON = re.compile(r"(?:it|its|is|isnt|was|wasnt|has|hasnt|had|keeps|kept|wont|cant|seems|looks|started|then|"
                      r"now (?:is|has|keeps|wont|cant)|\w+ing|\w+ed)\b")

NEGATION_WINDOW = 10  # words from a negation to the finding it governs ("no swelling, redness or heat")
ASKING_WINDOW = 12
RESOLVED_WINDOW = 12
PAST_WINDOW = 12
NEVER = r"(?!x)x"  # a terminator that never matches


def _question_form(sentence: str, asks: bool) -> bool:
    """Whether a sentence is put as a question: opened by a question word (unless it is a report with its
    subject dropped and no question mark), or asked with the thing first and a question mark."""
    if re.match(GENERIC_QUESTION, sentence):
        return asks or not re.match(SUBJECT_DROPPED, sentence)
    if re.fullmatch(TOPIC_SEARCH, sentence) or re.fullmatch(VERSUS_ASKED, sentence) or SIGNS_ASKED_LAST.fullmatch(sentence) or \
            (asks and re.fullmatch(VERSUS, sentence)):
        return True  # "sepsis symptoms", "stroke signs in women": typed as into a search box (set DF)
    return asks and re.match(NOUN_FIRST_QUESTION, sentence) is not None


@dataclass(frozen=True)
class Scopes:
    """Character ranges of one normalised question under each kind of modifier."""

    sentences: tuple[tuple[int, int], ...]
    negated: tuple[tuple[int, int], ...]
    asked: tuple[tuple[int, int], ...]
    past: tuple[tuple[int, int], ...]
    other: tuple[tuple[int, int], ...]
    resolved: tuple[tuple[int, int], ...] = ()  # "… and I feel fine now"
    settled: tuple[tuple[int, int], ...] = ()  # before "A&E did an ECG, all normal" (triage_clearance)
    quoted: tuple[tuple[int, int], ...] = ()  # after "your article says…"

    @property
    def starts(self) -> list[int]:
        return _starts(self.sentences)

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding `pos` (the one before it when `pos` falls between two)."""
        index = bisect.bisect_right(self.starts, pos) - 1
        return min(max(index, 0), len(self.sentences) - 1)

    def clause(self, text: str, pos: int) -> str:
        """The part of the sentence around `pos` between turns ("…for months, but this week…")."""
        start, end = self.sentences[self.sentence_of(pos)]
        cuts = [start, *(start + m.start() for m in re.finditer(WIDE_TERMINATOR, text[start:end])), end]
        lo = max(c for c in cuts if c <= pos)
        hi = min(c for c in cuts if c > pos) if any(c > pos for c in cuts) else end
        return text[lo:hi]

    def asked_at(self, pos: int) -> bool:
        return _inside(pos - 1, pos, self.asked)

    def denied(self, start: int, end: int) -> bool:
        """The finding at text[start:end] is negated ("no swelling", "the pain has gone")."""
        return _inside(start, end, self.negated) or _inside(start, end, self.resolved)

    def affirmed(self, start: int, end: int, *, at_end: bool = False, timeless: bool = False,
                 lasting: bool = False, background: bool = False, question_form: bool = False) -> bool:
        """The finding at text[start:end] is reported as happening now, to a person; with `at_end`,
        its last word must not be negated either; a `timeless` finding ("my last tetanus jab was
        25 years ago") is not put in the past by a date; a `lasting` one (an overdose, a blow to the
        head) is not undone by feeling fine since; nor is a `background` one (a baby, diabetes, a
        medicine) settled by a normal check; a `question_form` one is not asked away."""
        if at_end and (_inside(max(start, end - 1), end, self.negated) or
                       _inside(max(start, end - 1), end, self.asked)):
            return False
        scopes = [self.negated, self.other] if question_form else [self.negated, self.asked, self.other]
        if not timeless:
            scopes.append(self.past)
        if not background:
            scopes.append(self.quoted)
        if not lasting:
            scopes.append(self.resolved)
            if not background:
                scopes.append(self.settled)
        return not any(_inside(start, end, ranges) for ranges in scopes)


@lru_cache(maxsize=4096)
def _starts(sentences: tuple[tuple[int, int], ...]) -> list[int]:
    return [start for start, _ in sentences]


def _inside(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    # By where the finding starts: a scope cut by its window still governs the words it reaches.
    return any(lo <= start < hi for lo, hi in ranges)


def normalise(text: str) -> str:
    """Lower case, straight words: apostrophes dropped ("can't" -> "cant"), hyphens and symbols
    become spaces, so every table matches one spelling."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"(\w)'(\w)", r"\1\2", text).replace("'", " ")
    text = text.replace("&", " and ").replace("+", " and ")
    text = re.sub(r"\bcan ?not\b", "cant", text)
    # a bracket closes an aside: "(had a bypass years ago) called me because his foot suddenly hurts"
    text = re.sub(r"\s*\)\s*", ", ", text)
    text = re.sub(r"[^\w.,;!?\n ]+", " ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for match in re.finditer(r"(?:[!?;\n]|\.(?!\d))+", text):  # not the point of "38.5"
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return tuple(spans)


def _forward(text: str, trigger_end: int, stop: int, window: int, terminator: str = TERMINATOR) -> int:
    """End of a forward scope: the next terminator, the sentence end or `window` words on."""
    rest = text[trigger_end:stop]
    cut = re.search(terminator, rest)
    end = trigger_end + (cut.start() if cut else len(rest))
    words = list(re.finditer(r"\S+", text[trigger_end:end]))
    return trigger_end + words[window - 1].end() if len(words) > window else end


def _backward(text: str, trigger_start: int, start: int, window: int, terminator: str = TERMINATOR) -> int:
    before = text[start:trigger_start]
    cuts = list(re.finditer(terminator, before))
    begin = start + (cuts[-1].end() if cuts else 0)
    words = list(re.finditer(r"\S+", text[begin:trigger_start]))
    return begin + words[-window].start() if len(words) > window else begin


# A form's or checklist's answer at the end of a short line denies the line: "chest pain no", "fever: none".
_LINE_DENIAL = r"(?<!\bor )\b(no|none|nope|nil|negative|absent)\s*$"
_BARE_DENIAL = (r"(i|he|she|they|we) (havent|hasnt|dont|doesnt|didnt|have not|has not|do not|does not|did not)"
                r"( (had|got|have) (any|it|them|that))?|no|nope")


@lru_cache(maxsize=4096)
def scopes(text: str) -> Scopes:
    """ConText over a normalised question: which stretches are negated, asked about, past or not
    a person's own experience."""
    sents = sentences(text)
    negated: list[tuple[int, int]] = []
    resolved: list[tuple[int, int]] = []
    asked: list[tuple[int, int]] = []
    past: list[tuple[int, int]] = []
    other: list[tuple[int, int]] = []
    quoted: list[tuple[int, int]] = []
    if re.search(WHOLE_QUESTION_OTHER, text):
        other.append((0, len(text)))
    for i, (start, end) in enumerate(sents):
        for m in re.finditer(NEGATION, text[start:end]):
            # "without" governs its object, up to a comma: "without a helmet, hit his head".
            if m.group(0) == "without":
                negated.append((start + m.end(), _forward(text, start + m.end(), end, 5, TERMINATOR + "|,")))
            else:
                negated.append((start + m.end(), _forward(text, start + m.end(), end, NEGATION_WINDOW)))
        for m in re.finditer(NEGATION_AFTER, text[start:end]):
            if m.group(0).strip() != "gone" and re.search(UNRESOLVED, text[start:start + m.start()]):
                continue  # "hasnt settled" goes on; "the waters havent gone" is left to the negation
            if re.search(_BEFORE_IT, text[start:start + m.start()]):
                continue  # "before I was fine, now I vomit": how it was before, not that it passed
            if re.match(_WAS_FINE, m.group(0).strip()) and \
                    re.match(_THEN_NOW, ("now" if m.group(0).endswith("now") else "") + text[start + m.end():end]):
                continue
            if re.match(_BOUT_ENDS, m.group(0).strip()) and re.search(_RECURRING, text[start:start + m.start()]) \
                    and re.search(_CRAMP_OR_TWITCH, text[start:end]) and not re.search(_CHEST, text[start:end]):
                continue
            # Resolution reaches back over "but": "I was gasping, but my breathing was back to normal".
            resolved.append((_backward(text, start + m.start(), start, RESOLVED_WINDOW, NEVER), start + m.end()))
        strong = re.search(HYPOTHETICAL, text[start:end]) is not None
        for m in re.finditer(ASKING, text[start:end]):
            scope_end = _forward(text, start + m.end(), end, ASKING_WINDOW, WIDE_TERMINATOR)
            report = None if strong else re.search(REPORTING, text[start + m.end():scope_end])
            asked.append((start + m.end(), start + m.end() + report.start() if report else scope_end))
        owned = i + 1 < len(sents) and re.match(QUOTE_OWNED, text[end:sents[i + 1][1]]) is not None
        quoted += [(start + m.end(), _forward(text, start + m.end(), end, ASKING_WINDOW, WIDE_TERMINATOR))
                   for m in re.finditer(QUOTED, text[start:end]) if not owned]
        for m in re.finditer(PAST, text[start:end]):
            if re.search(r"(\b(started|began|start|begun|since|first|added|switched|put (me|him|her|them|us) on|up from|"
                         r"increased|raised|doubled|upped)\b( \w+){0,7}|"
                         r"\bfor( about| over| nearly| almost| around)?) ?$",
                         text[start:start + m.start()]):
                continue  # "started about a year ago" dates an onset: the thing goes on
            if re.match(r" or (so|two)\b", text[start + m.end():end]) and re.search(r",\s*$", text[start:start + m.start()]):
                continue  # "getting leg cramps, last month or so": how long it has gone on (set FC), not "had a fit last year or so"
            if re.search(r"\b(compared (to|with)|than|versus|vs|unlike) ?$", text[start:start + m.start()]):
                continue  # "compared to last year I'm always thirsty": a comparison, not a date
            if re.search(r"\b(last|previous|only) (tetanus (jab|shot|booster|injection|vaccine)|jab|booster)\b( \w+){0,5} ?$",
                         text[start:start + m.start()]):
                continue  # "trod on a rusty screw, last tetanus shot 20 years ago": it dates the jab (set DD)
            if re.search(r"\b(thinks?|thought|believes?|convinced|insists?|says?|said) (that )?(it is|its|it was|we are|were in) ?$",
                         text[start:start + m.start()]):
                continue  # "she thinks its 1970": a belief (often the confusion itself), not a date
            # Past reaches both ways ("had a stroke 8 years ago"), but not over "and now"; nor over
            # an "and" whose clause is dated to the present ("menopause 3 years ago and had some
            # spotting this week").
            forward = _forward(text, start + m.end(), end, PAST_WINDOW, PAST_TERMINATOR)
            if re.match(PRESENT_ANCHOR, text[forward:end]):
                clause = text.rfind(" and ", start + m.end(), forward)
                forward = clause if clause >= 0 else forward
            past.append((_backward(text, start + m.start(), start, PAST_WINDOW, WIDE_TERMINATOR), forward))
        for m in re.finditer(USED_TO, text[start:end]):
            # "I used to get cramps as a kid": what follows is the past, not what came before it
            # ("my arch has flattened, it used to match the left").
            past.append((start + m.end(), _forward(text, start + m.end(), end, PAST_WINDOW, USED_TO_END)))
        animal = re.search(NOT_A_PERSON, text[start:end])
        if animal:
            # "all 3 of us woke up with headaches, my son threw up and the dog is floppy": people first,
            # then a pet or a screen in a clause of its own; the people's words stay theirs (set DD).
            clause = max(text.rfind(", ", start, start + animal.start()), text.rfind(" and ", start, start + animal.start()))
            people = clause > start and re.search(PEOPLE, text[start:clause]) is not None
            if people:  # and only to the end of the pet's own clause ("…the dog is floppy and my wife wont wake up"),
                # with what it goes on to do without a new subject ("the dog collapsed and is not breathing"); a
                # "he" or "she" after it may be the person, and is read as theirs (found in review)
                back = next((m.start() for m in _CLAUSE.finditer(text, start + animal.end(), end)
                             if not _GOES_ON.match(text, m.end(), end)), end)
                other.append((clause, back))
            else:  # to the end of the sentence, or to a clause of the writer's own family or friend after it
                # ("the news said a runner collapsed and my son just collapsed too")
                back = next((m.start() for m in _CLAUSE.finditer(text, start + animal.end(), end)
                             if re.match(_OWN_PEOPLE, text[m.end():end])), end)
                other.append((start, back))
        elif _question_form(text[start:end].strip(), text[end:end + 1] == "?") and not re.search(REPORTING, text[start:end]):
            # "is chest pain ever caused by anxiety?": a question with no person in it asks about
            # a finding, whatever follows the question word.
            asked.append((start, end))
        news = None if animal else re.search(NEWS_STORY, text[start:end])
        if news:  # to the end of the story's clause: what follows may be the writer's own ("…had a heart attack,
            # crushing chest pain radiating to my jaw right now": found in review)
            back = next((m.start() for m in _STORY_ENDS.finditer(text, start + news.end(), end)), end)
            if not re.search(_SAME_AS, text[back:end]):  # "…where a man was suicidal, i feel the same way"
                other.append((start + news.start(), back))
        if re.search(_LINE_DENIAL, text[start:end]) and len(text[start:end].split()) <= 8:
            negated.append((start, end))
        # "…asking me whether I've had any numbness down there. I haven't.": a bare answer denies
        # what the sentence before it asked.
        if i and re.fullmatch(_BARE_DENIAL, text[start:end].strip(" .!")) and \
                re.search(r"\b(whether|if|any)\b", text[sents[i - 1][0]:sents[i - 1][1]]):
            negated.append(sents[i - 1])
    return Scopes(sents, tuple(negated), tuple(asked), tuple(past), tuple(other), tuple(resolved),
                  settled(text, sents), tuple(quoted))
