from django.apps import AppConfig


class YoungCommissionersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "youngcommissioners"
    label = "youngcommissioners"
    verbose_name = "Voice and Young Commissioners"

    def ready(self):
        # Through registries, so the accounts app never imports this one.
        from wagtail import hooks

        from portal.accounts.deletion import register_erasure

        from .replies import erase_contact_details
        from .start_page import panels

        register_erasure("youngcommissioners_feedback_contacts", erase_contact_details)
        hooks.register("portal_start_page_panels", panels)
