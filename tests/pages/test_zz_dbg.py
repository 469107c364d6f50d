import pytest
from django.test import Client
from django.views import csrf
@pytest.mark.django_db
def test_dbg(monkeypatch):
    orig = csrf.csrf_failure
    def spy(request, reason="", **kw):
        print("REASON", reason); return orig(request, reason, **kw)
    monkeypatch.setattr(csrf, "csrf_failure", spy)
    from django.middleware import csrf as mw
    print(mw._get_failure_view())
    r = Client(enforce_csrf_checks=True).post("/accounts/login/", {"login": "a@example.org", "password": "x"})
    print(r.status_code)
