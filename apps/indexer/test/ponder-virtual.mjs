// Lets node's test runner import the handler modules outside Ponder: `ponder:schema` is the project's
// schema file (what Ponder's build maps it to); nothing here runs a handler.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
      const schema = ${JSON.stringify(new URL("../ponder.schema.ts", import.meta.url).href)};
      export async function resolve(specifier, context, next) {
        if (specifier === "ponder:schema") return next(schema, context);
        return next(specifier, context);
      }`),
);
