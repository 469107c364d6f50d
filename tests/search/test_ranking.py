"""How the database backend orders real-looking listings (search.ranking): every match ranked
together over all its text, common words deciding nothing, concepts, the words side by side,
an age's stage of life, and services with most of the words after the ones with all of them.

Listings here are written the way real feeds write them: what a service is about is often only
in its description, and nothing is tagged.
"""

from dataclasses import replace

import numpy as np
import pytest

from search import analysis, ranking
from search.backends import database_search
from search.backends.database import DatabaseBackend
from search.query import ServiceQuery
from search.service_record import ServiceRecord

pytestmark = pytest.mark.django_db


def listing(number: int, name: str, description: str = "", summary: str = "", **fields):
    return ServiceRecord(
        id=f"r{number:02d}", url=f"/r{number}/", name=name, summary=summary,
        description=description, provider_id="p", provider_name="", **fields,
    )


def search(backend, **params):
    query, errors = ServiceQuery.from_params({**params, "per_page": "50"})
    assert errors == []
    return backend.search(query)


@pytest.fixture
def backend():
    return DatabaseBackend()


def test_a_listing_about_the_word_in_its_description_beats_names_that_only_share_a_synonym(
    backend,
):
    # Given thirty listings named for short breaks, and one that is about respite in its words
    backend.rebuild([
        *(listing(n, f"Short Breaks Club {n}", "Games and crafts on a Saturday.")
          for n in range(1, 31)),
        listing(40, "Family Link", "Overnight respite for parents of disabled children: "
                "respite at weekends and respite in the school holidays."),
    ])
    # When a family searches for respite
    results = search(backend, q="respite")
    # Then every short break is still found, and the listing about respite is in the first ten
    assert results.total == 31
    assert "r40" in results.ids[:10]


def test_common_words_never_decide_a_match(backend):
    backend.rebuild([
        listing(1, "Worry Busters", "A group for children with anxiety."),
        listing(2, "Starting Blocks Athletics", "Starting out in athletics for children."),
    ])
    # "starting" and "child" are common words: the anxiety group need not say "starting"
    results = search(backend, q="help my child with anxiety about starting school")
    assert results.ids[0] == "r01"
    assert "r02" not in results.ids


def test_every_word_comes_before_some_and_a_rare_word_before_a_common_one(backend):
    backend.rebuild([
        listing(1, "Wheelchair Repairs", "Repairs for wheelchair users."),
        *(listing(n, f"Sports Club {n}", "Sports in Brigg every week.") for n in range(2, 9)),
        listing(10, "Wheelchair Sports Day", "Sports for wheelchair users."),
        listing(11, "Riverside Library", "Books and computers."),
    ])
    results = search(backend, q="wheelchair sports brigg")
    # No listing has all three words; the two with "wheelchair" and "sports" come first, then
    # the one with only "wheelchair" (rare) above the seven with "sports" and "brigg" (common)
    assert results.relaxed and results.every_word == 0
    assert results.ids[0] == "r10"
    assert results.ids[1] == "r01"
    assert set(results.ids[2:]) == {f"r{n:02d}" for n in range(2, 9)}


def test_few_services_with_every_word_come_first_then_the_ones_with_some(backend):
    backend.rebuild([
        listing(1, "Wheelchair Basketball", "Basketball for wheelchair users."),
        listing(2, "Basketball Club", "Basketball for all."),
        listing(3, "Wheelchair Repairs", "Repairs to wheelchairs."),
    ])
    results = search(backend, q="wheelchair basketball")
    assert results.ids[0] == "r01"
    assert set(results.ids) == {"r01", "r02", "r03"}
    assert results.relaxed and results.every_word == 1


def test_a_long_question_goes_on_to_services_with_most_of_its_words(backend):
    backend.rebuild([
        *(listing(n, f"Carers Group {n}", "Support for unpaid carers.") for n in range(1, 13)),
        *(listing(n, f"Disabled Carers Club {n}", "For carers of disabled children.")
          for n in range(20, 32)),
    ])
    results = search(
        backend, q="i care for a disabled child full time and need some support for myself"
    )
    # Twelve services say both, but a question is not a rule that every word must appear
    assert results.relaxed and results.every_word == 12
    assert set(results.ids[:12]) == {f"r{n}" for n in range(20, 32)}
    assert results.total == 24


