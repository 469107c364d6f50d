"""Every ORUK endpoint's answer passes the official validator's ORUK 3.0 schemas, with URI,
email, UUID and date-time formats really checked. Level 1 (/, /services, /services/{id}) must
pass; Level 2 (the rest) is held to the same bar here."""

import copy

import pytest

from local_offer.oruk import schemas

from .conftest import validate, validate_page, walk

pytestmark = pytest.mark.django_db


def get(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, response.content[:500]
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def ids_of(client, path):
    return [item["id"] for item in get(client, path)["contents"]]


# -- Level 1 -----------------------------------------------------------------------------------


def test_api_details_pass_the_schema(client, local_offer):
    details = get(client, "/api/oruk/")

    assert validate(details, "api_details.json") == []
    assert details["version"] == "HSDS-UK-3.0"
    assert details["openapi_url"].endswith("/api/oruk/openapi.json")


def test_service_list_passes_the_schema(client, local_offer):
    page = get(client, "/api/oruk/services")

    assert validate_page(page, "service_list.json") == []
    assert page["total_items"] == 3
    assert {item["name"] for item in page["contents"]} == {
        "Speech and language drop-in",
        "Little Acorns childminding",
        "Inclusive swimming",
    }


def test_every_service_passes_the_full_schema(client, local_offer):
    for service_id in ids_of(client, "/api/oruk/services"):
        service = get(client, f"/api/oruk/services/{service_id}")
        assert validate(service, "service.json") == [], service["name"]


def test_full_service_list_passes_the_schema(client, local_offer):
    page = get(client, "/api/oruk/services?full=true")

    assert validate_page(page, "service_list.json") == []
    assert all(validate(item, "service.json") == [] for item in page["contents"])


# -- Level 2 -----------------------------------------------------------------------------------


def test_organizations_pass_the_schema(client, local_offer):
    page = get(client, "/api/oruk/organizations")
    assert validate_page(page, "organization_list.json") == []
    for organization_id in [item["id"] for item in page["contents"]]:
        organization = get(client, f"/api/oruk/organizations/{organization_id}")
        assert validate(organization, "organization.json") == []
        assert organization["services"], "each listed organisation has a listed service"


def test_taxonomies_pass_the_schema(client, local_offer):
    page = get(client, "/api/oruk/taxonomies")
    assert validate_page(page, "taxonomy_list.json") == []
    for taxonomy_id in [item["id"] for item in page["contents"]]:
        assert validate(get(client, f"/api/oruk/taxonomies/{taxonomy_id}"), "taxonomy.json") == []


def test_taxonomy_terms_pass_the_schema(client, local_offer):
    page = get(client, "/api/oruk/taxonomy_terms?per_page=100")
    assert validate_page(page, "taxonomy_term_list.json") == []
    for term_id in [item["id"] for item in page["contents"][:10]]:
        assert (
            validate(get(client, f"/api/oruk/taxonomy_terms/{term_id}"), "taxonomy_term.json") == []
        )


def test_service_at_locations_pass_the_schema(client, local_offer):
    page = get(client, "/api/oruk/service_at_locations")
    assert validate_page(page, "service_at_location_list.json") == []
    assert page["total_items"] == 3
    for sal_id in [item["id"] for item in page["contents"]]:
        detail = get(client, f"/api/oruk/service_at_locations/{sal_id}")
        assert validate(detail, "service_at_location.json") == []
        assert detail["service"]["name"]


# -- the checks are real -----------------------------------------------------------------------


def test_a_bad_uri_in_a_response_fails_validation(client, local_offer):
    """jsonschema ignores `format: uri` unless rfc3987 is installed and a FormatChecker is
    passed: a broken URL must be caught, or the schema tests above prove nothing."""
    service_id = ids_of(client, "/api/oruk/services")[-1]
    good = get(client, f"/api/oruk/services/{service_id}")
    broken = copy.deepcopy(good)
    broken["url"] = "speech.example/no scheme here"

    assert validate(good, "service.json") == []
    assert any("is not a 'uri'" in problem for problem in validate(broken, "service.json"))


def test_a_bad_email_or_uuid_fails_validation(client, local_offer):
    service_id = ids_of(client, "/api/oruk/services")[-1]
    good = get(client, f"/api/oruk/services/{service_id}")

    bad_email = {**good, "email": "dropin-at-speech.example"}
    bad_id = {**good, "id": "not-a-uuid"}

    assert any("is not a 'email'" in p for p in validate(bad_email, "service.json"))
    assert any("is not a 'uuid'" in p for p in validate(bad_id, "service.json"))


def test_format_checking_refuses_to_run_without_its_checkers(monkeypatch):
    from jsonschema import FormatChecker

    trimmed = FormatChecker()
    trimmed.checkers.pop("uri")
    monkeypatch.setattr(schemas, "FormatChecker", lambda: trimmed)

    with pytest.raises(RuntimeError, match="uri"):
        schemas.format_checker()


def test_the_validators_own_fail_samples_fail_and_pass_samples_pass():
    from .conftest import load_mock

    assert validate(load_mock("V3.0-UK-Default", "service_full.json"), "service.json") == []
    assert validate(load_mock("V3.0-UK-Fail", "service_full.json"), "service.json") != []
    assert validate(load_mock("V3.0-UK-Fail", "api_details.json"), "api_details.json") != []


# -- what the standard says about empty fields and CORS ----------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/api/oruk/services?full=true",
        "/api/oruk/service_at_locations?full=true",
        "/api/oruk/organizations",
    ],
)
def test_empty_optional_fields_are_left_out_never_null(client, local_offer, path):
    document = get(client, path)

    nulls = [where for where, value in walk(document) if value is None]
    empties = [where for where, value in walk(document) if value in ("", [], {}) and where]
    allowed_empty = {"contents"} if not document["contents"] else set()
    assert nulls == []
    assert [where for where in empties if where not in allowed_empty] == []


def test_every_answer_allows_any_origin_even_errors(client, local_offer):
    for path, status in [
        ("/api/oruk/services", 200),
        ("/api/oruk/services/00000000-0000-0000-0000-000000000000", 404),
        ("/api/oruk/services?per_page=0", 400),
    ]:
        response = client.get(path, HTTP_ORIGIN="https://another-directory.example")
        assert response.status_code == status
        assert response["Access-Control-Allow-Origin"] == "*"


def test_a_preflight_request_is_answered(client, db):
    response = client.options("/api/oruk/services", HTTP_ORIGIN="https://x.example")

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]


def test_writing_is_not_allowed(client, db):
    assert client.post("/api/oruk/services", {}).status_code == 405


def test_paths_work_without_a_trailing_slash_and_with_one(client, local_offer):
    assert client.get("/api/oruk/services").status_code == 200
    assert client.get("/api/oruk/services/").status_code == 200


def test_the_openapi_document_names_our_age_extension(client, db):
    document = get(client, "/api/oruk/openapi.json")

    assert document["servers"][0]["url"].endswith("/api/oruk")
    assert document["components"]["parameters"]["age"]["schema"]["maximum"] == 25
    refs = [p.get("$ref") for p in document["paths"]["/services"]["get"]["parameters"]]
    assert "#/components/parameters/age" in refs
