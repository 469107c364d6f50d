"""Every documents URL x every kind of person x GET and POST -> the status they get.

Another family's document is a 404 for every method; a wrong method is a 405 only for someone
the policy has already let in; someone signed out is sent to sign in.
"""

import pytest
from django.urls import reverse

from portal.family.documents import uploads
from portal.family.policy import children_for

from . import samples

pytestmark = pytest.mark.django_db

FAMILY = ("parent", "second_carer", "young_person")
REFUSED = ("other_parent", "removed_carer", "key_worker", "officer")

# name -> (GET status for the family, POST status for the family). An empty POST to a form
# re-shows it with errors (200); a download or list takes no POST (405).
URLS = {
    "list": (200, 405),
    "add": (200, 200),
    "detail": (200, 405),
    "version_add": (200, 200),
    "download": (200, 405),
    "photo_change": (200, 200),
    "photo_image": (200, 405),
}


def _url(name, family):
    child, document, version = family["child"], family["document"], family["version"]
    kwargs = {"child_id": child.pk}
    if name in {"detail", "version_add", "download"}:
        kwargs["document_id"] = document.pk
    if name == "download":
        kwargs["version_id"] = version.pk
    return reverse(f"family_documents:{name}", kwargs=kwargs)


@pytest.fixture
def everyone(family, outsiders):
    uploads.set_photo(
        family["child"], upload=uploads.Upload(samples.png(), "me.png"), user=family["parent"]
    )
    return {**family, **outsiders}


@pytest.mark.parametrize("name", URLS)
@pytest.mark.parametrize("who", FAMILY + REFUSED + ("anonymous",))
@pytest.mark.parametrize("method", ["get", "post"])
def test_the_matrix(client, everyone, name, who, method):
    if who != "anonymous":
        client.force_login(everyone[who])

    response = getattr(client, method)(_url(name, everyone))

    if who == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    elif who in REFUSED:
        assert response.status_code == 404
    else:
        expected = URLS[name][0 if method == "get" else 1]
        assert response.status_code == expected


def test_another_parent_cannot_reach_a_document_through_their_own_child(client, everyone):
    # Pairing their own child's id with this family's document is still a 404 (and a POST is
    # refused before any document is looked up, so it says nothing about this one either).
    client.force_login(everyone["other_parent"])
    own = children_for(everyone["other_parent"]).get()
    url = reverse(
        "family_documents:download",
        kwargs={
            "child_id": own.pk,
            "document_id": everyone["document"].pk,
            "version_id": everyone["version"].pk,
        },
    )

    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 405


@pytest.mark.parametrize("name", URLS)
@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_methods_are_404_for_outsiders_and_405_for_the_family(
    client, everyone, name, method
):
    url = _url(name, everyone)

    client.force_login(everyone["other_parent"])
    assert getattr(client, method)(url).status_code == 404
    client.force_login(everyone["parent"])
    assert getattr(client, method)(url).status_code == 405