def test_a_concept_finds_the_words_services_use(backend):
    backend.rebuild([
        listing(1, "Children's Therapy Team", "Speech and language therapy for children."),
        listing(2, "Talking Newspaper", "News read aloud for blind listeners."),
    ])
    results = search(backend, q="my 2 year old isn't talking yet, who can help?")
    assert results.ids == ["r01"]
    assert search(backend, q="job help for disabled young adults").ids == []
    backend.index([listing(3, "Youth Hub", "Employment support for disabled young people.")])
    assert search(backend, q="job help for disabled young adults").ids[0] == "r03"


def test_a_kind_of_sport_counts_as_a_sport_and_play_alone_is_not_one(backend):
    backend.rebuild([
        listing(1, "Play Park", "Outdoor play every day."),
        listing(2, "Basketball Club", "Basketball on Saturdays."),
        listing(3, "Sports Quiz", "A quiz about sport."),
    ])
    results = search(backend, q="my son wants to play a sport")
    assert set(results.ids) == {"r02", "r03"}


def test_not_affording_food_finds_the_food_banks_first(backend):
    backend.rebuild([
        # Its words are the question's words, but it is not what a hungry family needs today
        listing(1, "Food Club", "Good food you can afford: cook on a budget."),
        listing(2, "Riverside Foodbank", "Emergency parcels for families, no questions asked."),
    ])
    results = search(backend, q="we cant afford food until payday where can we get help")
    assert results.ids[0] == "r02"


def test_a_food_bank_finds_the_food_aid_and_foodshare_schemes(backend):
    # Given three ways listings name emergency food, and a cafe
    backend.rebuild([
        listing(1, "Kirton Food Aid", "A short term supply of food for anyone in crisis."),
        listing(2, "Isle Foodshare", "Food top-ups delivered across the Isle."),
        listing(3, "Scunthorpe Foodbank", "Emergency food parcels."),
        listing(4, "Riverside Cafe", "Food and drink all day."),
    ])
    # When a family searches for a food bank
    results = search(backend, q="food bank")
    # Then every scheme is found, and not the cafe
    assert sorted(results.ids) == ["r01", "r02", "r03"]
    assert not results.relaxed


def test_a_job_finds_the_services_that_say_finding_work(backend):
    backend.rebuild([
        listing(1, "Action Point", "Over 16? We help you with finding work: CVs and interviews."),
        listing(2, "Wildlife Trust", "Volunteers work with us on the nature reserve."),
    ])
    results = search(backend, q="my 16 year old has learning difficulties and wants to get a job")
    assert results.ids == ["r01"]  # "work" alone is not a job


def test_the_words_side_by_side_come_first(backend):
    backend.rebuild([
        listing(1, "Athletics Club", "A running club with a youth section."),
        listing(2, "Riverside Youth Club", "A youth club."),
    ])
    assert search(backend, q="youth club").ids == ["r02", "r01"]


def test_young_carers_are_one_thing_and_the_services_for_siblings_are_for_them(backend):
    backend.rebuild([
        listing(1, "Young Onset Dementia Carers", "For carers of people with young onset "
                "dementia."),
        listing(2, "Young Carers Team", "For young carers."),
        listing(3, "Sibs", "Support for the brothers and sisters of disabled children: "
                "siblings meet every month."),
    ])
    # "Young carers" is a term (synonyms.CONCEPTS), not any "young" beside any "carers"; the
    # siblings of disabled children are young carers too
    assert search(backend, q="young carers").ids == ["r02", "r03"]


