"""Breadth of the stance lexicon: the many wordings wire copy uses for each kind of reaction.

Sentences written for these tests (invented events; varied countries, capitals, ministries,
titled people, organisations and blocs as holders; verbs, nouns, passives, possessive
nominals), one stance class at a time, so a missing cue word or a holder the finder loses
shows up as a failure of its own. Each case is ``(text, (holder, class letter, target))``
with the class letters of ``tests/stance_reading.py``; a ``None`` target means the stance
has none. The last group holds sentences that must give NO stance of the class named.
"""

from __future__ import annotations

import pytest

from stance_reading import read

SUPPORT = [
    ("Brazil voiced support for Bolivia's interim government on Tuesday.", ("Brazil", "S", "Bolivia")),
    ("Spain offered condolences to Morocco after the earthquake.", ("Spain", "S", "Morocco")),
    ("Ireland expressed solidarity with Portugal after the floods.", ("Ireland", "S", "Portugal")),
    ("Finland hailed Estonia for its handling of the crisis.", ("Finland", "S", "Estonia")),
    ("Chile welcomed Peru's decision to hold early elections.", ("Chile", "S", "Peru")),
    ("Kenya lauded Tanzania for hosting the refugees.", ("Kenya", "S", "Tanzania")),
    ("Ghana applauded Senegal's peaceful transfer of power.", ("Ghana", "S", "Senegal")),
    ("Japan pledged aid to the Philippines after the typhoon.", ("Japan", "S", "Philippines")),
    ("Norway sent its sympathies to Nepal after the landslide.", ("Norway", "S", "Nepal")),
    ("Austria congratulated Slovenia on the smooth vote.", ("Austria", "S", "Slovenia")),
    ("President William Ruto praised Ethiopia for the truce.", ("William Ruto", "S", "Ethiopia")),
    ("The African Union endorsed Nigeria's bid for a council seat.", ("African Union", "S", "Nigeria")),
    ("Poland reaffirmed its backing for Ukraine.", ("Poland", "S", "Ukraine")),
    ("Greece extended its deepest sympathy to Cyprus after the fire.", ("Greece", "S", "Cyprus")),
    ("Mexico was quick to express its solidarity with Guatemala.", ("Mexico", "S", "Guatemala")),
    ("Egypt threw its full weight behind Sudan's army.", ("Egypt", "S", "Sudan")),
]

ACCUSE = [
    ("Lithuania denounced Belarus over the forced landing.", ("Lithuania", "A", "Belarus")),
    ("Canada slammed India over the killing.", ("Canada", "A", "India")),
    ("Germany rebuked Hungary for blocking the package.", ("Germany", "A", "Hungary")),
    ("Sweden deplored Turkey's decision to detain the reporters.", ("Sweden", "A", "Turkey")),
    ("Moscow lambasted Washington over the new sanctions.", ("Russia", "A", "United States")),
    ("Pakistan accused Afghanistan of sheltering militants.", ("Pakistan", "A", "Afghanistan")),
    ("Armenia blamed Azerbaijan for the shelling.", ("Armenia", "A", "Azerbaijan")),
    ("Serbia condemned Kosovo's move to seize the plant.", ("Serbia", "A", "Kosovo")),
    ("The coup has been condemned by the European Union.", ("European Union", "A", None)),
    ("Britain imposed sanctions on Myanmar after the crackdown.", ("United Kingdom", "A", "Myanmar")),
    ("Algeria recalled its ambassador from Spain.", ("Algeria", "A", "Spain")),
    ("The United Nations criticised Sudan for the blockade.", ("United Nations", "A", "Sudan")),
    ("Egypt castigated Ethiopia over the dam.", ("Egypt", "A", "Ethiopia")),
    ("Italy decried Libya's treatment of the migrants.", ("Italy", "A", "Libya")),
    ("The European Commission censured Poland over the judicial reform.", ("European Commission", "A", "Poland")),
    ("Vietnam protested to China over the collision.", ("Vietnam", "A", "China")),
    ("Morocco summoned the ambassador of Algeria over the remarks.", ("Morocco", "A", "Algeria")),
    ("Bolivia expelled Peru's ambassador.", ("Bolivia", "A", "Peru")),
]

