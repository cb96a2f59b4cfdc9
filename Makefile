# A thin index over scripts/: each target runs one script. `make` lists them.
.DEFAULT_GOAL := help
.PHONY: help bootstrap generate check-drift validate lint test coverage-table mock docs record bench api-diff api-check package test-lowest

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

bootstrap: ## Install every part of the toolchain: .venv, the pinned Node.js and each Node tool under tools/
	@scripts/bootstrap all

generate: ## Regenerate generated/ from openapi/, generator-config.yaml and templates/
	@scripts/generate

check-drift: ## Fail, naming the files, if generated/ is not what the spec produces
	@scripts/check-drift

validate: ## Lint the spec (Redocly) and validate the bundle (openapi-spec-validator)
	@scripts/validate

lint: ## ruff on tests/ and scripts/, mypy --strict on the generated package
	@scripts/lint

test: ## Everything CI runs: validate, check-drift, lint, pytest
	@scripts/test

coverage-table: ## Rewrite the coverage table of docs/coverage.md from the spec
	@.venv/bin/python scripts/coverage_table.py --write

mock: ## Serve a mock gigstack API (Prism) on http://127.0.0.1:4010 from the spec
	@scripts/mock

docs: ## Render the API reference to build/docs/index.html (one offline page)
	@scripts/docs

record: ## Re-record fixtures from a live API (GIGSTACK_API_KEY, a test-mode key)
	@scripts/record

bench: ## Benchmarks as ratios to raw httpx / json.loads / pydantic (bench/results.md); ARGS=--quick
	@scripts/bench $(ARGS)

api-diff: ## Changes to the HTTP contract and Python API since BASE=<ref> (HEAD=<ref>, default: working tree); fails if any break
	@$(if $(BASE),,$(error usage: make api-diff BASE=<git ref> [HEAD=<git ref>]))scripts/api-diff --base "$(BASE)" $(if $(HEAD),--head "$(HEAD)") $(ARGS)

api-check: ## The CI gate: changes since the last v* tag (or the previous commit); CHANGELOG.md must name every break
	@scripts/api-check

package: ## Build the wheel and sdist of generated/gigstack into build/dist and check them (twine check --strict)
	@scripts/package

test-lowest: ## The package's runtime and contract tests with the lowest httpx, httpx-retries and orjson it allows
	@scripts/test-lowest $(ARGS)