def test_the_words_side_by_side_in_the_name_come_before_the_same_words_in_passing(backend):
    backend.rebuild([
        # "Breastfeeding" in its name, three times in its words, "support" side by side once
        listing(1, "Breastfeeding Welcome Here Venues", "Breastfeeding is welcome here: a "
                "breastfeeding friendly cafe. Breastfeeding mums can ask staff for "
                "breastfeeding support."),
        listing(2, "Breastfeeding Support Group", "Meet other mums and get friendly advice "
                "from trained peer supporters each Tuesday morning at the library, with tea "
                "and cake and a play mat for the little ones."),
        listing(3, "Baby Feeding Team", "Advice on weaning."),  # "feeding": a word to correct to
    ])
    assert search(backend, q="breastfeeding support").ids == ["r02", "r01"]
    # Side by side as a synonym says them: the listings write "breastfeeding" as one word.
    assert search(backend, q="breast feeding support").ids == ["r02", "r01"]
    assert search(backend, q="breast feading support").ids == ["r02", "r01"]  # corrected


def test_an_age_prefers_listings_that_name_its_stage_of_life(backend):
    backend.rebuild([
        listing(1, "Craft Club", "Activities for adults and older people."),
        listing(2, "Tiny Tots", "Activities for toddlers and their grown-ups."),
        listing(3, "Adult Art", "Activities for adults.", min_age_months=216),
    ])
    results = search(backend, q="activities for my 18 month old")
    # The adults-only listing (by its age fields) is filtered out; of the two with no ages,
    # the one that says "toddlers" comes first
    assert results.ids == ["r02", "r01"]


def test_a_need_filter_finds_untagged_listings_whose_words_name_it(backend):
    backend.rebuild([
        listing(1, "Autism Family Group", "For autistic children and their families."),
        listing(2, "Hearing Support", "For deaf children.", needs=("HI",)),  # its own needs
        listing(3, "Chess Club", "Mentions autism in passing.", needs=("MLD",)),
        listing(4, "Swimming", "Lessons for all."),
    ])
    results = search(backend, need="ASD")
    assert results.ids == ["r01"]
    assert results.facet_count("need", "ASD") == 1
    assert results.facet_count("need", "HI") == 1


def test_a_place_after_near_that_is_not_known_decides_nothing(backend):
    backend.rebuild([
        listing(1, "Wheelchair Basketball", "Basketball for wheelchair users."),
        listing(2, "Scunthorpe Wheelchair Basketball", "In Scunthorpe."),
    ])
    results = search(backend, q="wheelchair basketball near scunthorpe")
    assert results.ids == ["r02", "r01"]
    assert not results.relaxed


def test_past_the_exact_limit_an_estimate_picks_which_matches_to_score(backend, monkeypatch):
    # Given more matches than are scored exactly (a few here; thousands in production)
    monkeypatch.setattr(database_search, "ESTIMATE_PAST", 5)
    monkeypatch.setattr(database_search, "EXACTLY_SCORED", 5)
    backend.rebuild([
        *(listing(n, f"Short Breaks Club {n}", "Games and crafts on a Saturday.")
          for n in range(1, 31)),
        listing(40, "Family Link", "Overnight respite for parents of disabled children: "
                "respite at weekends and respite in the school holidays."),
    ])
    # Then the rare word in a description still reaches the first page
    query, _ = ServiceQuery.from_params({"q": "respite", "per_page": "7"})
    first = backend.search(query)
    assert first.total == 31 and "r40" in first.ids
    # And the pages still follow one order, every match once
    paged = []
    for page in range(1, 6):
        paged += backend.search(replace(query, page=page)).ids
    assert paged == backend.ids(query, limit=100) and len(set(paged)) == 31


def test_postgres_does_not_count_again_the_services_it_has_already_read(backend, monkeypatch):
    # Given more matches than are scored exactly, on PostgreSQL
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's statements")
    monkeypatch.setattr(database_search, "ESTIMATE_PAST", 5)
    monkeypatch.setattr(database_search, "EXACTLY_SCORED", 5)
    backend.rebuild([listing(n, f"Autism Club {n}", "Autistic children.") for n in range(1, 12)])
    query, _ = ServiceQuery.from_params({"q": "autism"})
    # When the search has read each synonym's services to estimate
    with CaptureQueriesContext(connection) as statements:
        results = backend.search(query)
    # Then how rare each one is comes from those, not from a second pass over the vectors
    assert results.total == 11
    assert not [s["sql"] for s in statements.captured_queries if "FILTER (WHERE" in s["sql"]]
    assert any("short_vector @@" in s["sql"] for s in statements.captured_queries)