REQUEST = [
    ("Indonesia urged restraint from Thailand and Cambodia.", ("Indonesia", "R", None)),
    ("France demanded the release of the journalists held by Mali.", ("France", "R", None)),
    ("The Netherlands pressed for an inquiry into the crash.", ("Netherlands", "R", None)),
    ("Pope Leo appealed for calm in Haiti.", ("Leo", "R", None)),
    ("Australia called on Fiji to restore the parliament.", ("Australia", "R", "Fiji")),
    ("Germany urged Serbia to withdraw its troops from the border.", ("Germany", "R", "Serbia")),
    ("The United States asked Venezuela to free the opposition leaders.", ("United States", "R", "Venezuela")),
    ("Switzerland implored both sides to return to the table.", ("Switzerland", "R", None)),
    ("Qatar called for an immediate ceasefire.", ("Qatar", "R", None)),
    ("The African Union demanded that Niger restore constitutional order.", ("African Union", "R", "Niger")),
    ("Canada pushed for a vote on the resolution.", ("Canada", "R", None)),
    ("Norway renewed its call for talks.", ("Norway", "R", None)),
    ("Jordan insisted that Israel halt the raids.", ("Jordan", "R", "Israel")),
]

REJECT = [
    ("Beijing rejected the claims made by Manila.", ("China", "J", "Philippines")),
    ("Ankara rebuffed Greece's demand.", ("Turkey", "J", "Greece")),
    ("Russia dismissed the report as lies.", ("Russia", "J", None)),
    ("Iran denied the accusations by Israel.", ("Iran", "J", "Israel")),
    ("Caracas refused to recognise the result.", ("Venezuela", "J", None)),
    ("Rwanda ruled out talks with the rebels.", ("Rwanda", "J", None)),
    ("Azerbaijan brushed aside the criticism from France.", ("Azerbaijan", "J", "France")),
    ("Tehran repudiated the findings by the agency.", ("Iran", "J", None)),
    ("Hungary vetoed the statement by the bloc.", ("Hungary", "J", None)),
]

THREATEN = [
    ("China warned Taiwan of consequences over the visit.", ("China", "T", "Taiwan")),
    ("Iran threatened retaliation against Israel.", ("Iran", "T", "Israel")),
    ("Turkey threatened to expel the Dutch ambassador.", ("Turkey", "T", None)),
    ("Russia vowed revenge against Ukraine for the strike.", ("Russia", "T", "Ukraine")),
    ("North Korea warned the United States against further drills.", ("North Korea", "T", "United States")),
    ("The European Union is weighing sanctions against Belarus.", ("European Union", "T", "Belarus")),
    ("India issued a stern warning to Pakistan.", ("India", "T", "Pakistan")),
    ("Washington threatened Caracas with new sanctions.", ("United States", "T", "Venezuela")),
    ("Greece warned Turkey that it would defend its waters.", ("Greece", "T", "Turkey")),
    ("Israel vowed a harsh response to the rocket fire.", ("Israel", "T", None)),
]

