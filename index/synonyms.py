"""Everyday ↔ clinical health vocabulary, so keyword search finds 'sciatica' for 'pinched nerve'.

Each group lists phrases a reader may use for the same thing. The table is general medical
vocabulary (consumer-health terms beside their clinical names), not tuned to one collection.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import lru_cache

from index.lexical import tokenize

GROUPS: tuple[tuple[str, ...], ...] = (
    # muscles and movement
    ("twitch", "twitching", "twitchy", "fasciculation", "fasciculations", "muscle jumping", "jumpy muscles",
     "muscles jumping", "muscles keep jumping", "muscle keeps jumping", "jumping muscles",
     "muscle flickering", "flickering", "flickers", "jerking", "jerks", "quivering", "fluttering",
     "jumping under the skin", "jumping under my skin", "flickering under the skin", "flickering under my skin"),
    ("cramp", "cramps", "crampy", "charley horse", "muscle spasm", "muscle spasms"),
    ("tremor", "tremors", "shaking", "shaky", "trembling", "wobbly", "wobble", "jittery", "jitters"),
    ("muscle wasting", "muscle atrophy", "atrophy", "loss of muscle size", "shrinking muscles",
     "muscle loss"),
    ("weakness", "weak muscles", "loss of strength", "feeble"),
    ("restless legs syndrome", "restless leg syndrome", "willis-ekbom disease", "urge to move legs"),
    ("amyotrophic lateral sclerosis", "als", "lou gehrig's disease", "lou gehrigs disease",
     "motor neuron disease", "motor neurone disease", "lou gehrig", "lou gehrigs", "mnd"),
    ("muscular dystrophy", "muscle-wasting disease"),
    ("myopathy", "muscle disease"),
    # nerves and sensation
    ("sciatica", "pinched nerve", "trapped nerve", "nerve pain down the leg", "compressed nerve"),
    ("peripheral neuropathy", "neuropathy", "nerve damage", "damaged nerves"),
    ("numbness", "numb", "pins and needles", "tingling", "loss of sensation", "change in sensation",
     "paraesthesia", "paresthesia", "paraesthesiae", "paresthesias"),
    ("multiple sclerosis", "ms", "demyelinating disease"),
    ("spinal muscular atrophy", "sma"),
    # feet and legs
    ("flat feet", "flat foot", "fallen arches", "collapsed arches", "pes planus", "pancake feet", "dropped arches"),
    ("podiatrist", "foot doctor", "foot specialist", "chiropodist"),
    ("orthotics", "orthotic", "orthoses", "orthosis", "foot orthoses", "shoe inserts", "arch supports", "insoles",
     "shoe insoles"),
    ("arch", "arches", "arch of the foot", "medial longitudinal arch", "longitudinal arch", "instep"),
    ("footwear", "shoes", "shoe", "trainers", "sneakers", "boots"),
    ("plantar fasciitis", "heel pain", "painful heel"),
    ("plantar", "sole of the foot", "sole of my foot", "soles of my feet", "bottom of the foot", "bottom of my foot",
     "bottom of my feet", "underside of the foot", "underside of my foot"),
    ("gait", "walking pattern", "walking style"),
    ("achilles tendon", "heel cord", "heel tendon", "back of the ankle", "back of my ankle", "back of the heel",
     "back of my heel"),
    ("hamstring", "back of the thigh", "back of my thigh"),
    ("calf", "calves", "lower leg muscle", "gastrocnemius", "soleus", "triceps surae", "gastrocs"),
    ("opposing muscle groups", "opposing muscles", "agonist and antagonist", "agonist-antagonist",
     "agonist antagonist", "agonists and antagonists"),
    ("range of motion", "rom", "flexibility", "mobility"),
    ("nerve cells", "neurons", "neurones", "neuronal", "neuron", "neurone"),
    ("motor neurons", "motor neurones", "nerve cells that control muscles"),
    ("claudication", "leg pain when walking", "leg pain while walking"),
    ("deep vein thrombosis", "dvt", "blood clot in the leg"),
    ("thrombosis", "blood clot", "clot"),
    ("edema", "oedema", "swelling", "fluid retention", "swollen"),
    # therapy and care
    ("physical therapist", "physiotherapist", "physio", "physical therapy", "physiotherapy"),
    ("analgesics", "painkillers", "pain killers", "pain relievers", "pain medication",
     "pain medicine", "pain pills", "ibuprofen", "paracetamol", "acetaminophen", "aspirin", "nsaids"),
    ("heat therapy", "hot pack", "hot packs", "heat pack", "heating pad", "warm compress",
     "hot water bottle", "heat", "warmth"),
    ("cold therapy", "cold compress", "ice pack", "icing"),
    ("diuretics", "diuretic", "water pills", "water tablets"),
    ("anticoagulants", "blood thinners"),
    ("corticosteroids", "steroids"),
    ("botulinum toxin", "botox", "botulinum", "btx"),
    ("self-limiting", "self limiting", "self-resolving", "resolves on its own", "goes away on its own",
     "go away on its own", "go away without any intervention", "without any intervention", "resolve spontaneously",
     "resolves spontaneously"),
    ("deconditioning", "deconditioned", "physical conditioning", "poor conditioning", "loss of fitness"),
    ("generalised", "generalized", "all over the body", "whole body", "widespread", "throughout the body"),
    ("prophylaxis", "prophylactic", "prevention", "preventive", "preventative"),
    ("idiopathic", "no known cause", "unknown cause", "no clear cause"),
    ("proprioception", "sense of position", "balance and coordination"),
    ("hypertonicity", "hypertonia", "muscle tightness", "tight muscles", "increased tightness", "tense muscles"),
    ("delayed onset muscle soreness", "doms", "post-exercise soreness", "muscle soreness after exercise"),
    ("massage", "rubbing the muscle", "rub"),
    ("exercise", "exercises", "workout", "working out", "training", "gym", "physical activity",
     "sport"),
    ("sedentary lifestyle", "sedentary", "couch potato", "inactive", "lack of exercise",
     "out of shape", "physical conditioning", "unfit", "sitting around", "inactivity", "couch", "sofa",
     "desk job", "sit at a desk", "sitting at a desk", "sat at a desk", "sit all day", "sitting all day"),
    ("overuse", "overexertion", "overdoing it", "overdo it", "strenuous activity"),
    ("prescription", "medication", "medications", "medicine", "medicines", "drugs", "pills", "tablet", "tablets"),
    ("overdose", "overdoses", "overdosing", "too much", "excess", "excessive amounts"),
    ("rehabilitation", "rehab"),
    ("inherited", "inherit", "hereditary", "genetic", "genetically", "runs in families", "passed down"),
    ("herbal remedies", "herbs", "herbal", "natural remedies", "herbal medicine"),
    ("sharps", "needles", "needle"),
    ("alcohol-based hand rub", "hand rub", "hand gel", "alcohol gel", "hand sanitiser", "hand sanitizer", "sanitiser",
     "sanitizer"),
    ("dispose", "disposal", "disposed", "discard", "discarded", "throw away", "thrown away"),
    ("precede", "precedes", "preceded", "comes first", "come first", "prior to"),
    ("annually", "every year"),
    ("endoscope", "endoscopes", "scope", "scopes", "colonoscope", "gastroscope", "bronchoscope", "camera tube",
     "camera down the throat", "camera down your throat"),
    # how a question asks for a classification: "the three kinds of muscle" is answered by "muscles can
    # be categorized…"
    ("benign", "harmless"),
    ("types", "kinds", "sorts", "categories", "categorized", "categorised", "classified", "classes of"),
    # body chemistry and nutrition
    ("electrolytes", "electrolyte", "body salts", "salts and minerals", "salts in your body",
     "salts in the body", "salt levels", "minerals", "mineral levels", "low minerals"),
    ("recovery", "recover", "recovering", "recuperate", "recuperation"),
    ("dehydration", "dehydrated", "not drinking enough water", "not enough fluids", "hydration", "hydrated"),
    ("stairs", "stair", "steps", "step", "staircase"),
    ("hypokalemia", "low potassium"),
    ("hypomagnesemia", "low magnesium"),
    ("hypocalcemia", "low calcium"),
    ("hypoglycemia", "low blood sugar"),
    ("hyperglycemia", "high blood sugar"),
    ("anemia", "anaemia", "low iron", "iron deficiency", "low blood count"),
    ("cobalamin", "cyanocobalamin", "methylcobalamin", "hydroxocobalamin", "b12"),
    ("nutritional deficiency", "nutritional deficiencies", "poor diet", "vitamin deficiency",
     "unhealthy diet", "improper food habits", "junk food", "fast food", "bad diet"),
    ("caffeine", "coffee", "energy drinks", "energy drink", "cola"),
    ("stimulants", "stimulant", "uppers"),
    ("alcohol", "booze", "alcoholic drinks", "beer", "beers", "heavy drinking", "binge drinking", "on the lash",
     "on the piss", "bevvies", "pints"),
    ("nicotine", "smoking", "smoke", "smoker", "cigarettes", "tobacco", "vaping"),
    # general clinical words
    ("hypertension", "high blood pressure"),
    ("hypotension", "low blood pressure"),
    ("myocardial infarction", "heart attack"),
    ("cerebrovascular accident", "stroke"),
    ("dyspnea", "shortness of breath", "breathlessness", "out of breath"),
    ("syncope", "fainting", "passing out", "blackout"),
    ("symptoms", "signs", "warning signs", "symptom", "sign"),
    ("fatigue", "tiredness", "exhaustion", "worn out", "tired", "fatigued", "exhausted", "knackered", "shattered",
     "wiped out", "done in", "pooped"),
    ("vaccination", "vaccinations", "vaccine", "vaccines", "vaccinated", "immunisation", "immunization", "jab", "jabs"),
    ("pyrexia", "fever", "high temperature"),
    # not "throwing up": with "up" a stop word it is "throw", and "throw away used needles" would ask about vomiting
    ("emesis", "vomiting", "vomit", "puking", "threw up"),
    ("nausea", "feeling sick", "queasy"),
    ("diarrhea", "diarrhoea", "loose stools"),
    ("pruritus", "itching", "itchy"),
    ("insomnia", "trouble sleeping", "can't sleep", "sleeplessness"),
    ("nocturnal", "at night", "night-time", "nighttime", "during sleep", "in bed"),
    ("anxiety", "stress", "worry", "worried"),
    ("renal", "kidney"),
    ("hepatic", "liver"),
    ("cardiac", "heart"),
    ("cirrhosis", "liver scarring"),
    # ("c diff" is left out: without its letter it is "diff", as in "what's the diff between…")
    ("clostridium difficile", "clostridioides difficile", "c. difficile", "c difficile", "cdiff"),
    ("dialysis", "kidney machine"),
    ("chemotherapy", "chemo"),
    ("healthcare professional", "doctor", "physician", "gp", "healthcare provider"),
    ("neurological", "nervous system", "brain and nerves", "nerve problem", "nerve problems", "nerve disorder",
     "nerve disorders", "nerve issue", "nerve issues"),
)


@lru_cache(maxsize=1)
def _stemmed_groups() -> list[list[tuple[str, ...]]]:
    return [[tuple(tokenize(p)) for p in group if tokenize(p)] for group in GROUPS]


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[int, int, tuple[str, ...]]]]:
    """(group, place in group, phrase) under each phrase's first word: a question is then
    matched by looking up its own words, not by scanning every phrase of the table."""
    index: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}
    for g, group in enumerate(_stemmed_groups()):
        for p, phrase in enumerate(group):
            index.setdefault(phrase[0], []).append((g, p, phrase))
    return index


@lru_cache(maxsize=1)
def _one_word_names() -> frozenset[str]:
    return frozenset(phrase[0] for group in _stemmed_groups() for phrase in group if len(phrase) == 1)


def known_word(stem: str) -> bool:
    """Whether the table names something by this one stem ("ms", "als", "dvt"): a word with a meaning here even
    where no passage spells it."""
    return stem in _one_word_names()


def matches(tokens: list[str]) -> list[tuple[tuple[str, ...], list[tuple[str, ...]]]]:
    """(the phrase found, every phrase of its group) for each term group the tokens mention;
    of several phrases of one group, the first in the table's order, groups in table order."""
    first: dict[int, int] = {}
    for g, p, _ in _occurrences(tokens):
        if g not in first or p < first[g]:
            first[g] = p
    groups = _stemmed_groups()
    return [(groups[g][first[g]], groups[g]) for g in sorted(first)]


