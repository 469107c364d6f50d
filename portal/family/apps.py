from django.apps import AppConfig


class FamilyConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal.family"
    label = "family"
    verbose_name = "Family record"

    def ready(self):
        from . import timeline, timeline_sources

        timeline.register_timeline_source(timeline_sources.child_created)
