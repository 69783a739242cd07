"""Red-flag triage of a question, before any retrieval: a care notice in three levels (pure logic).

Modelled on the NHS "when to get help" cards. Each rule is a row of RULES: a level, the message
shown, and patterns over the lower-cased question. A match preceded in its clause by a negation
("no chest pain", "I'm not short of breath") does not count. The most severe match wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EMERGENCY, URGENT, SOON = "emergency", "urgent", "soon"
SEVERITY = {EMERGENCY: 3, URGENT: 2, SOON: 1}

CALL_NOW = ("Call your local emergency number now (for example 911 in the US and Canada, 112 in "
            "the EU, 999 in the UK, 000 in Australia).")
CRISIS = ("If you are thinking about suicide or harming yourself, you are not alone: call or text "
          "988 in the US, call Samaritans on 116 123 in the UK and Ireland, or your local "
          "emergency number or crisis line now.")
TODAY = "See a doctor today, or call your local urgent care or non-emergency medical line."
SOON_TEXT = "Make an appointment with a doctor soon, within the next week or two."

# Words that, shortly before a match in the same clause, mean the person does NOT have it.
_NEGATION = re.compile(r"\b(no|not|never|without|none|nor|denies|deny|isn'?t|aren'?t|wasn'?t|"
                       r"don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|free of|rule out|ruled out)\b")
_CLAUSE_END = re.compile(r"[.;!?]|,\s*(but|and|though|however)\b|\bbut\b|\bhowever\b|\bthough\b")
NEGATION_WINDOW = 6  # words before a match searched for a negation
END_WINDOW = 4  # words before a match's last word ("no weakness or numbness")

_CALF = r"(calf|calves|leg|legs|shin|lower leg|thigh)"
_N = r"(?:\w+\W+){0,5}?"  # up to five words in between
_LONG = (r"(1[1-9]|[2-9]\d|\d{3,}|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|sixty|"
         r"half an|quarter of an|an|one|two|three|several|many)")
_TWITCH = r"(twitch\w*|twich\w*|twtich\w*|fascicul\w*|jump\w*|flicker\w*|spasm\w*|tic\b|tics\b)"
_CRAMP = r"(cramp\w*|charley horse)"


@dataclass(frozen=True)
class Rule:
    name: str
    level: str
    message: str
    patterns: tuple[str, ...]
    # Look for a negation before the match's last word too ("no weakness or numbness"); off for
    # rules whose own words negate ("better off without me", "don't want to live").
    end_negation: bool = True


RULES: tuple[Rule, ...] = (
    Rule("stroke", EMERGENCY,
         f"Face drooping, arm weakness or trouble speaking can be signs of a stroke. {CALL_NOW}",
         (r"(face|mouth|smile)\W+(\w+\W+){0,4}(droop\w*|drooping|drop\w*|lopsided|numb|fall\w*)",
          r"droop\w*\W+(\w+\W+){0,3}(face|mouth|side|eye)",
          r"(slurr\w*|garbled|jumbled)\W+(\w+\W+){0,2}(speech|words|talk\w*)|(speech|words)\W+"
          r"(\w+\W+){0,3}slurr\w*|can'?t (speak|talk|get (my|the) words out)|trouble (speaking|talking)",
          r"(sudden\w*|suddenly)\W+(\w+\W+){0,4}(weak|numb|can'?t (lift|move|raise))\w*\W+(\w+\W+){0,4}"
          r"(arm|hand|one side|face)",
          r"can'?t (lift|raise|move) (my|one|his|her) (arm|hand)",
          r"(arm|hand|one side|face)\W+(\w+\W+){0,2}(is|feels|went|goes|has gone|suddenly|now)\W+"
          r"(\w+\W+){0,1}(weak|numb|heavy|floppy|dead)\b",
          r"(speech|voice|talking|words)\W+(\w+\W+){0,2}(sounds?|is|are|came out|coming out)\W+"
          r"(\w+\W+){0,1}(funny|strange|weird|slurred|odd|wrong|garbled|muddled|jumbled|mumbled|nonsense)",
          r"(arm|hand)\W+(\w+\W+){0,2}(keeps? )?(dropping|drops|drifting|drifts|falling|falls) "
          r"(down|when|as)",
          r"(having|is this|could (this|it) be|might be|am i having|is (he|she) having) a "
          r"(mini[- ])?stroke\b")),
    Rule("chest_pain", EMERGENCY,
         f"Chest pain can be a sign of a heart attack. {CALL_NOW}",
         (r"chest (pain|pains|hurts?|hurting|tightness|pressure|ache|aching|is (tight|hurting|heavy))",
          r"(pain|pressure|tightness|ache|crushing|squeezing|heavy|heaviness)\w*\W+(\w+\W+){0,3}"
          r"(in|across|on) (the (middle|centre|center) of )?(my|the|his|her) chest", r"heart attack")),
    Rule("breathing", EMERGENCY,
         f"Severe trouble breathing needs help straight away. {CALL_NOW}",
         (r"can'?t (catch my|get my|draw) breath|can'?t breathe|cannot breathe|unable to breathe",
          r"(trouble|difficulty|struggling|struggle|hard|problems?) (with |to )?breath\w*",
          r"wheez\w*|can (hardly|barely|only just) breathe|throat\W+(\w+\W+){0,4}(closing|swelling|"
          r"swollen|tight)",
          r"short(ness)? of breath|out of breath (at rest|sitting|lying)|gasping( for air)?|"
          r"breathless\w*|choking|lips (are )?(turning )?blue")),
    Rule("collapse_seizure", EMERGENCY,
         f"Someone who has collapsed, is unconscious or is having a seizure needs help now. {CALL_NOW}",
         (r"\b(collaps\w*(?! (arch|arches|foot|feet))|passed out|pass(ing)? out|fainted|unconscious|"
          r"unresponsive|won'?t wake|can'?t wake|blacked out|keeled over|foaming at the mouth|"
          r"(fell|dropped|went down) (to|on) the (floor|ground))\b",
          r"\b(seizure|seizures|seizing|convuls\w*|fitting|(having|had|has) a fit)\b",
          r"\b(not|isn'?t|wasn'?t|stopped) (responding|breathing)\b")),
    Rule("overdose_poison", EMERGENCY,
         f"An overdose or poisoning needs help now, even if there are no symptoms yet. {CALL_NOW} "
         f"Keep the packet or bottle to show the emergency services.",
         (r"overdos\w*", r"poison\w*", r"took (a|an|the)? ?(whole|entire|full|lot of|handful|bottle|box|"
          r"packet|too many|double)\W+(\w+\W+){0,3}(pills|tablets|capsules|medicine|meds|bottle)",
          r"too many (of (my|his|her|their|the) )?(\w+ )?(pills|tablets|capsules|sleeping pills|painkillers)",
          r"(swallowed|drank|drunk|ingested|ate|eaten)\W+(\w+\W+){0,4}(bleach|antifreeze|detergent|cleaner|"
          r"pills|battery|batteries|chemical|weedkiller|weed killer|pesticide|insecticide|rat poison|"
          r"paraffin|petrol|lamp oil|berries)",
          r"(swallowed|took|taken|had)\W+(about|around|over|nearly|almost)?\W*(\d{2,}|a dozen|dozens|"
          r"twenty|thirty|fifty)\W+(\w+\W+){0,3}(pills|tablets|capsules)",
          r"(toddler|child|kid|baby|son|daughter|grandson|granddaughter)\W+(\w+\W+){0,8}(swallowed|ate|eaten|"
          r"drank|got into)\W+(\w+\W+){0,5}(pills?|tablets?|capsules|medicine|meds|pill box|bottle)",
          r"(swallowed|ate|took) (some|a few|several|a handful|most|all) of (his|her|their|someone'?s|"
          r"\w+'s) (\w+ )?(pills|tablets|capsules|medicine|meds)",
          r"(swallowed|took|taken|eaten|ate)\W+(a load of|loads of|a lot of|lots of|all (of )?(my|the|his|"
          r"her|their)|the whole|a whole|a handful of)\W+(\w+\W+){0,2}(pills|tablets|capsules|paracetamol|"
          r"acetaminophen|ibuprofen|aspirin|medicine|meds|painkillers|sleeping pills)",
          r"(packet|bottle|box|blister pack) (is|was) (now )?empty")),
    Rule("suicide_self_harm", EMERGENCY, CRISIS,
         # ("doing suicides" at practice is a running drill)
         (r"\b((?<!do )(?<!doing )(?<!run )(?<!ran )suicid\w*|kill (myself|me)|end (my|it) (life|all)|"
          r"end(ing)? it( all)?$|end(ing)? it all|"
          r"ending my life|take my (own )?life)\b",
          r"\b(self[- ]?harm\w*|hurt(ing)? myself|cut(ting)? myself|harm myself)\b",
          r"(don'?t|do not|no longer) (want to|wanna) (live|be alive|be here|wake up)",
          r"(no|don'?t see (the|any)) (point|reason) (in|to)? ?(living|live|going on|being alive)",
          r"better off (dead|without me)"), end_negation=False),
    Rule("dvt_calf", URGENT,
         "A swollen, red, warm or painful calf, especially in one leg, can be a blood clot (DVT). "
         f"{TODAY} If you are also short of breath or have chest pain, {CALL_NOW[0].lower()}"
         f"{CALL_NOW[1:]}",
         (rf"{_CALF}\W+{_N}\b(swollen|swelling|swell\w*|puffy|red|redness|hot|warm to the touch|"
          rf"warm and|inflamed|discolou?red)\b",
          rf"\b(swollen|swelling|puffy|red|hot|warm|inflamed)\W+{_N}{_CALF}",
          rf"{_CALF}\W+{_N}(throbbing|tender|painful to (the )?touch|sore to (the )?touch)",
          r"(pain|ache|aching|throbbing)\w*\W+(\w+\W+){0,2}(in )?(only )?one (calf|leg)\b",
          r"(one|my|his|her|left|right) (calf|leg|ankle) (is|looks|has got|got) (much |a lot |way )?"
          r"(fatter|bigger|thicker|larger|wider) than the other",
          r"(blood clot|clot|dvt|deep vein)")),
    Rule("long_cramp", URGENT,
         f"A cramp that lasts more than 10 minutes is not a usual cramp. {TODAY}",
         (rf"{_CRAMP}\W+(\w+\W+){{0,14}}({_LONG}) ?(minutes|mins|hours?|hrs?)\b",
          rf"({_LONG}) ?(minutes|mins|hours?|hrs?)\W+(\w+\W+){{0,6}}{_CRAMP}",
          rf"{_CRAMP}\W+(\w+\W+){{0,6}}(won'?t|will not|doesn'?t|does not|not) (go away|stop|let go|ease|"
          r"release|relax)\W+(\w+\W+){0,4}(hour|half|ages|long|forever)")),
    Rule("worsening_weakness", URGENT,
         f"Muscle weakness that is getting worse needs to be checked quickly. {TODAY}",
         (r"(weak|weakness)\w*\W+(\w+\W+){0,5}(getting|gets|got|is|keeps) (worse|weaker)",
          r"(getting|growing|becoming) (weaker|more and more weak)|weaker and weaker|"
          r"(worsening|increasing|progressive|spreading) (muscle )?weakness",
          r"(legs?|arms?|hands?) (keep|keeps|are|is) giving (way|out)",
          r"(keep|keeps|am|is|are|been) (losing|lost) (my |their |his |her )?strength|"
          r"(harder|more difficult) (and harder )?(every (day|week) )?to (get up|stand|walk|climb|lift)|"
          r"every (day|week|month) it'?s harder")),
    Rule("tetanus_wound", URGENT,
         "Muscle spasms or stiffness after a wound can be tetanus, which needs treatment quickly. "
         f"{TODAY}",
         (r"tetanus(?! (booster|shot|jab|vaccin\w*|injection|is up to date))|lockjaw|lock jaw|"
          r"(jaw|neck)\W+(\w+\W+){0,3}(stiff\w*|lock\w*|tight\w*|clench\w*)",
          rf"(nail|rusty|wound|\bcut (?!back|down|out)|puncture|bite|bitten|splinter|gash|thorn|barbed wire|"
          rf"stepped on|trod on|stood on)\W*(\w+\W+){{0,30}}"
          rf"({_TWITCH}|stiff\w*)",
          rf"({_TWITCH}|stiff\w*)\W+(\w+\W+){{0,10}}(rusty nail|wound|puncture|bitten|dog bite|"
          rf"stepped on a)")),
    Rule("twitch_two_weeks", SOON,
         f"Twitching that has lasted more than two weeks is worth a check-up. {SOON_TEXT}",
         (rf"{_TWITCH}\W+(\w+\W+){{0,8}}(for|over|more than|past|last|since)\W+(\w+\W+){{0,2}}"
          r"(two|2|three|3|four|4|five|5|six|6|several|many|few|couple of)\W+(weeks|months)",
          rf"{_TWITCH}\W+(\w+\W+){{0,8}}(for|over|past|since|last) (about |around |nearly |almost |over |"
          r"more than )?(a|one|several|many|a few|the last)? ?(month|months|year|years)\b",
          rf"(weeks|months|a month|a year) (of|with) (\w+ ){{0,3}}{_TWITCH}")),
    Rule("twitch_spreading", SOON,
         f"Twitching that spreads to several parts of the body is worth a check-up. {SOON_TEXT}",
         (rf"{_TWITCH}\W+(\w+\W+){{0,6}}(spread\w*|moving|moved|all over|everywhere|(in|to) (other|"
          r"several|many|different) (places|muscles|parts))",
          rf"(spread\w*|all over (my|the) body|everywhere)\W+(\w+\W+){{0,6}}{_TWITCH}",
          rf"{_TWITCH}\W+(\w+\W+){{0,12}}(now|also|too|as well)\W+(\w+\W+){{0,6}}(arms?|back|face|hands?|"
          r"tongue|chest|shoulders?|stomach|other leg|both legs)\b",
          rf"{_TWITCH}\W+(\w+\W+){{0,4}}around (my|the|his|her) body",
          rf"\b(now|also)\W+(\w+\W+){{0,3}}{_TWITCH}\W+(\w+\W+){{0,3}}(in|on) (my|his|her|the) (arms?|back|"
          r"face|hands?|tongue|chest|shoulders?|stomach|other leg|both legs)\b")),
    Rule("twitch_with_symptoms", SOON,
         "Twitching with weakness, muscle wasting, numbness or stiffness should be checked. "
         f"{SOON_TEXT}",
         (rf"{_TWITCH}\W+(\w+\W+){{0,10}}(weak\w*|wast\w*|shrink\w*|smaller|thinner|numb\w*|tingl\w*|"
          r"pins and needles|stiff\w*|atroph\w*|losing (muscle|strength))",
          # ("spinal muscular atrophy and twitching" names a disease, not a symptom: no atroph here)
          rf"\b(weak\w*|wast\w*|shrink\w*|numb\w*|stiff\w*|thinner|smaller)\W+(\w+\W+){{0,10}}{_TWITCH}")),
)


@dataclass(frozen=True)
class Notice:
    level: str
    rule: str
    message: str


def _normalise(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("`", "'").split())


def _negated(text: str, start: int, window: int = NEGATION_WINDOW) -> bool:
    clause = _CLAUSE_END.split(text[:start])[-1]
    words = clause.split()[-window:]
    return bool(_NEGATION.search(" ".join(words)))


def _match_negated(text: str, match: re.Match[str], at_end: bool) -> bool:
    """Negated at its start ("no chest pain") or right before its last word ("twitching, no
    weakness or numbness"); "don't see the point in living" keeps its own "don't" far enough away."""
    last_word = match.start() + max(match.group(0).rstrip().rfind(" ") + 1, 0)
    return _negated(text, match.start()) or (at_end and _negated(text, last_word, window=END_WINDOW))


def matching_rules(question: str) -> list[Rule]:
    """Every rule with a match in the question that is not negated."""
    text = _normalise(question)
    fired = []
    for rule in RULES:
        for pattern in rule.patterns:
            if any(not _match_negated(text, m, rule.end_negation) for m in re.finditer(pattern, text)):
                fired.append(rule)
                break
    return fired


def triage(question: str) -> Notice | None:
    """The most severe care notice the question calls for, or None for an ordinary question."""
    fired = matching_rules(question)
    if not fired:
        return None
    rule = max(fired, key=lambda r: SEVERITY[r.level])
    return Notice(rule.level, rule.name, rule.message)