CONSULT = [
    ("French President Emmanuel Macron held talks with German Chancellor Olaf Scholz on the crisis.",
     ("Emmanuel Macron", "C", "Olaf Scholz")),
    ("Turkish President Recep Tayyip Erdogan spoke by phone with Vladimir Putin on Sunday.",
     ("Recep Tayyip Erdogan", "C", "Vladimir Putin")),
    ("Egypt's foreign minister met his Sudanese counterpart in Cairo.",
     ("Egyptian foreign minister", "C", "Sudanese counterpart")),
    ("Kenya hosted Somalia's president for talks.", ("Kenya", "C", "Somali president")),
    ("Secretary of State Antony Blinken telephoned Foreign Minister Sergei Lavrov about the swap.",
     ("Antony Blinken", "C", "Sergei Lavrov")),
    ("Prime Minister Narendra Modi discussed the border with President Xi Jinping.", ("Narendra Modi", "C", "Xi Jinping")),
    ("Japan consulted South Korea on the launch.", ("Japan", "C", "South Korea")),
    ("Qatar is in close contact with Hamas.", ("Qatar", "C", "Hamas")),
    ("Italy's prime minister had a phone call with Tunisia's president.",
     ("Italian prime minister", "C", "Tunisian president")),
    ("Prime Minister Pedro Sanchez conferred with Antonio Costa on the blackout.", ("Pedro Sanchez", "C", "Antonio Costa")),
]

MEDIATE = [
    ("Turkey offered to mediate between Russia and Ukraine.", ("Turkey", "M", None)),
    ("Qatar offered its good offices to end the standoff.", ("Qatar", "M", None)),
    ("Norway said it was ready to mediate.", ("Norway", "M", None)),
    ("The African Union sent an envoy to Khartoum.", ("African Union", "M", None)),
    ("Switzerland offered mediation between the two sides.", ("Switzerland", "M", None)),
    ("Oman expressed its readiness to broker a deal.", ("Oman", "M", None)),
    ("Kenya invited both parties to Nairobi for talks.", ("Kenya", "M", None)),
]

CONCERN = [
    ("Japan expressed concern over the missile test.", ("Japan", "N", None)),
    ("Germany voiced alarm at the arrests in Georgia.", ("Germany", "N", None)),
    ("The United Nations was deeply troubled by the violence.", ("United Nations", "N", None)),
    ("Canada is alarmed by the reports of torture.", ("Canada", "N", None)),
    ("Britain regretted the decision.", ("United Kingdom", "N", None)),
    ("Sweden voiced dismay at the verdict.", ("Sweden", "N", None)),
    ("The Vatican said it was saddened by the loss of life.", ("Holy See", "N", None)),
    ("India expressed regret over the deaths.", ("India", "N", None)),
]


# the long tail: cue words and idioms the lexicon first lacked (one group per cause)
LONG_TAIL = [
    ("Portugal paid homage to the firefighters of Spain.", ("Portugal", "S", "Spain")),
    ("Denmark sent a message of condolence to Greenland.", ("Denmark", "S", "Greenland")),
    ("Austria sent a letter of support to Slovakia after the shooting.", ("Austria", "S", "Slovakia")),
    ("The Netherlands cheered Belgium's decision.", ("Netherlands", "S", "Belgium")),
    ("Senegal took issue with Gambia's decision.", ("Senegal", "A", "Gambia")),
    ("Algeria cried foul over the vote count by Morocco.", ("Algeria", "A", "Morocco")),
    ("Vietnam objected to China's survey ship.", ("Vietnam", "J", "China")),
    ("Israel turned down the offer from Egypt.", ("Israel", "J", "Egypt")),
    ("India cautioned Pakistan against any misadventure.", ("India", "T", "Pakistan")),
    ("Brazil asked for calm in Venezuela.", ("Brazil", "R", None)),
    ("Australia sought the release of its citizen detained in China.", ("Australia", "R", None)),
    ("Japan sought assurances from China over the seafood ban.", ("Japan", "R", "China")),
    ("Norway wants Sudan to open the corridors.", ("Norway", "R", "Sudan")),
    ("Australia reached out to New Zealand after the quake.", ("Australia", "C", "New Zealand")),
    ("Egypt hosted talks between Israel and Hamas.", ("Egypt", "M", None)),
    ("Saudi Arabia brokered a truce between the factions.", ("Saudi Arabia", "M", None)),
    ("Belgium fears a wider war in the region.", ("Belgium", "N", None)),
    ("The UAE extended its sincere condolences to Oman.", ("United Arab Emirates", "S", "Oman")),
    ("Poland said it would not stand idly by.", ("Poland", "T", None)),
    ("Qatar has been mediating between Israel and Hamas.", ("Qatar", "M", None)),
    ("Egypt is mediating between the two sides.", ("Egypt", "M", None)),
    ("Egypt has since called for a ceasefire in Sudan.", ("Egypt", "R", None)),
    ("Algeria's president received a call from his Tunisian counterpart.",
     ("Algerian president", "C", "Tunisian counterpart")),
]


