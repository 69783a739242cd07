"""Example presentations of each emergency, in many voices: training rows of the learned triage layer."""

from __future__ import annotations

# Written for triage, not copied from any labelled set: first and third person, a child, an older
# person, typos and run-on messages. bench/train_triage.py trains the learned layer on them (as
# emergencies) beside the labelled sets in tests/data.
EXEMPLARS: dict[str, tuple[str, ...]] = {
    "heart_attack": (
        "I have a crushing pain in the middle of my chest",
        "feels like a tight band round my chest and my left arm aches",
        "my husband is grey and sweaty and says his chest feels heavy",
        "pressure behind my breastbone spreading up into my jaw",
        "dad says it feels like someone is sitting on his chest and he feels sick",
        "my chest hurts when i walk and it goes into my shoulder blade and neck",
        "sudden heaviness in my chest with cold sweat and nausea",
    ),
    "stroke": (
        "my mum's face has dropped on one side and she can't lift her arm",
        "suddenly I can't get my words out and my right hand is numb",
        "grandad is slurring and one side of his mouth is drooping",
        "half my body went numb and my vision went blurry all of a sudden",
        "my wife suddenly can't speak properly and her arm is weak",
        "woke up and one side of my face feels heavy and my speech is strange",
    ),
    "breathing": (
        "I can't breathe properly and I can't finish a sentence",
        "my son is gasping and his lips look blue",
        "struggling for every breath even sitting still",
        "my chest is rattling and I'm fighting to get air in",
    ),
    "anaphylaxis": (
        "my tongue is swelling after eating nuts",
        "got stung by a wasp and my throat feels like it is closing",
        "face and lips puffed up after a new antibiotic and I feel faint",
        "my daughter broke out in hives and is wheezing after the shrimp",
    ),
    "collapse_seizure": (
        "my dad collapsed and won't wake up",
        "she's jerking all over and not responding to us",
        "my friend passed out and is breathing strangely on the floor",
        "my son had a fit and now he is really drowsy and confused",
    ),
    "overdose_poison": (
        "I took the whole packet of my painkillers",
        "my toddler got into the cupboard and ate some tablets",
        "my daughter swallowed a lot of her pills on purpose",
        "I accidentally took a double dose, then another double dose of my heart tablets",
        "my kid drank some of the cleaning spray",
    ),
    "suicide_self_harm": (
        "I want to end my life",
        "I can't go on anymore and I've been thinking of ways to die",
        "I've been cutting myself to cope",
        "everyone would be better off if I wasn't here",
        "i have a plan to kill myself tonight",
    ),
    "limb_ischaemia": (
        "my foot has gone white and cold and I can't feel my toes",
        "my leg suddenly went cold and numb and it's really painful",
        "mum's leg is blue and icy and there's no pulse in her foot",
        "my calf pain came on suddenly and now my foot is pale and I can't move it",
        "one of my legs feels dead and cold to touch compared to the other",
    ),
    "cauda_equina": (
        "sciatica and now I can't feel anything around my bum",
        "bad back and I've started wetting myself",
        "my lower back pain is worse and both legs are weak and I can't pee properly",
        "numbness between my legs with back pain since yesterday",
        "back pain and I can't feel when I need the toilet",
    ),
    "sepsis": (
        "he has a fever and his skin is blotchy and he's confused",
        "I feel like I'm dying, shivering uncontrollably and breathing fast after my wound got infected",
        "my mum has an infection and she's suddenly very drowsy with mottled skin",
        "high temperature and I haven't peed all day and I feel extremely unwell",
    ),
    "meningitis": (
        "my daughter has a fever, a stiff neck and a rash that doesn't fade",
        "terrible headache, can't look at light and my neck is stiff",
        "purple spots that don't go away when I press a glass on them",
    ),
    "heat_stroke": (
        "after running in the heat he is confused and stopped sweating",
        "she collapsed at the festival in the sun and her skin is hot and dry",
        "my dad was gardening in the heatwave and now he's not making sense",
    ),
    "severe_bleeding": (
        "blood is pouring from the cut and won't stop",
        "I've soaked through three towels and it's still bleeding",
    ),
    "head_injury": (
        "he banged his head and has been sick twice and is drowsy",
        "I fell and hit my head and was knocked out for a minute",
    ),
}
