from django.apps import AppConfig


class LocalOfferConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "local_offer"
    label = "local_offer"
    verbose_name = "Local Offer"

    def ready(self):
        from portal.accounts.deletion import register_erasure
        from portal.accounts.role_changes import register_role_hooks

        from .moderation import on_role_granted, revoke_provider_access
        from .reports import erase_reporter

        register_erasure("local_offer_problem_reports", erase_reporter)
        register_role_hooks(
            "local_offer_listings", granted=on_role_granted, removed=revoke_provider_access
        )

        # What a signed-in family or officer sees first (portal/accounts/views.py `start`):
        # through Wagtail's hook registry, so the accounts app need not import this one.
        from wagtail import hooks

        from .start_page import panels

        hooks.register("portal_start_page_panels", panels)

        # Publish / unpublish / move / delete -> indexing task (the only signal wiring allowed).
        from .search_index import connect

        connect()
