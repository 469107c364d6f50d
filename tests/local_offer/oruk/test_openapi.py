"""The OpenAPI document served at /api/oruk/openapi.json is valid OpenAPI 3.0 and says what the
API really answers: tools (schemathesis, client generators) refuse or misread an invalid one.
Also: methods and paths the document does not list get JSON answers, never an HTML page."""

import pytest
from django.test import Client
from jsonschema import Draft4Validator
from openapi_spec_validator import OpenAPIV30SpecValidator

pytestmark = pytest.mark.django_db

# The document refers to the UK profile's response schemas by URL. Those are the profile's, not
# ours (test_api_schema.py checks our answers against them); here they stand as "any JSON", so
# the document itself is checked without the network.
UPSTREAM = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"


def any_json_for_upstream(uri: str) -> dict:
    assert uri.startswith(UPSTREAM), f"the document refers to {uri}"
    return {}


class OfflineSpecValidator(OpenAPIV30SpecValidator):
    resolver_handlers = {"https": any_json_for_upstream, "http": any_json_for_upstream}


def served(client) -> dict:
    response = client.get("/api/oruk/openapi.json")
    assert response.status_code == 200
    return response.json()


def operations(document):
    for path, item in document["paths"].items():
        yield path, item["get"]


def test_the_served_document_is_valid_openapi_3(client):
    errors = [error.message for error in OfflineSpecValidator(served(client)).iter_errors()]

    assert errors == []


def test_the_time_parameters_are_strings_of_the_form_the_api_reads(client):
    parameters = served(client)["components"]["parameters"]

    for name in ("start_time", "end_time"):
        assert parameters[name]["schema"]["type"] == "string"
        assert parameters[name]["schema"]["pattern"].startswith("^")


def test_every_list_documents_its_400_and_every_record_its_404(client):
    document = served(client)

    for path, operation in operations(document):
        responses = operation["responses"]
        if "{id}" in path:
            assert responses["404"] == {"$ref": "#/components/responses/NotFound"}, path
        elif operation.get("parameters"):
            assert responses["400"] == {"$ref": "#/components/responses/BadRequest"}, path


@pytest.mark.parametrize(
    "path, status",
    [
        ("/api/oruk/services?page=0", 400),
        ("/api/oruk/services?per_page=101", 400),
        ("/api/oruk/services/not-a-uuid", 404),
        ("/api/oruk/taxonomy_terms/nope", 404),
        ("/api/oruk/no-such-thing", 404),
        ("/api/oruk/services/a/b", 404),
    ],
)
def test_error_bodies_match_the_documented_error_schema(client, path, status):
    error_schema = served(client)["components"]["schemas"]["Error"]

    response = client.get(path)

    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert list(Draft4Validator(error_schema).iter_errors(response.json())) == []


def test_page_zero_is_outside_the_documented_range_and_refused(client):
    page = served(client)["components"]["parameters"]["page"]["schema"]

    assert page["minimum"] == 1
    assert client.get("/api/oruk/services?page=0").status_code == 400
    assert client.get("/api/oruk/services?page=1").status_code == 200


@pytest.mark.parametrize("method", ["QUERY", "POST", "PUT", "PATCH", "DELETE", "TRACE"])
def test_other_methods_get_a_405_in_json_not_a_csrf_page(db, method):
    # A real browser or client has no CSRF token: check as production does.
    client = Client(enforce_csrf_checks=True)

    response = client.generic(method, "/api/oruk/services")

    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.json()["error"] == "Method Not Allowed"


def test_an_unknown_path_under_the_api_is_a_404_in_json(client):
    response = client.get("/api/oruk/servics")

    assert response.status_code == 404
    assert response.json()["message"].startswith("There is nothing at /api/oruk/servics")


def test_a_corrected_search_is_documented_where_search_can_correct_words(client):
    document = served(client)
    parameters = document["components"]["parameters"]

    def search_parameter(path):
        operation = document["paths"][path]["get"]
        named = [parameters[item["$ref"].rsplit("/", 1)[1]] for item in operation["parameters"]]
        [search] = [parameter for parameter in named if parameter["name"] == "search"]
        return search, operation

    # The two lists of services search as the search page does, typo correction included:
    # the parameter says so, and the header that names the corrected words is documented
    for path in ("/services", "/service_at_locations"):
        search, operation = search_parameter(path)
        assert "X-Search-Corrected-To" in search["description"]
        assert "results are for the corrected words" in search["description"]
        assert "X-Search-Corrected-To" in operation["responses"]["200"]["headers"]
