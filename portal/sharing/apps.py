from django.apps import AppConfig


class SharingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal.sharing"
    label = "sharing"
    verbose_name = "Sharing and consent"

    def ready(self):
        from wagtail import hooks

        from portal.family.policy import register_sharing

        from . import policy, start_page

        # The family app asks this app about everyone outside the family, without importing it.
        register_sharing(policy.decide, policy.log_access)
        hooks.register("portal_start_page_panels", start_page.panels)
        hooks.register("portal_account_page_panels", start_page.panels)
        # Growing up, notifications and data rights (S2).
        from . import notifications, personal_data

        notifications.connect()
        personal_data.register()
