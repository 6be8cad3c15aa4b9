// Free text from clients (tRPC, the Open API, forms), as PostgreSQL can store and compare it: a text value cannot
// hold the NUL character, so a \u0000 that reached SQL would be a database error (a 500) instead of a 400 naming the
// field. Every string a zod input schema accepts starts here.
import { z } from "zod";

export const nulCharMessage = "不能包含空字符（\\u0000）";

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching NUL is the point
export const noNulPattern = /^[^\u0000]*$/;

/** A string without NUL; chain .trim(), .min(), .max() as usual. Published as `pattern` in the OpenAPI document. */
export const text = () => z.string().regex(noNulPattern, { error: nulCharMessage });
