"""Red-flag triage of a question: its findings, the rules they meet, and the care notice (pure logic).

Modelled on the NHS "when to get help" cards. A question is normalised and its typos folded
(`triage_lexicon`), every finding it mentions is found and kept only when it is affirmed — not
negated, not asked about, not in the past, not a pet's or a TV character's (`triage_context`) —
and each rule of `triage_rules` fires when one of its combinations of findings is all there.
Beside the table, `triage_semantic` reads the question's vector with a classifier trained on the
labelled sets, for the descriptions no table foresees. The most severe level wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from qa.triage_anchors import Anchors, candidates, index
from qa.triage_classes import (
    ACUTE_ONLY,
    ASKING_IS_THE_SIGN,
    BACKGROUND,
    CANCELS,
    CLOSE_NEGATION,
    CONTEXT_ONLY,
    END_ASKED,
    END_CHECKED,
    EVERYDAY,
    FIGURATIVE,
    GRADUAL,
    LASTING,
    NEAR_NEGATION,
    QUESTION_FORM,
    STROKE_SIGNS,
    SUBACUTE,
    TIMELESS,
)
from qa.triage_combos import combo_fires, parts
from qa.triage_context import Scopes, normalise, scopes
from qa.triage_lexicon import compiled, loose
from qa.triage_patterns import PATTERNS, SITES
from qa.triage_rules import CALL_NOW, CRISIS, EMERGENCY, SEVERITY, SOON, TODAY, URGENT, Rule
from qa.triage_rules import RULES as _CORE_RULES
from qa.triage_rules_aftercare import AFTERCARE_RULES
from qa.triage_rules_checkup import CHECKUP_RULES
from qa.triage_rules_general import GENERAL_RULES
from qa.triage_rules_head import HEAD_RULES
from qa.triage_rules_injury import INJURY_RULES
from qa.triage_rules_labs import LAB_RULES
from qa.triage_rules_pregnancy import PREGNANCY_RULES
from qa.triage_rules_soon import SOON_RULES
from qa.triage_scope_words import CLEARED, EPISODE, NOT_A_TIA
from qa.triage_typos import correct_typos

RULES = (_CORE_RULES + CHECKUP_RULES + GENERAL_RULES + PREGNANCY_RULES + SOON_RULES + AFTERCARE_RULES  # one table,
         + HEAD_RULES + LAB_RULES + INJURY_RULES)  # nine files

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from qa.triage_semantic import LearnedTriage

__all__ = ["CALL_NOW", "CRISIS", "EMERGENCY", "RULES", "SEVERITY", "SOON", "TODAY", "URGENT", "Notice",
           "Rule", "findings", "matching_rules", "triage"]

@dataclass(frozen=True)
class Notice:
    level: str
    rule: str
    message: str
    source: str = "rules"  # "rules" (the table) or "similar" (the learned layer)


@lru_cache(maxsize=1)
def _matchers() -> dict[str, re.Pattern[str]]:
    return {**compiled(), **{name: re.compile(rf"\b(?:{loose(p)})\b") for name, p in PATTERNS.items()}}


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """`_matchers` in table order, indexed by place (built once, not per question)."""
    return tuple(_matchers().items())


@lru_cache(maxsize=1)
def _anchors() -> Anchors:
    return index([matcher.pattern for _, matcher in _table()])


def _candidates(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The findings that can match `text` at all, in table order: the others are never run."""
    table = _table()
    return [table[place] for place in candidates(_anchors(), text)]


