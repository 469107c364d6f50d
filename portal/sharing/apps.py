from django.apps import AppConfig


class SharingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal.sharing"
    label = "sharing"
    verbose_name = "Sharing and consent"

    def ready(self):
        from portal.family.policy import register_sharing

        from . import policy

        # The family app asks this app about everyone outside the family, without importing it.
        register_sharing(policy.decide, policy.log_access)
