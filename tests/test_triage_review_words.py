"""Sessions 22 to 24's readings (sets DZ to FC) and what their reviews found at their edges: each new reading fires
on its picture, and the ordinary and the dangerous sentences that share its words stay where they belong."""

from __future__ import annotations

import pytest

from qa.triage import triage


@pytest.mark.parametrize(("question", "level", "rule"), [
    ("legs ache and feel heavy by the evening, veins bulging and the skin round my ankles has gone brown and itchy",
     "soon", "varicose_veins"),
    ("started atorvastatin about a month ago and my thighs ache all the time now, getting up off the toilet is a real "
     "struggle", "urgent", "statin_weakness"),
    ("lost a stone without trying and my heart rate is 130 sitting still", "urgent", "fast_heart_rate"),
    ("dads heart rate is 135 just sitting watching tv, hes 78", "urgent", "fast_heart_rate"),
    ("had a stomach bug 2 weeks ago, my feet went tingly and weak, now my hands are going too and i cant seem to "
     "take a deep breath", "emergency", "breathing"),
    ("gp started me on furosemide, really dizzy when i stand up and im hardly passing water", "urgent",
     "severe_dehydration"),
    ("did a brutal spin class yesterday, thighs are rock hard and swollen and my pee is the colour of coke",
     "emergency", "hard_muscle_dark_urine"),
    ("my arms are rock hard and swollen after lying on the floor all night and my pee is brown", "emergency",
     "hard_muscle_dark_urine"),
    # sets ED and EE
    ("did a spin class for first time yday, thighs swollen rock hard agony, pee is the colour of coca cola",
     "emergency", "hard_muscle_dark_urine"),
    ("got kicked in the shin at football, leg keeps getting tighter and the pain is way worse than it should be",
     "emergency", "tight_swollen_limb"),
    ("sciatica down my left leg for a week and now the top of my foot is numb and i cant lift my toes up properly",
     "urgent", "worsening_weakness"),
    # session 23 (sets EH to EW)
    ("did a really intense spin class yesterday, thighs are rock hard and agony and my wee is the colour of coke",
     "emergency", "hard_muscle_dark_urine"),
    ("my calves are rock hard since the hike and my wee is dark", "emergency", "hard_muscle_dark_urine"),
    ("did a crossfit comp, thighs so swollen, ive barely peed since yesterday and what does come out is like dark "
     "coke colour", "emergency", "kidneys_failing"),
    ("after very hard gym yesterday my legs pain terrible, pee is black like cola and only little bit", "emergency",
     "kidneys_failing"),
    ("we work in sun whole day, my colleague had cramps and now he talk nonsense, skin very hot and dry no sweat",
     "emergency", "sepsis"),
    ("my leg is fat and hurting in the calf since 3 days, today i cannot take the air", "emergency", "breathing"),
    ("back from a long flight, my left calf is a bit puffy and today i cant get up the stairs without stopping to "
     "gasp", "emergency", "breathing"),
    ("one leg calf is thick and red and warm since two days, other leg is normal", "urgent", "dvt"),
    ("coughed earlier and there was pink streaks in the tissue", "urgent", "coughing_blood"),
    ("feet feel like wearing socks when i dont, burning at night, i am sugar patient", "soon", "lasting_changes"),
    ("in evening my legs feel like ants inside, i must move them, cannot sleep good since months", "soon",
     "restless_legs"),
    ("my dad was out on the golf course this morning, his chest felt tight and then he just dropped", "emergency",
     "heart_attack"),
    ("i took a load of hers, like 15 or so, now my ears are ringing", "emergency", "overdose_poison"),
    ("my 3 year old got hold of my amitriptyline and seems sleepy", "emergency", "overdose_poison"),
    ("kick on the shin in football 4 hour ago, now leg is tight like drum and pain crazy, painkiller do nothing",
     "emergency", "tight_swollen_limb"),
    ("when i walk maybe 200 meter my calf burn like fire, i stop and it go away", "soon", "claudication"),
    ("red hot patch on my shin thats doubled in size since yesterday, feel a bit shivery", "urgent", "cellulitis"),
    # sets EL to EO
    ("sudden cant catch breath sore calf after long flight", "emergency", "breathing"),
    ("had a knee replacement 10 days ago, now the lower leg on that side is puffier than the other and aching",
     "urgent", "dvt"),
    ("my daughter is making herself sick, now her heart is going all over the place and she nearly passed out",
     "emergency", "heart_rhythm"),
    ("took a kick to the shin 3 hrs ago, its swelling up tight as a drum, pain is way way worse than a normal knock",
     "emergency", "tight_swollen_limb"),
    ("legs go heavy and crampy when i stand or walk for a while, better when i sit down", "soon", "claudication"),
    ("my daughter stepped on a rusty nail in the stable, went deep. we never did her vaccines", "urgent",
     "tetanus_wound"),
    ("daughter 10 has tingly feet and keeps tripping since wednesday, today she struggled with the stairs", "urgent",
     "worsening_weakness"),
    ("woke up cant lift my foot toes drag", "urgent", "worsening_weakness"),
    ("new bp pills cramps every nite since", "soon", "twitch_new_medicine"),
    ("hands cramping into claws tingly lips after days of diarrhoea", "urgent", "tetany"),
    ("my 12 yr old son has been limping for a week with pain in his knee, his foot turns out when he walks now",
     "urgent", "slipped_hip"),
    ("my 7yo has had a bit of a limp on and off for about 3 weeks, no temp, no injury", "soon", "persistent_symptom"),
    # sets EP to ES
    ("pupil gashed her leg on a rusty farm gate, its deep with soil in it and shes never been vaccinated", "urgent",
     "tetanus_wound"),
    # sets ET to EW
    ("i swallowed the rest of my quinine packet about half an hour ago, maybe 25 tablets. i feel ok right now",
     "emergency", "overdose_poison"),
    ("3am again, i cant take it anymore. got a box of my mums sleeping pills in front of me and im thinking of taking "
     "the lot so it all just stops", "emergency", "suicide_self_harm"),
    # sets EX to FA
    ("my legs have been getting weaker every day this week, monday i was fine now i can hardly get up the stairs",
     "urgent", "worsening_weakness"),
    ("on blood thinners for a dvt and my wee is full of blood and clots", "urgent", "bleeding_risk"),
    ("the news said a runner collapsed and my son just collapsed too", "emergency", "collapse_seizure"),
    # sets FB and FC
    ("cant keep my legs still at night, horrible crawly feeling, been months now and im knackered", "soon",
     "restless_legs"),
    ("always thirsty, weeing loads, tired all the time and getting leg cramps, last month or so", "soon",
     "possible_diabetes"),
    ("im bleeding through a pad every 10 mins after giving birth", "emergency", "pregnancy_emergency"),
    # sets FD and FE
    ("my legs feel all creepy crawly in the evenings and i have to keep moving them, been going on months and im "
     "hardly sleeping", "soon", "restless_legs"),
    ("right hand twitches and the muscle between my thumb and finger looks like its been scooped out", "soon",
     "muscle_wasting"),
    ("shes mottled and cold and barely responding", "emergency", "collapse_seizure"),
    # sets FF and FG
    ("want to end it tonite pills ready", "emergency", "suicide_self_harm"),
    ("cramps every nite for a month now", "soon", "cramps_frequent"),
    ("weak legs spreading to arms now struggling 2 breathe", "emergency", "breathing"),
])
def test_a_new_reading_fires_on_its_picture(question: str, level: str, rule: str) -> None:
    notice = triage(question)
    assert notice is not None and (notice.level, notice.rule) == (level, rule)