_SITE_MATCHERS = {region: re.compile(rf"\b({pattern})\b") for region, pattern in SITES.items()}
# Triage reads what a question box accepts (qa.service caps questions at 2,000 characters).
MAX_CHARS = 2000
_WORDS = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=2048)
def _prepare(question: str, passed_too: bool = False
             ) -> tuple[str, Scopes, dict[str, tuple[tuple[int, int], ...]], frozenset[str]]:
    """The normalised question, its scopes, its affirmed findings and the findings it denies; with
    `passed_too`, findings said to have passed ("but it has gone now") count as affirmed."""
    text = correct_typos(normalise(question[:MAX_CHARS]))
    context = scopes(text)
    if passed_too:
        context = replace(context, resolved=())
    found: dict[str, tuple[tuple[int, int], ...]] = {}
    raw: dict[str, list[tuple[int, int]]] = {}  # every match, affirmed or not
    denied: set[str] = set()
    for name, matcher in _candidates(text):
        matches = raw[name] = [(m.start(), m.end()) for m in matcher.finditer(text)]
        spans = tuple((s, e) for s, e in matches
                      if context.affirmed(s, e, at_end=name in END_CHECKED, timeless=name in TIMELESS,
                                          lasting=name in LASTING, background=name in BACKGROUND,
                                          question_form=name in QUESTION_FORM)
                      and not (name in END_ASKED and context.asked_at(e)))
        if name in CLOSE_NEGATION and matches and not spans:
            # "no sleep for weeks, restless legs, thinking about ending things": a crisis is denied
            # only by a negation next to it ("no thoughts of ending it"), not by one a list away.
            unnegated = replace(context, negated=())
            spans = tuple((s, e) for s, e in matches if unnegated.affirmed(s, e, lasting=name in LASTING)
                          and not NEAR_NEGATION.search(text[max(0, s - 60):s]))
        if name in ASKING_IS_THE_SIGN and matches and not spans:
            plain = replace(context, asked=(), negated=())
            spans = tuple((s, e) for s, e in matches if plain.affirmed(s, e))
        if matches and not spans and name not in CONTEXT_ONLY and \
                all(context.denied(s, e) for s, e in matches):
            denied.add(name)
        if name in ACUTE_ONLY:
            gradual = (GRADUAL, SUBACUTE) if name in STROKE_SIGNS else (GRADUAL,)
            spans = tuple(span for span in spans
                          if not any(g.search(context.clause(text, span[0])) for g in gradual))
        if spans:
            found[name] = spans
    # A figurative or object use cancels where it stands, whatever its own scope ("the stock
    # market collapse is giving me a heart attack"): the words are not about a person's body.
    for cancelling, targets in CANCELS.items():
        for cancelled in (targets,) if isinstance(targets, str) else targets:
            if raw.get(cancelling) and cancelled in found:
                kept = tuple(span for span in found[cancelled]
                             if not any(lo <= span[0] < hi for lo, hi in raw[cancelling]))
                found = {**found, cancelled: kept} if kept else {k: v for k, v in found.items() if k != cancelled}
    # Weakness that has crept on over months is a check-up; worse by the day or the week, a visit today.
    if "worsening" in found:
        recent = tuple(span for span in found["worsening"] if not GRADUAL.search(context.clause(text, span[0])))
        if recent:
            found["worsening_recent"] = recent
    # A muscle that has visibly thinned has been weakening for weeks at least: a check-up, not today.
    if "wasting" in found:
        found = {k: v for k, v in found.items() if k not in ("worsening_recent", "worsening_weakness")}
    # Twitching named with three or more body regions has spread ("eyelid, calf, arms and tongue").
    # Twitching that started somewhere "back in March" and is now elsewhere has spread too.
    twitches = [(m.start(), m.end()) for m in _matchers()["twitch"].finditer(text)]
    if any(not context.denied(s, e) and not context.asked_at(s) for s, e in twitches):
        regions = {region for region, matcher in _SITE_MATCHERS.items()
                   if any(context.affirmed(m.start(), m.end(), timeless=True) for m in matcher.finditer(text))}
        if len(regions) >= 3:
            found["twitch_many_sites"] = tuple(twitches[:1])
    return text, context, found, frozenset(denied)


