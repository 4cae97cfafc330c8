import { z } from "zod";
import { LanguageTagSchema } from "../plan/client-profile.ts";

/** Her interpreter need, structured (issue 16): which language, whom she accepts, how. */
export const INTERPRETER_GENDERS = ["woman", "any"] as const;
export const INTERPRETER_MODES = ["in-person", "remote", "either"] as const;

export const InterpreterSchema = z.object({
  /** The language to interpret from (a BCP 47 tag); absent while not known yet. */
  language: LanguageTagSchema.optional(),
  /** Many survivors accept only a woman interpreter; "any" when she does not mind. */
  gender: z.enum(INTERPRETER_GENDERS),
  mode: z.enum(INTERPRETER_MODES),
});
export type Interpreter = z.infer<typeof InterpreterSchema>;

/**
 * Languages offered by name in the forms (the languages of the women most often supported;
 * [inference] from the demo organisations' caseloads). Any other BCP 47 tag is accepted too.
 * Names come from Intl.DisplayNames in the reader's language.
 */
// biome-ignore format: a table of codes, read across
export const COMMON_LANGUAGE_TAGS = [
  "am", "ar", "bg", "bin", "bn", "cs", "de", "el", "en", "es", "fa", "fr", "ha", "hi", "hu", "ig", "it", "ku",
  "ln", "lt", "lv", "mn", "pcm", "pl", "prs", "ps", "pt", "ro", "ru", "sk", "so", "sq", "sr", "sw", "th", "ti",
  "tl", "tr", "tw", "uk", "ur", "vi", "wo", "yo", "zh",
] as const;
