// Turns LaTeX into MathML Core with Temml, for gradbook/markdown/mathml.py: one process per build,
// kept open, so node and Temml load once however many formulas the build renders.
// Reads one JSON request a line, {"latex": "...", "display": true}, and answers each on one line
// with {"mathml": "..."} or {"error": "..."}, in order.
import readline from "node:readline";
import temml from "temml";

const lines = readline.createInterface({ input: process.stdin, terminal: false });
for await (const line of lines) {
  const { latex, display } = JSON.parse(line);
  let answer;
  try {
    // throwOnError: a formula Temml cannot parse is an error to the build, never red text on a page.
    answer = { mathml: temml.renderToString(latex, { displayMode: display, throwOnError: true }) };
  } catch (error) {
    answer = { error: String(error.message || error) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
}