def every_match(tokens: list[str]) -> list[tuple[tuple[str, ...], list[tuple[str, ...]]]]:
    """Like `matches`, but every phrase of a group the tokens hold ("arch" and "medial longitudinal arch")."""
    groups = _stemmed_groups()
    found = {(g, phrase) for g, _, phrase in _occurrences(tokens)}
    return [(phrase, groups[g]) for g, phrase in sorted(found)]


def _occurrences(tokens: list[str]) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(group, place in the group, phrase) for each phrase of the table that starts at some token."""
    lookup = _by_first_word()
    for i, token in enumerate(tokens):
        for g, p, phrase in lookup.get(token, ()):
            if tuple(tokens[i:i + len(phrase)]) == phrase:
                yield g, p, phrase


def naming(phrase: tuple[str, ...], group: list[tuple[str, ...]]) -> set[str]:
    """The stems that name a group `matches` found: its phrase, and each one-word name of the group,
    which later in the question is the same term again ("twitching… a jerk or a flicker")."""
    return {*phrase, *(other[0] for other in group if len(other) == 1)}


def stand_ins(tokens: list[str], unknown: set[str]) -> list[str]:
    """Stemmed words of the other names of each term the query names only in words no passage holds:
    "botulinum toxin" is found as "Botox" or not at all, so its other names stand in at full weight."""
    extra: list[str] = []
    present = set(tokens)
    for phrase, group in matches(tokens):
        if set(phrase) <= unknown:
            for other in group:
                extra.extend(t for t in other if t not in present and t not in unknown and t not in extra)
    return extra


def expand_tokens(tokens: list[str]) -> list[str]:
    """Stemmed words of the other names of every term group the query mentions.

    Matching is on stems, so "twitches", "twitching" and "twitched" all find the group of
    "fasciculation"; words already in the query are not repeated.
    """
    extra: list[str] = []
    present = set(tokens)
    for _, group in matches(tokens):
        for phrase in group:
            extra.extend(t for t in phrase if t not in present and t not in extra)
    return extra


@lru_cache(maxsize=1)
def _initialisms() -> dict[str, str]:
    """Each initialism of the table ("sma", "dvt", "mnd") and the phrase of its group it abbreviates."""
    spelled: dict[str, str] = {}
    for group in GROUPS:
        for phrase in group:
            words = re.findall(r"[a-z]+", phrase)
            initials = "".join(word[0] for word in words)
            if len(words) >= 2:
                for short in group:
                    if short == initials:
                        spelled.setdefault(short, phrase)
    return spelled


def spelled_out(text: str, spelt: Container[str] = ()) -> str:
    """The text with each initialism of the table that the passages never spell (not in `spelt`, their
    stems) followed by what it stands for ("SMA (spinal muscular atrophy)"): the embedding model barely knows
    "SMA" (a question about it sat at cosine 0.2 from the passage that defines it). One the passages use as
    such ("ALS") is found by its letters, and spelt out it drew every ALS question to the passage defining it."""
    spelled = _initialisms()

    def spell(match: re.Match[str]) -> str:
        if not match.group(0).isupper() and len(match.group(0)) < 3:  # "Ms Patel", "200 ms": no initialism
            return match.group(0)
        short = match.group(0).lower()
        phrase = spelled.get(short)
        return f"{match.group(0)} ({phrase})" if phrase and not any(stem in spelt for stem in tokenize(short)) \
            else match.group(0)

    return re.sub(r"\b[A-Za-z]{2,5}\b", spell, text)
