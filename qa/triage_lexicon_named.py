"""Conditions named outright ("a blood clot", "sepsis", "cauda equina"): findings of the one triage lexicon."""

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
}