def test_sqlite_reading_its_scores_in_two_steps_finds_what_one_read_finds(backend, monkeypatch):
    # Given more matches than SQLite scores in its first step (500; 3 here)
    from django.db import connection

    from search.backends import database_sqlite

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's full-text statement")
    backend.rebuild([
        *(listing(n, f"Respite Club {n}", "Respite " * (n % 4 + 1)) for n in range(1, 13)),
        listing(20, "Family Link", "Games."),
    ])
    query, _ = ServiceQuery.from_params({"q": "respite", "per_page": "20"})
    at_once = backend.search(query)
    monkeypatch.setattr(database_sqlite, "SCORED_FIRST", 3)
    # When the rest are read from the same statement after reading every id
    in_steps = backend.search(query)
    # Then every match is found once, in the same order, with no estimate
    assert in_steps.total == at_once.total == 12
    assert in_steps.ids == at_once.ids and len(set(in_steps.ids)) == 12
    # And past SCORED_ALL the ids alone are read (the search then estimates)
    monkeypatch.setattr(database_sqlite, "SCORED_ALL", 5)
    monkeypatch.setattr(database_search, "ESTIMATE_PAST", 5)
    assert sorted(backend.search(query).ids) == sorted(at_once.ids)


def test_a_page_sorts_only_the_best_yet_ties_across_its_end_stay_a_to_z(backend):
    # Given twelve listings that score the same, and a thirteenth that scores higher
    trees = ["Lark", "Fern", "Ash", "Oak", "Elm", "Yew", "Bay", "Fir", "Ivy", "Box", "Gum", "Sal"]
    backend.rebuild([
        *(listing(n, f"Club {name}", "Respite on Saturdays.") for n, name in enumerate(trees, 1)),
        listing(20, "Respite Family Link", "Respite, respite at weekends."),
    ])
    query, _ = ServiceQuery.from_params({"q": "respite", "per_page": "3"})
    # When the family pages through three at a time
    pages = [backend.search(replace(query, page=page)) for page in range(1, 6)]
    # Then the best comes first, the ties follow A to Z, and no page repeats or skips one
    names = [hit.record["name"] for page in pages for hit in page.hits]
    assert names[0] == "Respite Family Link"
    assert names[1:] == sorted(names[1:]) and len(set(names)) == 13


def test_browsing_by_need_nearest_first_puts_the_one_named_for_it_first_at_one_venue(backend):
    # Given two services for autistic children at the same centre, and one a mile nearer
    from search.service_record import ServiceLocation

    from .conformance.corpus import CENTRE
    from .conftest import locate

    def at(north: float) -> tuple[ServiceLocation, ...]:
        return (ServiceLocation(postcode="RV1 2AB", latitude=CENTRE[0] + north,
                                longitude=CENTRE[1], label="Centre"),)

    backend.rebuild([
        listing(1, "Art Club", "Painting for all.", needs=("ASD",), locations=at(0.02)),
        listing(2, "Zebra Autism Group", "Games.", needs=("ASD",), locations=at(0.02)),
        listing(3, "Bowls", "Bowls.", needs=("ASD",), locations=at(0.0)),
    ])
    query, _ = ServiceQuery.from_params(
        {"need": "ASD", "postcode": "RV1 2AB", "sort": "distance"}, locate=locate)
    # Then the nearest comes first, and at the one venue the service named for autism
    assert backend.search(query).ids == ["r03", "r02", "r01"]


