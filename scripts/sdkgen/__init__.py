"""The generation of the gigstack package: openapi-python-client, plus the runtime and the resource client."""
