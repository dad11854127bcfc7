"""Contract tests: recorded HTTP exchanges checked against Sendcloud's own OpenAPI documents."""