def test_with_an_age_a_listing_for_parents_and_children_is_not_taken_for_parents_to_be(backend):
    # Given a swimming session named for parents and children, and a leisure centre whose
    # words mention swimming in passing
    backend.rebuild([
        listing(1, "Parents and Children Swimming", "Swimming together on Sunday mornings."),
        listing(2, "Riverside Leisure Centre", "A gym, a sports hall, classes and swimming."),
    ])
    # When a family asks for swimming for an 8-year-old
    results = search(backend, q="swimming", age="8")
    # Then "parents" alone does not read as "parents to be" (PostgreSQL drops "to be")
    assert results.ids == ["r01", "r02"]


def test_postgres_stop_words_are_the_ones_the_server_drops(backend):
    from django.db import connection

    from search.backends import database_postgres

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's english configuration")
    words = sorted(database_postgres.STOP_WORDS)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w FROM unnest(%s::text[]) AS w WHERE to_tsvector('english', w) <> ''",
            [[*words, "work", "parents", "50s"]],
        )
        kept = [row[0] for row in cursor.fetchall()]
    assert kept == ["work", "parents", "50s"]


def test_with_an_age_a_listing_whose_words_say_adults_goes_below_the_rest(backend):
    # Given three swimming listings with no age fields: one whose words say 8 to 25, one for
    # adults, one that says nothing about age
    backend.rebuild([
        listing(1, "Swimming for adults", "Lane swimming.", stated_age_months=(216, None)),
        listing(2, "Swimming club", "Lessons and lane swimming."),
        listing(3, "Inclusive swimming", "Swimming for people aged 8-25.",
                stated_age_months=(96, 311)),
    ])
    # When a family asks for swimming for a 10-year-old
    results = search(backend, q="swimming", age="10")
    # Then all three are found (words never filter), the adults' one last, the 8-25 one first
    assert results.ids[0] == "r03"
    assert results.ids[-1] == "r01" and results.total == 3


def test_a_known_misspelling_is_read_as_the_word_it_means_with_its_phrases(backend):
    backend.rebuild([
        listing(1, "Children's Therapy Services", "Speech and language therapy for children."),
        listing(2, "Yoga Therapy", "Yoga for everyone."),
    ])
    typed = search(backend, q="speech therapy")
    results = search(backend, q="speach therapy")
    assert results.suggestion == "speech therapy" and results.showing_suggestion
    assert results.ids == typed.ids == ["r01"]  # speech therapy, not "speech" and "therapy"


def test_disability_finds_the_listings_that_call_themselves_inclusive(backend):
    backend.rebuild([
        listing(1, "Barton Inclusive Football Club", "Weekly training and friendly matches "
                "for boys and girls of every ability, at the recreation ground."),
        listing(2, "Girls Football", "Football."),
        listing(3, "Pan-Disability Football", "Football for disabled players."),
    ])
    assert search(backend, q="disability football").ids == ["r03", "r01", "r02"]


def test_a_corrected_toddler_finds_the_groups_named_for_tots(backend):
    backend.rebuild([
        listing(1, "Parent and Toddler Group", "Play for toddlers."),
        listing(2, "History Group", "Local history talks."),
        listing(3, "Mini Mallards Tots Group", "Songs, crafts and play at the church hall every "
                "Tuesday morning, with a snack, for little ones and their grown ups."),
    ])
    results = search(backend, q="todler group")
    assert results.suggestion == "toddler group"
    # "Toddler group" is one thing (synonyms.CONCEPTS): the history group is not one
    assert sorted(results.ids) == ["r01", "r03"]


def test_with_an_age_a_listing_named_for_pregnancy_goes_below_the_rest(backend):
    backend.rebuild([
        listing(1, "Virtual Antenatal Group", "Baby brain development, baby feeding, your "
                "baby's birth: a group for your baby's first days."),
        listing(2, "Songs and Play", "A group with songs for you and your baby."),
    ])
    assert search(backend, q="baby group").ids == ["r01", "r02"]  # no age: by the words
    assert search(backend, q="baby group for my 9 month old").ids == ["r02", "r01"]


