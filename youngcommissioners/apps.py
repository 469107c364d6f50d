from django.apps import AppConfig


class YoungCommissionersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "youngcommissioners"
    label = "youngcommissioners"
    verbose_name = "Voice and Young Commissioners"

    def ready(self):
        # Through registries, so the accounts app never imports this one.
        from wagtail import hooks

        from portal.accounts.data_export import register_export
        from portal.accounts.deletion import register_erasure

        from .member_data import erase_member_data, export_member_data
        from .models import CommissionerInvitation, Membership, Recommendation, ReviewScore
        from .replies import erase_contact_details
        from .start_page import panels

        register_erasure("youngcommissioners_feedback_contacts", erase_contact_details)
        members = [Membership, ReviewScore, Recommendation, CommissionerInvitation]
        register_export("youngcommissioners", export_member_data, covers=members)
        register_erasure("youngcommissioners", erase_member_data, covers=members)
        hooks.register("portal_start_page_panels", panels)
