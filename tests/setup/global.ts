// Runs once before the suites. Integration suites create their own databases and Redis
// prefixes (tests/support/), so nothing global is needed yet.
export default function setup(): void {}