# the reaction told from its receiver's side, and a capital after "from" naming who voiced it
RECEIVED = [
    ("The raid drew a sharp rebuke from Jordan.", ("Jordan", "A", None)),
    ("Spain faced a backlash from Morocco over the visit.", ("Morocco", "A", "Spain")),
    ("The plan drew swift condemnation from Cairo and Amman.", ("Jordan", "A", None)),
    ("Ankara faced criticism from Berlin.", ("Germany", "A", "Turkey")),
    ("Ankara rebuffed the demand from Athens.", ("Turkey", "J", "Greece")),
    ("Pyongyang spurned the offer from Seoul.", ("North Korea", "J", "South Korea")),
    ("Egypt received praise from the United Nations for its role.", ("United Nations", "S", "Egypt")),
]


def _holds(found: set, expected: tuple) -> bool:
    """Whether ``expected`` is among ``found`` (a ``None`` target accepts any target)."""
    holder, cls, target = expected
    return any(h == holder and c == cls and (target is None or t == target) for h, c, t in found)


@pytest.mark.parametrize("text,expected", SUPPORT + ACCUSE + REQUEST + REJECT + THREATEN + CONSULT + MEDIATE + CONCERN + LONG_TAIL
                                           + RECEIVED)
def test_wording_gives_stance(text, expected):
    found = read(text)
    assert _holds(found, expected), found


NONE = [
    # reported events, not reactions
    ("Floods hit Portugal on Tuesday, killing 12 people.", "S"),
    ("The rebels seized the town of Goma.", "A"),
    ("The court will hold its first hearing in March.", "C"),
    ("Rain is expected to ease the drought in Kenya.", "S"),
    ("Police dismissed the crowd outside the parliament in Lima.", "J"),
    # the new cues' other senses
    ("Brazil took the lead with Argentina in the final.", "C"),
    ("Ghana took issue with its own defence in the second half.", "C"),
    ("The minister wanted to resign last year.", "R"),
    ("Fishermen feared dead after the storm were found in Mozambique.", "N"),
    ("The heating was turned down in the ministry in Berlin.", "J"),
    ("Peru asked for nothing, said the minister in Lima.", "T"),
    ("Residents feared a long winter in Bishkek.", "N"),
    # a role held since a point in the past is background
    ("Qatar has mediated between Israel and Hamas since early last year.", "M"),
    ("Norway has backed Colombia's peace process since 2016.", "S"),
    ("The truce was mediated by Qatar last year in Doha.", "C"),
    ("The striker did not stand idly in the box against Ghana.", "S"),
    ("Egypt received praise from the United Nations for its role.", "C"),
    ("The soldiers came under fire from rebels near Goma.", "A"),
    ("Flights from Paris to Dakar were cancelled after the strike.", "A"),
    ("Egypt, which has hosted talks between the two sides before, condemned the raid.", "M"),
    ("Kenya, which tried to broker a deal between the rivals in 2019, urged calm.", "M"),
]


@pytest.mark.parametrize("text,cls", NONE)
def test_no_stance_without_a_reaction(text, cls):
    assert not [s for s in read(text) if s[1] == cls]


# the event's perpetrator named by the nationality of counted forces, across a border
INCURSIONS = [
    ("Dozens of Eritrean troops crossed the border into Ethiopia on Monday. Kenya condemned the incursion.",
     ("Kenya", "A", "Eritrea")),
    ("A unit of Serbian police entered northern Kosovo on Sunday. Albania condemned the incursion.",
     ("Albania", "A", "Serbia")),
    ("A convoy of Rwandan soldiers crossed into Congo. Uganda denounced the incursion.", ("Uganda", "A", "Rwanda")),
    ("Dozens of Eritrean troops crossed the border into Ethiopia on Monday. Kenya condemned the move.",
     ("Kenya", "A", "Eritrea")),
]


