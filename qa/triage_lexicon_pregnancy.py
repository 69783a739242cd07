"""Findings of pregnancy and the weeks after birth, told in everyday words (part of the one lexicon)."""

from __future__ import annotations

# Same conventions as `triage_lexicon.FINDINGS`; whether the person is pregnant ("pregnant") stays there,
# as many rules elsewhere read it.
PREGNANCY_FINDINGS: dict[str, str] = {
    "waters": r"waters (\w+ ){0,2}(broken|broke|gone|went|go|breaking|leaking)|(gush|trickl\w*|leak\w*) (\w+ ){0,3}(of )?(clear )?water (\w+ ){0,3}(down|from|out)|water (\w+ ){0,3}down (my|her) legs|(gush|trickle|trickling|leaking|leak) (\w+ ){0,2}"
              r"(of )?(clear )?fluid|fluid (\w+ ){0,3}(trickling|leaking|gushing)",
    "itch_palms": r"itch\w* (\w+ ){0,3}(palms|soles|hands and feet|hands|feet)|(palms|soles|hands and feet) (\w+ ){0,10}"
                  r"itch\w*|scratching (\w+ ){0,5}(hands|feet|palms|soles)",
    "fewer_movements": r"(cant|cannot|couldnt|not) feel (him|her|them|the baby|baby|my baby) (\w+ ){0,2}(kick\w*|mov\w*)|(only|just) felt (a |one |two )?(couple of |few )?(little |small )?(movements|kicks)|(barely|hardly|not|havent|hasnt) felt (anything|him|her|the baby|baby|it|much|any kicks|any movements?) (\w+ ){0,3}"
                       r"(move|moving|kick\w*|today|all day|since)|(barely|hardly) felt anything|(baby|he|she) (has |had |have )?(barely|hardly) (moved|kicked|been moving|been kicking)|baby (\w+ ){0,4}(not|hasnt|isnt|stopped|less|quieter) (\w+ ){0,3}(moving|moved|kicking|kicked|movements|"
                       r"as much|active|kicks|than (normal|usual))|(fewer|less|reduced|quieter|no) (\w+ ){0,2}(movements|kicks)|(movements|kicking) "
                       r"(\w+ ){0,3}(slowed|less|reduced|stopped|changed)|"
                       r"baby (\w+ ){0,3}(moving|kicking) (\w+ ){0,2}(less|much less|a lot less|way less) than (usual|normal)",
    # A cord or a loop felt or seen after the waters go (cord prolapse), told by what is felt.
    "cord_felt": r"(something|a loop|loop|the cord|cord|umbilical cord) (\w+ ){0,4}(hanging|coming|sticking|poking|"
                 r"slipping|slipped) (down|out|through)|(feels|felt|like) a (\w+ )?loop|can (see|feel) (the )?(umbilical )?cord",
    # Hands or fingers swelling, told by the rings ("rings dont fit"): with a headache in pregnancy, pre-eclampsia.
    "hand_swelling": r"(hands?|fingers?) (\w+ ){0,4}(swell\w*|swollen|puff\w*)|(swollen|puffy) (\w+ )?(hands?|fingers)|"
                     r"rings? (\w+ ){0,3}(dont|doesnt|do not|does not|wont|will not|cant|cannot|no longer) (\w+ )?"
                     r"(fit|come off|go on|get off)|(cant|cannot|couldnt) get (\w+ ){0,2}rings? (off|on)",
    # A womb that goes hard and stays hard, rather than tightening and easing (a placental abruption).
    "hard_bump": r"(bump|belly|tummy|stomach|womb|uterus) (\w+ ){0,3}(rock hard|hard as (a )?(rock|board|wood|"
                 r"stone)|(stayed|stays|staying|still|is still) (rock )?hard|gone hard and)",
}
