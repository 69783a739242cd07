"""Conditions named outright ("a blood clot", "sepsis", "diabetes"), and named events that are no report (a joke, one
long over): findings of the one triage lexicon."""

from __future__ import annotations

# Named conditions: an affirmed mention ("I think I'm having a heart attack") is a report.
CONDITIONS: dict[str, str] = {
    "heart_attack_named": r"heart attack|cardiac arrest|angina attack|myocardial infarction",
    "stroke_named": r"(having|had|has|is having|am i having|could (this|it) be|might be|think (its|it is|he|she|"
                    r"i|hes|shes|im) (\w+ )?(having|had)?) ?a (mini[- ])?stroke\b|\btia\b|"
                    # "I have stroke symptoms", "dad is showing signs of a stroke": told, not asked
                    r"(having|has|got|showing|shows|(?<!could\si\s)(?<!can\si\s)(?<!do\si\s)(?<!would\si\s)(?<!might\si\s)"
                    r"(?<!may\si\s)(?<!does\s)(?<!\bwith\s)have) (all )?(the )?(classic |obvious )?(stroke (signs|symptoms)|"
                    r"(signs|symptoms) of (a )?stroke)",
    "anaphylaxis_named": r"anaphyla\w*|allergic reaction|used (my|his|her|the|an) (epi ?pen|adrenaline)",
    "sepsis_named": r"sepsis|septic|blood poisoning",
    "meningitis_named": r"meningitis",
    "clot_named": r"blood clot|clot(?! bust)|dvt|deep vein|thrombosis",
    "cauda_named": r"cauda equina",
    "rhabdo_named": r"rhabdo\w*",
    "heat_stroke_named": r"heat ?stroke|sun ?stroke|heat exhaustion",
    "overdose_named": r"overdos\w*|od d|(?<!food\s)poison\w*",
    "toxic_drug": r"\bdnp\b|dinitrophenol",
    "sickle": r"sickle ?cell|sickler",
    # Cancer treatment that lowers the body's defences: a fever is an emergency.
    "chemo": r"chemo\w*|immunotherapy for|on treatment for (cancer|leukaemia|leukemia|lymphoma|myeloma)|neutropeni\w*|"
             r"nivolumab|pembrolizumab|ipilimumab|atezolizumab|durvalumab|avelumab|cemiplimab|opdivo|keytruda|"
             r"low white (blood )?(cell|count)",
    "diabetes": r"diabet\w*|sugar (patient|disease|diabetes)|type (1|one)|type1|t1d?m?\b|blood sugar|sugar (meter|level|levels|reading)|insulin|glucose|gliclazide|glimepiride|"
                r"glipizide|glibenclamide|metformin",
    # A named event in words that are not a report of it: a joke, or one that is over.
    "figurative_heart": r"(jok\w*|joke|laugh\w*|kidding) (\w+ ){0,4}(having|had|have) a (heart attack|stroke)|(gave|give|giving|gives|nearly|almost|going to|gonna) (me|him|her|us|them|you|my \w+|had)? ?a "
                        r"heart attack|heart attack (lol|haha|ha|inducing|risk|food|on a plate|waiting)|(nearly|almost|gonna|going to) "
                        r"(have |had |give (me|him|her) )?a stroke|"
                        # a reaction foretold to news: "my boss will have a heart attack if i phone in sick again" (set FP);
                        # not "hes going to have a heart attack if the ambulance doesnt hurry" (review)
                        r"\b(will|would) (literally |actually |probably |definitely )?have a (heart attack|stroke|fit) "
                        r"(if|when|once) (he|she|they|i|we|you|my \w+) (ever )?(sees?|saw|finds? out|found out|hears?|heard|"
                        r"knows?|knew|learns?|tell|phone|call|ring|buy|spend|get|skip|come out|open)\b",
    "past_event": r"(since|after) (my|his|her|their) (heart attack|stroke|mini stroke|tia|bypass|stent)|(after|following) (a|my|his|her|their) (heart attack|stroke|mini stroke) (\w+ ){0,2}(weeks|months|years) ago|(had|died of|died from) (a |his |her )?"
                  r"(heart attack|stroke) (\w+ ){0,2}at (the age of )?\d\d\b|(had|have|has) (a |his |her )?(small |minor |mild |big |major |massive |mini )?(heart attack|stroke|dvt|blood "
                  r"clot|clot) (\w+ ){0,2}"
                  r"(last (year|month|spring|summer|autumn|winter)|(\d+|a|two|three|four|five|six|ten) (years|yrs|months) ago|in (19|20)\d\d)|"
                  r"since (a|my|his|her|the) (dvt|blood clot|clot|pe|pulmonary embolism) (\w+ ){0,2}(years|months) ago|"
                  # "my aunt had a blood clot once after a flight" (set EI): "once" puts it in the past
                  # (a relative's, with nothing of it now: not "had a stroke once she woke up" or "once already and i
                  # think hes having one now"; found in review)
                  r"(aunt|uncle|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|cousin) (once )?had "
                  r"(a |an )?(\w+ )?(heart attack|stroke|dvt|blood clot|clot|pe|tia)( once)?\b(?! (more|again|already|she|he|they|"
                  r"we|i)\b)(?![^.?!]{0,80}\b(now|again|another|today|tonight|this (morning|afternoon|evening)|currently|"
                  r"happening)\b)|"
                  # a story that ended in hospital: "my friend had a clot after a flight and ended up in hospital"
                  r"(had|got) (a |an )?(\w+ )?(dvt|blood clot|clot|stroke|heart attack|pe)\b (\w+ ){0,8}and ended up in "
                  r"hospital|"
                  r"had (a |his |her )?(dvt|blood clot|clot|pe|stroke|heart attack) (\w+ ){0,2}(in|during|with|after) (my|his|her|their) "
                  r"(first|previous|earlier|last|other) (pregnancy|baby|labour|delivery)|"
                  r"(heart attack|stroke) (\w+ ){0,2}at (the age of )?\d\d\b|(my|his|her|their) "
                  r"(heart attack|stroke) (\w+ ){0,2}(in|last) (the )?(spring|summer|autumn|winter|year|month)",
}
