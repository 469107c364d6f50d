"""Test-only plumbing for talking to osmem-server with the official Elasticsearch client.

The 8.x client asks for `application/vnd.elasticsearch+json; compatible-with=8`, which osmem
rejects, and insists on an `X-Elastic-Product: Elasticsearch` response header, which osmem
does not send. This node class speaks plain JSON and adds the header on the way back. Only
tests use it: production talks to a real cluster with the stock node class.
"""

from elastic_transport import HttpHeaders, Urllib3HttpNode
from elasticsearch import Elasticsearch

PLAIN_JSON = "application/json"


class PlainJsonNode(Urllib3HttpNode):
    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        headers = HttpHeaders(headers or {})
        for name in ("accept", "content-type"):
            if name in headers and "compatible-with" in headers[name]:
                bulk = "x-ndjson" in headers[name]
                headers[name] = "application/x-ndjson" if bulk else PLAIN_JSON
        response = super().perform_request(method, target, body=body, headers=headers, **kwargs)
        meta = response.meta
        if "x-elastic-product" not in meta.headers:
            patched = HttpHeaders(meta.headers)
            patched["x-elastic-product"] = "Elasticsearch"
            meta = type(meta)(
                status=meta.status,
                http_version=meta.http_version,
                headers=patched,
                duration=meta.duration,
                node=meta.node,
            )
        return response._replace(meta=meta)


def osmem_client(url: str) -> Elasticsearch:
    return Elasticsearch(url, node_class=PlainJsonNode, request_timeout=30)