def test_for_a_child_a_listing_named_for_grown_ups_only_goes_below_the_rest(backend):
    club = "Karate and kickboxing classes for everyone from age 3 and up."
    backend.rebuild([
        listing(1, "Ladies Only Kickboxing", f"{club} Kickboxing for ladies."),
        listing(2, "Tiny Tigers", "Kickboxing for little ones."),
    ])
    assert search(backend, q="kickboxing for a 5 year old").ids == ["r02", "r01"]
    assert search(backend, q="kickboxing for a 20 year old").ids == ["r01", "r02"]


def test_with_no_age_kids_put_the_listings_for_grown_ups_below_the_rest(backend):
    # Given three clubs in one town with no age fields: one whose words say adults, one named
    # for the over 50s, one that says nothing about age
    backend.rebuild([
        listing(1, "Kirton Cycling Club", "Rides for adults every Sunday in Kirton.",
                stated_age_months=(216, None)),
        listing(2, "Kirton Over 50s Walking Football", "Gentle football in Kirton."),
        listing(3, "Kirton Archery Club", "Archery in Kirton for anyone from seven."),
    ])
    # When a family asks for things for kids to do there, the grown-ups' clubs go last
    results = search(backend, q="things for kids to do in kirton")
    assert results.ids[0] == "r03" and sorted(results.ids[1:]) == ["r01", "r02"]
    # And without "kids" the words alone decide: nothing is held against an age
    assert search(backend, q="clubs in kirton").total == 3
    assert ranking.ages_held_against(None, "clubs in kirton") is None
    assert ranking.ages_held_against(None, "my son") is None  # a son may be 22
    assert ranking.ages_held_against(None, "for my child") == (0, 215)
    assert ranking.ages_held_against((12, 23), "for my child") == (12, 23)


def test_a_school_year_holds_services_against_its_ages_without_filtering(backend):
    # Given a talking therapy whose words say 16 and over, and a school wellbeing service
    # that says nothing about age (each says "anxiety" once)
    backend.rebuild([
        listing(1, "Talking Therapies", "Help with anxiety for people aged 16 and over.",
                stated_age_months=(192, None)),
        listing(2, "Wellbeing in School", "Help with anxiety, in school."),
    ])
    # When a parent asks about anxiety and starting Year 7
    results = search(backend, q="help my child with anxiety about starting year 7")
    # Then both are found (it filters nothing), the one for 16 and over last
    assert results.ids == ["r02", "r01"]
    assert ranking.ages_held_against(None, "starting year 7") == (132, 155)  # 11 and 12
    assert ranking.ages_held_against(None, "year 13 leavers") == (204, 227)
    assert ranking.ages_held_against(None, "years 7 to 11") is None


def test_for_a_teenager_ages_that_reach_the_middle_fit_and_adults_only_do_not(backend):
    # Given two talking groups alike in every word: one for adults over 18, the other for
    # people aged 16 and over (each stated only in its words)
    backend.rebuild([
        listing(1, "Talking group", "A talking group.", stated_age_months=(216, None)),
        listing(2, "Talking group", "A talking group.", stated_age_months=(192, None)),
    ])
    # When a family asks about their teenager (13 to 19)
    results = search(backend, q="talking group for my teenager")
    # Then both are found, and 16-and-over (most of 13-19) is lifted above 18-and-over
    assert results.ids == ["r02", "r01"]


def test_the_free_filter_finds_a_listing_whose_words_say_free(backend):
    backend.rebuild([
        listing(1, "Stay and play", "A free stay and play group.", cost_type="varies",
                words_say_free=True),
        listing(2, "Messy play", "Paint and glue.", cost_type="varies"),
    ])
    results = search(backend, q="play", cost="free")
    assert results.ids == ["r01"]


def test_in_a_question_the_words_after_wants_to_are_what_is_asked_for():
    assert ranking.asked_for("my son has learning difficulties and wants to get a job") == {
        "get", "a", "job"}
    assert ranking.asked_for("is there a swimming club") == set()  # nothing before it
    assert ranking.asked_for("autism swimming") == set()


