from django.apps import AppConfig


class FamilyDocumentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal.family.documents"
    label = "family_documents"
    verbose_name = "Family documents"

    def ready(self):
        from portal.family.profile_photo import register_photo_source
        from portal.family.timeline import register_timeline_source

        from . import checks, photo_source, timeline_entries  # noqa: F401  (checks register)

        register_timeline_source(timeline_entries.document_entries)
        register_photo_source(photo_source.profile_photo)

        # Export and erasure for all three family apps, in one module because they must run in
        # order (files before rows, goals before children): portal/family/personal_data.py.
        from portal.family import personal_data

        personal_data.register()
