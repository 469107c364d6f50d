from django.apps import AppConfig


class BudgetsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "budgets"
    label = "budgets"
    verbose_name = "Personal budgets"

    def ready(self):
        from portal.family.documents import virus_scan

        from . import personal_data, receipts

        personal_data.register()
        virus_scan.register_waiting("receipts", receipts.scan_waiting)
