"""Helpers shared by the test suites: the spec index, the fixture loader and the replayer."""
