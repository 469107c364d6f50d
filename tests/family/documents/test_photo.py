"""The profile photo: a small PNG or JPEG, encrypted like documents, served through the policy."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from portal.family.documents.models import ProfilePhoto
from portal.family.profile_photo import photo_for

from . import samples

pytestmark = pytest.mark.django_db


def _post_photo(client, child, data, name="me.png"):
    return client.post(
        reverse("family_documents:photo_change", kwargs={"child_id": child.pk}),
        {"file": SimpleUploadedFile(name, data, "image/png")},
    )


def test_a_carer_adds_a_photo_and_the_profile_shows_it(client, family, settings):
    client.force_login(family["parent"])
    image = samples.png((40, 40))

    response = _post_photo(client, family["child"], image)

    assert response.status_code == 302
    photo = ProfilePhoto.objects.get(child=family["child"])
    assert image not in (Path(settings.PRIVATE_FILES_ROOT) / photo.stored_name).read_bytes()
    slot = photo_for(family["child"])
    assert slot.url.startswith(
        reverse("family_documents:photo_image", kwargs={"child_id": family["child"].pk})
    )
    assert slot.alt == "Photo of Amara"
    served = client.get(slot.url)
    assert served.content == image
    assert served["Content-Type"] == "image/png"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in served["Cache-Control"]


def test_a_new_photo_replaces_the_old_one_and_its_file(
    client, family, settings, django_capture_on_commit_callbacks
):
    client.force_login(family["parent"])
    _post_photo(client, family["child"], samples.png())
    old_name = ProfilePhoto.objects.get(child=family["child"]).stored_name

    with django_capture_on_commit_callbacks(execute=True):
        _post_photo(client, family["child"], samples.jpeg(), name="new.jpg")

    photo = ProfilePhoto.objects.get(child=family["child"])
    assert photo.content_type == "image/jpeg"
    assert not (Path(settings.PRIVATE_FILES_ROOT) / old_name).exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (samples.pdf(), "must be a photo saved as a PNG or JPEG"),
        (samples.elf(), "must be a photo saved as a PNG or JPEG"),
        (b"", "The selected file is empty"),
    ],
    ids=["pdf", "elf", "empty"],
)
def test_a_photo_that_is_not_an_image_is_refused_and_the_old_one_kept(
    client, family, data, message
):
    client.force_login(family["parent"])
    _post_photo(client, family["child"], samples.png())

    response = _post_photo(client, family["child"], data, name="photo.png")

    assert response.status_code == 200
    assert message in response.content.decode()
    assert ProfilePhoto.objects.get(child=family["child"]).content_type == "image/png"


def test_a_photo_over_the_size_limit_is_refused(client, family, settings):
    settings.PROFILE_PHOTO_MAX_BYTES = 50
    client.force_login(family["parent"])

    response = _post_photo(client, family["child"], samples.png())

    assert "must be smaller than" in response.content.decode()
    assert not ProfilePhoto.objects.exists()


def test_removing_the_photo(client, family):
    client.force_login(family["parent"])
    _post_photo(client, family["child"], samples.png())

    client.post(
        reverse("family_documents:photo_change", kwargs={"child_id": family["child"].pk}),
        {"remove": "1"},
    )

    assert not ProfilePhoto.objects.exists()
    assert photo_for(family["child"]) is None


def test_the_profile_page_shows_the_photo_through_the_policy(client, family):
    client.force_login(family["second_carer"])
    child = family["child"]
    image_url = reverse("family_documents:photo_image", kwargs={"child_id": child.pk})
    change_url = reverse("family_documents:photo_change", kwargs={"child_id": child.pk})

    before = client.get(reverse("family:profile", kwargs={"child_id": child.pk})).content.decode()
    _post_photo(client, child, samples.png())
    after = client.get(reverse("family:profile", kwargs={"child_id": child.pk})).content.decode()

    assert image_url not in before and change_url in before
    assert f'src="{image_url}?v=' in after and 'alt="Photo of Amara"' in after