@pytest.mark.parametrize("text,expected", INCURSIONS)
def test_incursion_perpetrator_is_target(text, expected):
    found = read(text)
    assert expected in found, found


def test_movement_without_border_is_no_act():
    # "the talks entered a second day" stages nothing; the later act's staging group is the target
    found = read("The talks entered a second day in Doha. Rebels seized the town of Goma. Kenya condemned the attack.")
    assert ("Kenya", "A", "rebels") in found, found


# relations cut back and envoys called in: punitive acts (criticism), not consultations
PUNITIVE = [
    ("Sweden suspended talks with Turkey over the arrests.", ("Sweden", "A", "Turkey")),
    ("Colombia broke off negotiations with Venezuela.", ("Colombia", "A", "Venezuela")),
    ("Russia pulled out of the talks with Ukraine.", ("Russia", "A", "Ukraine")),
    ("Britain called in the Iranian ambassador. Iran said it regretted the move.", ("United Kingdom", "A", "Iran")),
    ("Japan banned imports from China.", ("Japan", "A", "China")),
    ("China halted seafood imports from Japan.", ("China", "A", "Japan")),
    ("Azerbaijan closed its airspace to Armenia.", ("Azerbaijan", "A", "Armenia")),
]


@pytest.mark.parametrize("text,expected", PUNITIVE)
def test_punitive_acts(text, expected):
    found = read(text)
    assert expected in found, found
    assert not [s for s in found if s[1] == "C"], found


def test_called_in_without_envoy_is_no_summons():
    assert not [s for s in read("Germany called in experts to examine the wreck in Libya.") if s[1] == "A"]


def test_borders_closed_to_travellers_are_no_embargo():
    # a border shut to people is as often a health or security measure as a punishment
    assert not [s for s in read("Ghana closed its borders to travellers from Nigeria.") if s[1] == "A"]


def test_government_named_by_adjective_and_capital_holds_the_stance():
    # "the federal government in <capital>", as "the government in <capital>", is that country's
    assert ("Somalia", "A", None) in read("The federal government in Mogadishu condemned the strike.")


# damning words of evaluation wire copy uses ("called X's move discriminatory")
EVALUATIONS = [
    ("Kenya's health minister described Tanzania's ban as \"an overreaction\".", ("Kenyan health minister", "A", "Tanzania")),
    ("Ghana called Togo's new tariffs discriminatory.", ("Ghana", "A", "Togo")),
    ("Peru called the decision by Bolivia excessive.", ("Peru", "A", "Bolivia")),
]


@pytest.mark.parametrize("text,expected", EVALUATIONS)
def test_damning_evaluation(text, expected):
    found = read(text)
    assert expected in found, found


def test_descriptive_word_of_weather_is_no_condemnation():
    assert not read("The minister described the storm in Malawi as excessive rainfall.")


# a counted group of states ("the three allies") holds the stance for each member of the list before it
def test_counted_group_is_each_listed_state():
    found = read("Japan, South Korea and Australia held a summit on Monday. "
                 "The three allies condemned the launch by North Korea.")
    assert {("Japan", "A", "North Korea"), ("South Korea", "A", "North Korea"),
            ("Australia", "A", "North Korea")} <= found, found


def test_counted_group_of_another_length_is_no_guess():
    found = read("Kenya, Uganda and Tanzania met in Arusha. Later, the four nations condemned the attack in Somalia.")
    assert not [s for s in found if s[1] == "A"], found


def test_denied_everything_answers_the_accuser():
    found = read("Latvia accused Russia of jamming GPS signals over the Baltic. Moscow has denied everything.")
    assert ("Russia", "J", "Latvia") in found, found
