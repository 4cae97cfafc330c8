// The environment of `npm run setup`, validated once. The answers come from the environment
// (never from command-line arguments, which end up in shell history) or, when unset, from the
// prompts. Small and self-contained so it can join a shared scripts env module.
import { z } from "zod";

const optional = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : value));

export const SetupEnvSchema = z.object({
  DATABASE_URL: optional,
  GESIM_DATA_DIR: optional,
  GESIM_SETUP_ORGANISATION: optional,
  GESIM_SETUP_ADMIN_EMAIL: optional,
  GESIM_SETUP_ADMIN_NAME: optional,
  GESIM_SETUP_ADMIN_PASSWORD: optional,
});
export type SetupEnv = z.infer<typeof SetupEnvSchema>;

export function readSetupEnv(env: Record<string, string | undefined> = process.env): SetupEnv {
  return SetupEnvSchema.parse(env);
}
