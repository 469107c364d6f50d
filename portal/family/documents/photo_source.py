"""The profile page's photo slot (portal/family/profile_photo.py), filled from this app's
encrypted storage: the image address is a view that asks the policy, never a media URL."""

from django.urls import reverse

from portal.family.profile_photo import Photo

from .models import ProfilePhoto


def profile_photo(child) -> Photo | None:
    photo = ProfilePhoto.objects.filter(child=child).only("id", "scan_status").first()
    if photo is None or not photo.may_be_served:
        return None  # the profile page then offers "Add the photo" through its own fallback
    return Photo(
        # The photo's own id in the address, so a new photo is never an old cached one.
        url=reverse("family_documents:photo_image", kwargs={"child_id": child.pk})
        + f"?v={photo.pk.hex[:8]}",
        alt=f"Photo of {child.first_name}",
        change_url=reverse("family_documents:photo_change", kwargs={"child_id": child.pk}),
    )
