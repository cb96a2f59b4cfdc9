// The HTTP-contract half of `make api-diff`: compare two bundled specs, given as JSON files, with
// api-smart-diff and print every change as a JSON array of {type, action, path, description}.
// type is breaking, non-breaking, deprecated, annotation or unclassified.
// Usage: node tools/api-diff/http-diff.mjs BEFORE.json AFTER.json
import { readFileSync } from "node:fs";
import { apiCompare } from "api-smart-diff";

const [before, after] = process.argv.slice(2, 4).map((file) => JSON.parse(readFileSync(file, "utf8")));
const { diffs } = apiCompare(before, after);
const changes = diffs.map(({ type, action, path, description }) => ({ type, action, path, description }));
process.stdout.write(JSON.stringify(changes));
