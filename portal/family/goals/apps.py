from django.apps import AppConfig


class GoalsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal.family.goals"
    label = "family_goals"
    verbose_name = "Family goals and saved services"

    def ready(self):
        # The record page's timeline asks every registered source; ours adds goals, ratings and
        # status changes (portal/family/timeline.py is the registry, so family never imports us).
        from portal.family.timeline import register_timeline_source

        from . import timeline_source

        register_timeline_source(timeline_source.goal_entries)
