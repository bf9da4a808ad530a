// Map positions in a minified script to its sources, for gradbook/layout_profile.py.
//   node original_positions.mjs SCRIPT.map < [[line, column], …]   (1-based, as traces give them)
// prints [{source, line, name}, …] in the same order.
import fs from "node:fs";
import { SourceMapConsumer } from "source-map";

const map = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const positions = JSON.parse(fs.readFileSync(0, "utf8"));
const consumer = await new SourceMapConsumer(map);
const found = positions.map(([line, column]) => {
  const p = consumer.originalPositionFor({ line, column: column - 1 });
  return { source: p.source, line: p.line, name: p.name };
});
consumer.destroy();
process.stdout.write(JSON.stringify(found));
