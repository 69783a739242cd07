"""Typos folded into the words triage looks for: a table of known ones and one edit from a keyword."""

from __future__ import annotations

import re
from functools import lru_cache

from index.english import english_words

# Typos seen in how people type symptoms: folded into the canonical word before matching.
# One edit away from these words (seven letters or more) counts as the word itself.
KEYWORDS = ("breathing", "breathe", "twitching", "twitches", "swallowed", "seizure", "numbness",
            "swollen", "swelling", "unconscious", "tablets", "paracetamol", "ibuprofen", "collapsed",
            "tingling", "weakness", "urinate", "bleeding", "meningitis", "diarrhoea", "diarrhea",
            "vomiting", "dehydrated", "confused", "drooping", "slurred", "tetanus", "suicidal",
            "breathless", "tightness", "pressure", "sweating", "spreading", "radiating", "shoulder",
            "overdose", "poisoned", "headache", "temperature", "unresponsive", "paralysed", "fainted",
            "crushing", "squeezing", "stiffness", "cramping", "spasming", "throbbing", "painful",
            "anaphylaxis", "allergic", "swallowing", "feverish", "shivering", "bottom", "genitals",
            "bladder", "sciatica", "incontinent", "muscles", "urine", "stomach", "weaker", "getting")
_TYPOS = {"cant": "cant", "brething": "breathing", "breating": "breathing", "breth": "breath",
          "breath": "breath", "twiching": "twitching", "twitchin": "twitching", "twitchng": "twitching",
          "musle": "muscle", "musles": "muscles", "calfs": "calves", "calve": "calf", "numbe": "numb",
          "chesst": "chest",
          "ches": "chest", "cheast": "chest", "legg": "leg", "swolen": "swollen", "sweling": "swelling",
          "seizur": "seizure", "siezure": "seizure", "cramps": "cramps", "pils": "pills", "tabs": "tablets",
          "tabelts": "tablets", "tablest": "tablets",
          "wierd": "weird", "couldnt": "couldnt", "arm": "arm", "tounge": "tongue", "diarea": "diarrhoea",
          "diarrea": "diarrhoea", "diahorrea": "diarrhoea", "diarhea": "diarrhoea", "temprature": "temperature",
          "temperture": "temperature", "u": "you", "ur": "your", "im": "im", "pee": "pee", "bc": "because",
          "pls": "please", "thru": "through", "wiggly": "wiggly", "urin": "urine", "blured": "blurred",
          "paralized": "paralysed", "unconcious": "unconscious", "concious": "conscious",
          # abbreviations of time typed in a hurry ("3 wks now")
          "wks": "weeks", "wk": "week", "mths": "months", "mnths": "months", "mos": "months", "yrs": "years",
          "hrs": "hours", "mins": "minutes", "tonite": "tonight", "nite": "night",
          "nites": "nights"}


@lru_cache(maxsize=1)
def _deletes() -> dict[str, str]:
    """Every keyword with one letter deleted, pointing back to it (SymSpell's trick: two words one
    edit apart share a one-deletion form)."""
    table: dict[str, str] = {}
    for word in KEYWORDS:
        table.setdefault(word, word)
        for i in range(len(word)):
            table.setdefault(word[:i] + word[i + 1:], word)
    return table


def correct_word(word: str) -> str:
    if word in _TYPOS:
        return _TYPOS[word]
    if len(word) < 7:
        return word
    # A real word is no typo of a keyword one letter longer or shorter: "rushing" is no "crushing".
    hit = _deletes().get(word)
    if hit is not None:
        return word if hit != word and _everyday(word) else hit
    if _everyday(word):
        return word
    for i in range(len(word)):
        hit = _deletes().get(word[:i] + word[i + 1:])
        # A letter missed or doubled, not changed: "dropping" must not become "drooping".
        if hit is not None and len(hit) != len(word):
            return hit
    return word


def _everyday(word: str) -> bool:
    return word in english_words()


# Words dictated or typed as their sound-alikes: a heel as "heal" (after "the", "my" or a side it is the noun,
# never the verb), "passed out" as "past out".
_HEAL = re.compile(r"\b(the|my|his|her|your|their|left|right|sore|cracked) heal(s?)\b")
_PAST_OUT = re.compile(r"\b(i|he|she|they|we|nearly|almost|then|and|had) past out\b(?! of\b)")
# "struggling 2 breathe" (set FG): "2" for "to" only before these verbs, never as a count
_TWO = re.compile(r"\b2 (breathe|breath|swallow|speak|talk|walk|stand|move|wake)\b")


def correct_typos(text: str) -> str:
    text = _TWO.sub(r"to \1", _PAST_OUT.sub(r"\1 passed out", _HEAL.sub(r"\1 heel\2", text)))
    return re.sub(r"[a-z]+", lambda m: correct_word(m.group(0)), text)