def findings(question: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """The affirmed findings of a question, by name, with their places in the normalised text."""
    return _prepare(question)[2]


def mentioned(question: str) -> frozenset[str]:
    """Findings the question's words name, affirmed or not ("what are the signs of a stroke")."""
    text = correct_typos(normalise(question[:MAX_CHARS]))
    return frozenset(name for name, matcher in _matchers().items()
                     if name not in CONTEXT_ONLY and matcher.search(text))


def matching_rules(question: str, rules: tuple[Rule, ...] | None = None, *, passed_too: bool = False) -> list[Rule]:
    """Every rule of the table (or of `rules`) met by the question's affirmed findings."""
    # (lru_cache keys `f(q)` and `f(q, False)` apart: the usual call keeps the usual key.)
    text, context, found, _ = _prepare(question, True) if passed_too else _prepare(question)
    table = RULES if rules is None else rules
    # Only rules with a combination whose first finding the question has can fire: looked up by
    # finding, not tried one by one (most of the 200 rules share nothing with a question).
    by_first = _BY_FIRST_FINDING if rules is None else _by_first_finding(table)
    candidates = sorted({place for name in found for place in by_first.get(name, ())})
    return [table[place] for place in candidates
            if any(combo_fires(combo, text, context, found, table[place].window) for combo in table[place].combos)]


def _by_first_finding(table: tuple[Rule, ...]) -> dict[str, tuple[int, ...]]:
    """For each finding, the places in `table` of the rules with a combination that starts with it."""
    places: dict[str, list[int]] = {}
    for place, rule in enumerate(table):
        for combo in rule.combos:
            places.setdefault(parts(combo)[1][0], []).append(place)
    return {name: tuple(dict.fromkeys(found)) for name, found in places.items()}


_BY_FIRST_FINDING = _by_first_finding(RULES)


# Chest pain of a heart attack can come and go: one that has passed still needs a doctor the same day
# ("I had crushing chest pain an hour ago but it has gone now" got no notice at all), unless a doctor
# has already looked ("A&E did an ECG and bloods, all normal"). Stroke signs that went away are a
# mini-stroke (TIA), which needs a doctor the same day too ("yesterday mum's arm and leg went weak and
# her speech was muddled for 10 min, then totally back to normal" got none); most such stories already
# keep the stroke notice, as the passing is read only where the question says it plainly.
_PASSED = {
    "heart_attack": Rule("passed_warning", URGENT,
                         f"Chest pain like this that has passed can come back: get checked today (call the "
                         f"emergency number at once if it returns). {TODAY}", ()),
    "stroke": Rule("passed_stroke", URGENT,
                   f"Stroke signs that went away can be a mini-stroke (TIA), a warning of a stroke to come: get "
                   f"checked today (call the emergency number at once if they come back). {TODAY}", ()),
}
_PASSED_STILL_URGENT = tuple(r for r in RULES if r.name in _PASSED)


def passed_warning(question: str) -> Rule | None:
    """The notice for heart-attack chest pain or stroke signs the question says have passed,
    unchecked; None when it tells of neither."""
    lowered = question.lower()
    if not _prepare(question)[1].resolved or CLEARED.search(lowered):
        return None  # nothing said to have passed (most questions): no second reading
    for rule in matching_rules(question, _PASSED_STILL_URGENT, passed_too=True):
        if rule.name != "stroke" or (EPISODE.search(lowered) and not NOT_A_TIA.search(lowered)):
            return _PASSED[rule.name]
    return None


def _learned_may_raise(question: str) -> bool:
    """Whether the classifier, which cannot read a "no", may raise the question's level: only when
    it reports a finding beyond the scene-setting ones (a site, a trigger, a named medicine) and
    does not list what the person lacks ("no weakness, no swelling, not spreading") more than what
    they have, nor use the alarming words in another sense ("I overdosed on Netflix")."""
    _, _, found, denied = _prepare(question)
    if any(name in found for name in FIGURATIVE):
        return False
    affirmed = [name for name in found if name not in CONTEXT_ONLY and name not in EVERYDAY]
    lacking = [name for name in denied if name not in EVERYDAY]
    return bool(affirmed) and not (len(lacking) >= 2 and len(lacking) >= len(affirmed))


def triage(question: str, vector: NDArray[np.float32] | None = None,
           learned: LearnedTriage | None = None) -> Notice | None:
    """The most severe care notice the question calls for, or None for an ordinary question.

    With the question's vector and the learned layer, a question the classifier is sure about
    is raised to its level (the table's notice stands when it is more severe), and the table's
    notice is withdrawn when the classifier is sure the question is ordinary (never a crisis one).
    """
    fired = matching_rules(question)
    best = max(fired, key=lambda r: SEVERITY[r.level]) if fired else None
    source = "rules"
    if vector is not None and learned is not None and len(set(_WORDS.findall(question.lower()))) >= 3:
        # (Too few distinct words — "b b b b b b" — and the vector means nothing to the classifier.)
        # It raises a level only for a question that reports some finding (one the table reads but
        # does not combine into a rule): held out over the blind sets A-Z, a question with none gave
        # it 1 catch and 5 false alarms ("how do I use the spacer with my brown inhaler").
        if _learned_may_raise(question):
            similar = learned.closest(vector)
            if similar is not None and (best is None or SEVERITY[similar.level] > SEVERITY[best.level]):
                best, source = similar, "similar"
        # Words the table reads as a red flag in a question the classifier is sure is ordinary
        # (an exam, a novel, a story of years ago) are not reported as happening. A crisis
        # notice is never silenced: one line about pills saved up can sit in a calm question.
        if best is not None and source == "rules" and not any(r.message == CRISIS for r in fired) \
                and learned.sure_ordinary(vector):
            best = None
    if best is None or SEVERITY[best.level] < SEVERITY[URGENT]:
        passed = passed_warning(question)
        if passed is not None:
            best, source = passed, "rules"
    if best is None:
        return None
    return Notice(best.level, best.name, best.message, source)
