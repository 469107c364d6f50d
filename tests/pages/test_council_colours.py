"""The council's brand colour: checked for contrast, served as /council.css, linked everywhere."""

import pytest
from django.core.exceptions import ValidationError

from portal.pages.colours import contrast_ratio, shade
from portal.pages.models import CouncilSettings

from .conftest import html_of

pytestmark = pytest.mark.django_db


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#1d70b8", "#ffffff") == pytest.approx(5.17, abs=0.01)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_shade_darkens_like_govuk_frontend():
    assert shade("#1d70b8", 30) == "#144e81"
    assert shade("#ffffff", 100) == "#000000"


@pytest.mark.parametrize("colour", ["#1d70b8", "#0B0C0C", "#4c2c92", "#767676"])
def test_dark_enough_colours_are_accepted_and_stored_lower_case(colour):
    council = CouncilSettings(brand_colour=colour)
    council.full_clean()
    assert council.brand_colour == colour.lower()


@pytest.mark.parametrize("colour", ["#ffdd00", "#85994b", "#777777", "#ffffff"])
def test_a_colour_white_text_cannot_be_read_on_is_refused_with_the_ratio(colour):
    council = CouncilSettings(brand_colour=colour)
    with pytest.raises(ValidationError) as error:
        council.full_clean()
    message = error.value.message_dict["brand_colour"][0]
    assert message.startswith("Choose a darker colour: white text on")
    assert "must be at least 4.5:1" in message


@pytest.mark.parametrize("colour", ["blue", "#12345", "1d70b8", "#gggggg", ""])
def test_a_colour_that_is_not_hex_is_refused_with_an_example(colour):
    with pytest.raises(ValidationError) as error:
        CouncilSettings(brand_colour=colour).full_clean()
    assert "like #1d70b8" in " ".join(error.value.message_dict["brand_colour"])


def test_editor_sees_the_contrast_error_and_the_old_colour_is_kept(client, editor):
    # Given the council's colour is the default blue
    council = CouncilSettings.load()
    url = f"/admin/settings/pages/councilsettings/{council.pk}/"
    client.force_login(editor)
    form = client.get(url)
    assert form.status_code == 200
    # When an editor saves a pale yellow header
    response = client.post(url, {
        "council_name": "Riverside Council", "service_name": "SEND Local Offer",
        "brand_colour": "#ffdd00", "phone": "", "email": "", "address": "",
        "opening_hours": "", "iass_phone": "",
    })
    # Then the form comes back with the reason, and nothing was saved
    assert response.status_code == 200
    assert "Choose a darker colour" in html_of(response)
    council.refresh_from_db()
    assert council.brand_colour == "#1d70b8"


def test_council_css_serves_the_header_colour(client):
    council = CouncilSettings.load()
    council.brand_colour = "#4c2c92"
    council.save()
    response = client.get("/council.css")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    css = response.content.decode()
    assert ".portal-header { background-color: #4c2c92;" in css
    assert f"border-bottom-color: {shade('#4c2c92', 30)}" in css


def test_every_page_links_the_council_css_with_its_colour_as_version(client):
    council = CouncilSettings.load()
    council.brand_colour = "#4c2c92"
    council.save()
    html = html_of(client.get("/"))
    assert '<link rel="stylesheet" href="/council.css?v=4c2c92">' in html


def test_council_css_is_cached_long_only_for_the_current_version(client):
    long = client.get("/council.css?v=1d70b8")
    assert "max-age=31536000" in long["Cache-Control"] and "public" in long["Cache-Control"]
    stale = client.get("/council.css?v=000000")
    assert "max-age=300" in stale["Cache-Control"]


def test_council_css_falls_back_to_the_default_colour_if_the_stored_one_is_broken(client):
    CouncilSettings.objects.update(brand_colour="red;}")  # e.g. written straight to the database
    css = client.get("/council.css").content.decode()
    assert "#1d70b8" in css and "red" not in css


def test_council_css_refuses_posts(client):
    assert client.post("/council.css").status_code == 405
