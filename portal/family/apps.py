from django.apps import AppConfig


class FamilyConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal.family"
    label = "family"
    verbose_name = "Family record"

    def ready(self):
        from wagtail import hooks

        from . import record_events, start_page, timeline

        timeline.register_timeline_source(record_events.timeline_entries)
        hooks.register("portal_start_page_panels", start_page.panels)
        hooks.register("portal_account_page_panels", start_page.panels)
