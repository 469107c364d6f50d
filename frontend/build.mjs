// Compiles frontend/portal.scss and copies GOV.UK Frontend's JS and images into Django static.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
const out = join(root, "portal", "static", "govuk");

mkdirSync(join(out, "css"), { recursive: true });
const result = sass.compile(join(root, "frontend", "portal.scss"), {
  style: "compressed",
  importers: [new sass.NodePackageImporter(root)],
  quietDeps: true,
  silenceDeprecations: ["import", "global-builtin"],
});
writeFileSync(join(out, "css", "portal.css"), result.css);
cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "js", "govuk-frontend.min.js"), { recursive: true });
cpSync(join(govuk, "assets", "images"), join(out, "assets", "images"), { recursive: true });
cpSync(join(root, "node_modules", "axe-core", "axe.min.js"), join(root, "tests", "e2e", "vendor", "axe.min.js"));
console.log(`built ${join(out, "css", "portal.css")} (${result.css.length} bytes)`);
