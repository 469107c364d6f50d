"""Officers manage providers and vocabularies in the Wagtail admin: list, filter, export."""

import pytest

SNIPPETS = ["provider", "taxonomyterm", "taxonomy", "need", "broadarea"]


@pytest.mark.parametrize("model", SNIPPETS)
def test_snippet_list_opens_for_a_site_admin(client, site_admin, page_tree, model):
    client.force_login(site_admin)
    response = client.get(f"/admin/snippets/local_offer/{model}/")
    assert response.status_code == 200


def test_categories_can_be_filtered_by_vocabulary(client, site_admin, db):
    from local_offer.models import Taxonomy

    client.force_login(site_admin)
    riverside = Taxonomy.objects.get(code="riverside")
    response = client.get(f"/admin/snippets/local_offer/taxonomyterm/?taxonomy={riverside.pk}")
    html = response.content.decode()
    assert "Overnight short breaks" in html
    assert "Birth registration" not in html


def test_needs_export_as_csv(client, site_admin, db):
    client.force_login(site_admin)
    response = client.get("/admin/snippets/local_offer/need/?export=csv")
    assert response.status_code == 200
    chunks = response.streaming_content if response.streaming else [response.content]
    body = b"".join(chunks).decode()
    assert "ASD" in body and "Autistic spectrum disorder" in body


def test_a_provider_is_added_with_a_contact(client, site_admin, db):
    from local_offer.models import Provider

    client.force_login(site_admin)
    response = client.post(
        "/admin/snippets/local_offer/provider/add/",
        {
            "name": "Fenby Forest School",
            "description": "Outdoor learning.",
            "website": "https://fenbyforest.example",
            "email": "hello@fenbyforest.example",
            "phone": "01632 961099",
            "ofsted_number": "",
            "charity_number": "",
            "organisation": "",
            "contacts-TOTAL_FORMS": "1",
            "contacts-INITIAL_FORMS": "0",
            "contacts-MIN_NUM_FORMS": "0",
            "contacts-MAX_NUM_FORMS": "1000",
            "contacts-0-name": "Jo Green",
            "contacts-0-role": "Leader",
            "contacts-0-phone": "",
            "contacts-0-email": "jo@fenbyforest.example",
            "contacts-0-ORDER": "1",
            "contacts-0-id": "",
            "contacts-0-DELETE": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    provider = Provider.objects.get(name="Fenby Forest School")
    assert provider.contacts.get().name == "Jo Green"