# The review's probes that the first version of these readings lowered: the crisis word in ordinary English beside a
# drill's name, a heart pounding "from the shock" with fainting, saddle numbness that does not pass.
@pytest.mark.parametrize(("question", "level"), [
    # (third review) a heart attack or stroke told after a date and "and", with "now" after it: a comma rule for
    # "…3 years ago, new back pain" kept the symptom in the past; it was removed
    ("dad had a heart attack 4 years ago and has chest pain, now what should we do", "emergency"),
    ("mum had a stroke 3 years ago and her speech is slurred, now im panicking", "emergency"),
    ("my son had a seizure last year and hes having a fit, now what do we do", "emergency"),
    ("thoughts of suicide run through my head all day and i dont know what to do anymore", "emergency"),
    ("suicide runs in my family and lately ive been thinking about it a lot, my dad did it at my age", "emergency"),
    ("i rang the suicide line last night, they put me on hold and i still feel like doing it", "emergency"),
    ("my brother keeps talking about suicide, lines up all his pills in his room", "emergency"),
    ("my heart was racing from the shock and i nearly fainted in the kitchen", "emergency"),
    ("mum had a burglar break in, her heart is racing from the shock and she nearly blacked out, shes 84", "emergency"),
    ("he went into shock after the bee sting, heart racing from the shock and he nearly passed out", "emergency"),
    ("im on furosemide and my heart is pounding from the scare i had earlier, legs cramping too", "urgent"),
    ("my bum and privates go numb on long bike rides and its not back to normal when i get off", "emergency"),
    ("private area goes numb on long rides and doesnt wear off when i get off, and ive wet myself twice", "emergency"),
    ("numbness down there after a long bike ride that hasnt gone for two days and im leaking wee", "emergency"),
    # session 23 (sets EH to EW): the reviews' probes
    ("we were watching greys anatomy and my wife's face started drooping and she cant speak", "emergency"),
    ("the good doctor told me it was nothing but now my chest pain is crushing and i'm sweating", "emergency"),
    ("call the midwife, she's bleeding heavily after the birth and feels faint", "emergency"),
    ("we've been 24 hours in a and e and now his lips are blue and he cant breathe", "emergency"),
    ("i think he had a heart attack once he got in from the garden, hes grey and sweating", "emergency"),
    ("my dad has had a stroke once and i think hes having one right now", "emergency"),
    ("she had a stroke once more last night, can we manage at home", "emergency"),
    ("my calf cramp is 30 minutes in. what should i do", "urgent"),
    ("this cramp is an hour in, still rock hard", "urgent"),
    ("my dad collapsed on the golf course and isnt breathing", "emergency"),
    ("in the course of the night his face started drooping and he cant speak", "emergency"),
    # sets EL to EO
    ("my dad had a seizure at 65 years old yesterday, first one ever, is that normal", "emergency"),
    ("my wife had a seizure at 8 months pregnant, her blood pressure was high at the midwife", "emergency"),
    ("he had a seizure at 3 years old and its happening right now", "emergency"),
    ("my dad was shouting at the news man and then his face drooped and he cant lift his arm", "emergency"),
    ("the news lady said to call 999 if face droops, my nans face is drooping now", "emergency"),
    ("someone on the news said my symptoms are a clot, my calf is swollen and red and hot", "urgent"),
    ("injection site is red hot and swollen and spreading, shivering and fever", "urgent"),
    ("my arm is swollen and red where the vaccine went and there is a red line going up to my armpit", "urgent"),
    # the third review's probes for readings that were dropped
    ("i dont know if my dad has ever had a stroke he is slurring his words and his arm is weak", "emergency"),
    ("i read about a man who had a stroke and now my dad has the same face droop", "emergency"),
    ("watching holby city, the lady i care for suddenly couldnt speak and her face dropped", "emergency"),
    # session 24's review
    ("my dad had crushing chest pain this morning, he was fine after 10 minutes", "urgent"),
    ("his face drooped for a few minutes yesterday, he was fine after that", "urgent"),
    ("my toddler overdosed on sweets, turns out they were my iron tablets", "emergency"),
    ("overdosed on lattes and took my mums diazepam too, feeling really drowsy", "emergency"),
    ("hasnt drunk, or weed since yesterday and very sleepy", "emergency"),
    ("the post said a man with my symptoms had a heart attack, crushing chest pain and sweaty right now", "emergency"),
    ("the article said a woman had a heart attack, crushing chest pain radiating to jaw, sweating, nausea, "
     "happening to me now", "emergency"),
    ("is it a problem when you cant wake someone up after they hit their head", "emergency"),
    ("is it a heart attack if i have crushing chest pain going down my arm", "emergency"),
    ("on rivaroxaban for a clot and now my calf is swollen red and hot again", "urgent"),
    ("in the tv show a man collapsed and my husband collapsed just now too", "emergency"),
    ("watched chicago med where a woman had chest pain and i have the same crushing chest pain right now", "emergency"),
    ("watching holby city where a man had chest pain while im having chest pain that spreads to my jaw and sweating",
     "emergency"),
    ("watched the good doctor where a man was suicidal, i feel the same way and have a plan", "emergency"),
    ("watched casualty where a patient had a stroke, i myself now cant lift my arm and face is drooping", "emergency"),
    ("checked for sepsis at a&e and it was negative, sent home, now shes mottled cold and barely responding",
     "emergency"),
    ("scan was clear last week but now my calf is swollen red and hot and im short of breath", "emergency"),
    ("watching casualty and a man collapsed, then my husband collapsed and isnt breathing", "emergency"),
    ("got stabbed in the leg, feels like a hot knife", "emergency"),
    ("my phone had a fit so i couldnt call, my son is having a seizure for 10 minutes", "emergency"),
    ("the pain is like someone stabbing me in the chest and it goes down my left arm", "emergency"),
    ("confused, cold mottled skin and breathing fast is this sepsis", "emergency"),
    ("my son stocks shelves at tesco and collapsed today at work", "emergency"),
    ("lost all my crypto and then collapsed, woke up on the floor", "emergency"),
    ("saw stroke on news my face is drooping and my arm is weak", "emergency"),
    ("a&e said anxiety last week, now crushing chest pain and sweating is that normal?", "emergency"),
])
def test_the_dangerous_sentence_beside_a_new_reading_keeps_its_level(question: str, level: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.level == level, notice


@pytest.mark.parametrize("question", [
    "suicide sprints at training made my legs wobbly and twitchy lol how long does that last",
    "my knees hurt after suicide drills every practice, should i ice them",
    "my resting heart rate is 58 but goes up to 165 on runs, is that ok",
    "resting hr 62, max hr 188 on the treadmill test, what zones should i train in",
    "my hr was 160 after my run so i was lying down for a bit and it came back to 80 in 5 mins",
    "my baby's heart rate on the home doppler was 150 while i was lying in bed, is that ok",
    "skin on my shins has gone brown from fake tan and wont come off",
    "brown stains around my ankles from my new socks, dye wont wash off",
    "what causes brown skin around the ankles?",
    "hardly passing water at night since i cut down on tea, is that good",
    "hardly passing water overnight now, is that normal as i get older",
    "i cant seem to get a breath of fresh air with three kids under five lol",
    "after a 5k i cant seem to get my breath back for ages, is that unfit",
    "my calves feel rock hard after leg day, is that normal?",
    # (second review) full breasts after a birth, a toe exercise, a tight hamstring
    "my boobs are swollen rock hard and the pain is excruciating, 4 days postpartum",
    "breasts swollen rock hard, engorged and getting worse every day, baby wont latch",
    "how do i lift my toes for the toe raise exercise",
    "my hamstring keeps getting tighter no matter how much i stretch",
    "the pain is way worse than it should be for a small bruise on my shin",
    # (third review) tap water, a frozen phone or app, a toddler asleep on the floor
    "my water is the colour of tea when i turn on the tap, is it safe to drink",
    "the app froze and wasnt responding for about 5 minutes, is the nhs app down",
    "my toddler fell asleep and was on the floor till morning, is that ok",
    # session 23 (sets EH to EW)
    "i cant get the air fryer to work, any tips for cooking when my legs cramp standing",
    "couldnt get any air in my tyre so i walked home and now my calves ache",
    "breathing short and fast when i sprint, is that normal",
    "i'm 80 and have to stop and catch my breath when walking the dog, also get cramps",
    "i need to get hold of my insulin, i left it at home",
    "he took a lot of his advice about stretching",
    "burning when i wee and only a little bit comes out, think its cystitis",
    "urine dipstick showed only a tiny amount of blood, gp not worried",
    "my leg is fat and i hate it, does cycling help",
    "my left calf is thick and muscly from cycling",
    "cough and sore throat with red spots on my tonsils",
    "i fell and landed on my arms on the rock hard ice, bit sore",
    "my legs went numb on the rock hard church pew",
    "my dad talks rubbish about politics, he has a temperature and a cough",
    "on my paramedic training course we had a scenario where the patient has crushing chest pain and sweating",
    "on greys anatomy a guy had leg cramps and it turned out to be a clot in his lung, how common is that",
    "my aunt had a blood clot once after a flight so my mum keeps going on about it",
    "my calf cramped 20 minutes into the match and i had to come off",
    # sets EL to EO
    "my son had a febrile seizure at 18 months, hospital checked him and hes fine, hes 3 now",
    "baby had her jabs in her thighs yesterday, legs a bit red and sore where the needle went, normal?",
    "news man got rhabdo from crossfit how common",
    "sprained my ankle playing netball, hurts way worse than a normal sprain, should i rest it",
    "i was laughing so much i cant catch breath lol",
    "during panic attacks my hands go like claws and my lips tingle, doctor has seen it before",
    "i have a claw hand from an old nerve injury and my lips tingle after chilli",
    "my fingers curl into claws with cramp when i write, and i get a tingly mouth after pineapple",
    "yesterday i was weak from the flu now today i cant taste anything",
    "new pills for cramps are there any",
    "my legs get achy when i stand all day at work, better when i sit down",
    "my cat scratched me, she is unvaccinated, it is red",
    "woke up cant feel my arm, slept on it funny, now its coming back",
    "woke up cant feel my hand, i slept on it, now pins n needles",
    # sets EP to ES
    "never been vaccinated for covid, is that why i have twitching? also have an ingrown toenail",
    # sets ET to EW
    "i took the rest of my antibiotics tablets yesterday, finished the course, now my calves twitch",
    "took the rest of my paracetamol packet over the week for my back",
    "im thinking of taking the lot of my vitamins at once to save time lol",
    "my pills make me twitch, thinking of taking them all back to the pharmacy",
    # sets EX to FA
    "think i overdosed on coffee today, 5 cups, and my eyelid is twitching",
    "i overdosed on leg day lol 6 sets of lunges and my legs are jelly",
    "news said a footballer collapsed on the pitch at the weekend, can cramps cause that?",
    "is sepsis more common in old people, what signs should i look out for in my mum",
    "anaphylaxis vs allergic reaction whats the difference",
    "cardiac arrest and heart attack whats the difference",
    "dad was in a&e last week for a dvt, they started him on apixaban 5mg twice a day, can he still do his 5k walks",
    "not weak, wee normal colour, is my kidney ok after the marathon",
    "my dog is having a seizure and i cant stop it, he wont wake up",
    "watched greys anatomy where a guy had a seizure from low sodium, can that actually happen?",
    "had a seizure last year or so, none since, can i drive",
    "had an anaphylactic reaction last year or so to nuts, which epipen is best",
    "had my leg scanned for a clot last week and it was clear, what else makes calves ache like this after long drives",
    "watched greys anatomy and a guys leg went cold and white like a statue, is that a real thing",
    "calf cramp last night felt like someone stabbing me but it went after a minute, whats causing it",
    "my phone keeps having a seizure lol anyway how much water should i drink to stop cramps",
    "my joints are stiff like rusty hinges in the morning",
    "legs jerk as i fall asleep is that a seizure",
    "sepsis signs in kids what to look for",
    "my crypto collapsed overnight and now my eyelid wont stop twitching haha can stress do that",
    "footballer collapsed on news was it cramp?",
    "saw cardiac arrest on greys anatomy can twitching cause that",
    "chest pain last wk a&e said muscle strain, now just twitchy calf normal?",
])
def test_an_ordinary_question_sharing_the_words_gets_no_notice(question: str) -> None:
    assert triage(question) is None


def test_rock_hard_muscle_with_a_dark_wee_but_no_exertion_is_not_the_exercise_emergency() -> None:
    # (review) an ankle sprained, breasts full after a birth: whatever they call for, not muscle breakdown
    for question in ("my ankle is rock hard and swollen after i sprained it and my pee is dark in the morning",
                     "my boobs are rock hard and swollen 3 days after birth and my wee is dark because im not "
                     "drinking enough"):
        notice = triage(question)
        assert notice is None or notice.rule != "hard_muscle_dark_urine"