@pytest.mark.parametrize("asked_share", [ranking.ASKED_SHARE, 1.0])
def test_a_question_ranks_what_it_asks_for_above_who_it_is_for(backend, monkeypatch, asked_share):
    monkeypatch.setattr(ranking, "ASKED_SHARE", asked_share)
    # Given a day centre for people with learning difficulties (named for them) and a job
    # service (its words only)
    backend.rebuild([
        listing(1, "Learning difficulties day centre", "Activities for people with learning "
                "difficulties."),
        listing(2, "Station", "Help to find a job: CVs and interviews."),
    ])
    # When a family asks in a sentence that says who, then what
    results = search(backend, q="my son has learning difficulties and wants to get a job")
    # Then the job service comes first (and without the rule, it would not)
    expected = ["r02", "r01"] if asked_share > 1 else ["r01", "r02"]
    assert results.ids == expected


def test_a_kind_of_sport_is_a_sport_and_saying_wheelchair_beats_being_for_any_disability(
        backend):
    # Given a wheelchair basketball club (it never says "sport") and sports sessions for
    # disabled people whatever the disability (indexed under every need, wheelchair's too)
    backend.rebuild([
        listing(1, "Pan-Disability Sports Sessions", "Sports sessions for disabled people: "
                "sports for all, every week, sports hall."),
        listing(2, "Wheelchair Basketball", "Basketball for wheelchair users."),
        listing(3, "Chess club", "Chess."),
    ])
    # When a family asks for wheelchair sports
    results = search(backend, q="wheelchair sports")
    # Then the club that says wheelchair and plays a sport comes first
    assert results.ids[:2] == ["r02", "r01"]


def test_caring_for_someone_finds_carers_not_every_kind_of_care(backend):
    # "caring" and "care" are one word to the stemmer: the carer concept says "caring role"
    backend.rebuild([
        listing(1, "Domiciliary Care", "Home care for older people."),
        listing(2, "Carers' Support Service", "Support for unpaid carers."),
    ])
    assert search(backend, q="i care for my mum").ids == ["r02"]


@pytest.mark.parametrize("blended", [True, False])
def test_a_question_that_does_not_say_what_it_asks_for_is_not_in_tiers(
        backend, monkeypatch, blended):
    if not blended:  # the rule off: every question in tiers
        monkeypatch.setattr(database_search, "blends", lambda text, asked: False)
    # Given a talking therapy for adults' mental health, a walk-and-talk group, and a service
    # named for self-harm
    backend.rebuild([
        listing(1, "Talking Therapies", "Talk to a therapist about your mental health: "
                "low mood, stress and worry."),
        listing(2, "Walk and Talk", "A walk and a talk in the park every Sunday."),
        listing(3, "Self-Harm Support Evenings", "Support workers help people manage "
                "thoughts of self-harm, every evening."),
    ])
    # When a parent asks in a sentence in which "talk" is only context
    results = search(backend, q="my teenager is self harming and needs someone to talk to")
    # Then the service that says self-harm comes first; in tiers "talk" beside the mental
    # health words that "self harming" widens to would put the talking therapy above it
    assert results.relaxed
    assert results.ids[0] == ("r03" if blended else "r01")
    assert ranking.blends("my teenager is self harming and needs someone to talk to",
                          frozenset())
    assert not ranking.blends("self harm support", frozenset())  # short: tiers
    asked = ranking.asked_for("my son has learning difficulties and wants to get a job")
    assert not ranking.blends("my son has learning difficulties and wants to get a job", asked)


def test_sqlite_scores_in_one_pass_exactly_the_searches_scored_exactly():
    # Past ESTIMATE_PAST the search estimates first; below it, SQLite's one scoring pass must
    # have scored every match, or the search would score them again.
    from search.backends import database_sqlite

    assert database_sqlite.SCORED_ALL == database_search.ESTIMATE_PAST


