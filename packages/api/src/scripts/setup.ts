// `npm run setup`: creates an organisation and its first administrator on DATABASE_URL or the
// embedded database (issue 17). Asks for each answer (the password twice, not shown) unless
// GESIM_SETUP_ORGANISATION, GESIM_SETUP_ADMIN_EMAIL, GESIM_SETUP_ADMIN_NAME and
// GESIM_SETUP_ADMIN_PASSWORD are set. Run it again to host another organisation. Stop the
// server first when using the embedded database (PGlite takes no lock).
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { translate } from "@gesim/core";
import { createOrganisationWithAdmin } from "../operations/create-organisation.ts";
import { openDatabase, runScript } from "./lib/run-script.ts";

/** Asks one question; a hidden one echoes nothing of what is typed. */
async function ask(question: string, hidden = false): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const prompt = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY });
  try {
    const answer = prompt.question(question);
    muted = hidden;
    return await answer;
  } finally {
    if (hidden) process.stdout.write("\n");
    prompt.close();
  }
}

async function askPassword(): Promise<string> {
  for (;;) {
    const first = await ask("Administrator's password (at least 12 characters, not shown): ", true);
    const second = await ask("The same password again: ", true);
    if (first === second) return first;
    console.log("The two passwords are not the same. Try again.");
  }
}

await runScript({
  usage: "setup",
  description:
    "Creates an organisation and its first administrator on DATABASE_URL or the embedded database (GESIM_DATA_DIR). Asks for each answer (the password twice, not shown) unless GESIM_SETUP_ORGANISATION, GESIM_SETUP_ADMIN_EMAIL, GESIM_SETUP_ADMIN_NAME and GESIM_SETUP_ADMIN_PASSWORD are set. Run it again to host another organisation. Stop the server first when using the embedded database.",
  async main(_args, env) {
    const answers = {
      organisationName: env.GESIM_SETUP_ORGANISATION ?? (await ask("Organisation's name: ")),
      adminEmail: env.GESIM_SETUP_ADMIN_EMAIL ?? (await ask("Administrator's email: ")),
      adminName: env.GESIM_SETUP_ADMIN_NAME ?? (await ask("Administrator's name: ")),
      adminPassword: env.GESIM_SETUP_ADMIN_PASSWORD ?? (await askPassword()),
    };
    const handle = await openDatabase(env, { existing: false });
    try {
      await handle.migrate();
      const result = await createOrganisationWithAdmin(handle.db, answers, new Date());
      if (result.ok) {
        console.log(
          "The organisation and its administrator were created. Start the server and sign in with that email.",
        );
        return 0;
      }
      if ("fieldErrors" in result)
        for (const [field, key] of Object.entries(result.fieldErrors))
          console.error(`${field}: ${translate("en", key)}`);
      else console.error(translate("en", result.messageKey));
      return 1;
    } finally {
      await handle.close();
    }
  },
});