@pytest.mark.parametrize("rule", [True, False])
def test_a_need_named_alone_also_finds_the_listings_for_every_need(backend, monkeypatch, rule):
    if not rule:  # the rule off: only the words match
        monkeypatch.setattr(database_search.Run, "_matched_by_need", lambda run: None)
    # Given a club that says autism, one for children with additional needs that never says
    # it (indexed under every need: search.need_words), and a swimming club
    backend.rebuild([
        listing(1, "Autism Social Club", "A club for autistic children."),
        listing(2, "Our Place", "A lounge for children with additional needs."),
        listing(3, "Splash", "Swimming lessons."),
    ])
    # When a family searches for the need alone, the club that says it comes first, and the
    # lounge for every need after it
    assert search(backend, q="autism").ids == (["r01", "r02"] if rule else ["r01"])
    assert search(backend, q="splash").ids == ["r03"]  # no need named: the words alone


@pytest.mark.parametrize("rule", [True, False])
def test_what_a_concept_adds_counts_for_less_than_what_was_typed(backend, monkeypatch, rule):
    if not rule:
        monkeypatch.setattr(database_search.Run, "_own_words_share",
                            lambda run, positions: np.ones(len(positions)))
    # Given a mental health hub, named for the wider words counselling widens to, and a
    # youth service that offers counselling in its words
    backend.rebuild([
        listing(1, "Mental Health Hub", "Mental health drop-in for adults."),
        listing(2, "Youth Support", "Free counselling for young people."),
    ])
    # When a family searches for counselling, the one that says it comes first
    results = search(backend, q="counselling")
    assert sorted(results.ids) == ["r01", "r02"]
    assert results.ids[0] == ("r02" if rule else "r01")


@pytest.mark.parametrize("rule", [True, False])
def test_for_a_son_a_service_that_starts_at_sixteen_goes_lower(backend, monkeypatch, rule):
    if not rule:
        monkeypatch.setattr(database_search, "maybe_grown_up", lambda age, text: False)
    # Given two football sessions alike but for their ages: one whose words say 16 and over
    backend.rebuild([
        listing(1, "Football Sessions", "Football for disabled adults aged 16 and above: "
                "football training and football matches.", stated_age_months=(192, None)),
        listing(2, "Football Club", "An inclusive club that meets every Saturday morning at "
                "the park, with coaching, matches and a summer tournament."),
    ])
    # When a parent asks for football for their son, giving no age, the one that may be for a
    # child comes first; both are found, since a son may be 20
    results = search(backend, q="football for my son")
    assert sorted(results.ids) == ["r01", "r02"]
    assert results.ids[0] == ("r02" if rule else "r01")
    assert search(backend, q="football sessions").ids[0] == "r01"  # no son: the words decide
    assert not ranking.maybe_grown_up((240, 251), "football for my son aged 20")


@pytest.mark.parametrize("rule", [True, False])
def test_things_for_kids_lift_the_services_for_children(backend, monkeypatch, rule):
    if not rule:
        monkeypatch.setattr(database_search, "lifted_ages",
                            lambda age, held: ranking.lifted_ages(age, held) if age else None)
    # Given two clubs in one town alike in their words but one named for juniors
    backend.rebuild([
        listing(1, "Kirton Archery", "Archery in Kirton. Archery every Sunday in Kirton."),
        listing(2, "Kirton Juniors Cricket", "Cricket in Kirton for young players, with "
                "coaching, matches and a summer tournament every year on the village green."),
    ])
    # When a family asks for things for kids to do there, the juniors' club comes first
    assert search(backend, q="things for kids to do in kirton").ids == (
        ["r02", "r01"] if rule else ["r01", "r02"])


@pytest.mark.parametrize("rule", [True, False])
def test_words_that_describe_the_person_decide_nothing(backend, monkeypatch, rule):
    if not rule:
        monkeypatch.setattr(analysis, "describes_the_person", lambda *args, **kwargs: False)
    backend.rebuild([
        listing(1, "Carers Group", "Support for unpaid carers."),
        listing(2, "Disabled Children's Club", "Games for disabled children."),
    ])
    # "Disabled" says who the son is: the question asks for support for the carer
    results = search(backend, q="i care for my disabled son full time and need some support "
                                "for myself")
    assert (results.ids if rule else sorted(results.ids)) == (["r01"] if rule else ["r01", "r02"])
