import type { createCaller } from "@gesim/api";
import { DOMAIN_IDS, ServiceProviderSchema } from "@gesim/core";
import { data, redirect } from "react-router";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import {
  all,
  apiErrorKey,
  checked,
  type FieldErrors,
  integer,
  isUuid,
  text,
  zodFieldErrors,
} from "../clients/form-data.server.ts";
import type { ProviderFormValues } from "./provider-values.ts";

type Caller = ReturnType<typeof createCaller>;

const DONE = ["added", "saved", "deactivated"] as const;

/** The directory (active, or the deactivated ones) and the provider being edited, if any. */
export async function loadProviders(caller: Caller, url: URL) {
  const showInactive = url.searchParams.get("show") === "inactive";
  const editId = url.searchParams.get("edit") ?? undefined;
  const done = DONE.find((d) => d === url.searchParams.get("done")) ?? null;
  try {
    const page = await caller.providers.list({ isActive: !showInactive, limit: 100 });
    const editing = isUuid(editId) ? await caller.providers.get({ providerId: editId }) : null;
    const values: ProviderFormValues | null = editing
      ? {
          providerId: editing.id,
          version: String(editing.version),
          name: editing.name,
          domains: [...editing.domains],
          languages: editing.languages.join(", "),
          isWomenOnly: editing.isWomenOnly,
          acceptsMothersWithChildren: editing.acceptsMothersWithChildren,
          contact: editing.contact ?? "",
        }
      : null;
    return { providers: page.items, showInactive, editing: values, domains: [...DOMAIN_IDS], done };
  } catch (error) {
    return rethrowAsResponse(error);
  }
}

function valuesOf(form: FormData): ProviderFormValues {
  const field = (name: string) => String(form.get(name) ?? "").slice(0, 2000);
  return {
    providerId: field("providerId"),
    version: field("version"),
    name: field("name"),
    domains: all(form, "domains").slice(0, DOMAIN_IDS.length),
    languages: field("languages"),
    isWomenOnly: checked(form, "isWomenOnly"),
    acceptsMothersWithChildren: checked(form, "acceptsMothersWithChildren"),
    contact: field("contact"),
  };
}

function refused(values: ProviderFormValues, errors: FieldErrors, status = 400) {
  return data({ ok: false as const, values, errors }, { status });
}

/** create | update | deactivate: parsed with core's schema, run through the API; redirect on success. */
export async function handleProviderAction(caller: Caller, request: Request) {
  const form = await request.formData();
  const intent = form.get("intent");
  const values = valuesOf(form);
  const version = integer(form, "version");
  try {
    if (intent === "deactivate") {
      if (!isUuid(values.providerId) || version === undefined) throw data(null, { status: 400 });
      await caller.providers.deactivate({ providerId: values.providerId, version });
      return redirect("/admin/providers?done=deactivated");
    }
    const parsed = ServiceProviderSchema.safeParse({
      name: values.name,
      domains: values.domains,
      languages: values.languages
        .split(/[,\s]+/)
        .map((tag) => tag.trim())
        .filter(Boolean),
      isWomenOnly: values.isWomenOnly,
      acceptsMothersWithChildren: values.acceptsMothersWithChildren,
      contact: text(form, "contact"),
    });
    if (!parsed.success)
      return refused(
        values,
        zodFieldErrors(parsed.error, (path) => path.split(".")[0] ?? path),
      );
    if (intent === "update") {
      if (!isUuid(values.providerId) || version === undefined) throw data(null, { status: 400 });
      await caller.providers.update({ providerId: values.providerId, version, ...parsed.data });
      return redirect("/admin/providers?done=saved");
    }
    await caller.providers.create(parsed.data);
    return redirect("/admin/providers?done=added");
  } catch (error) {
    if (error instanceof Response) throw error;
    const { code, key } = apiErrorKey(error);
    return refused(values, { form: key }, code === "CONFLICT" ? 409 : code === "NOT_FOUND" ? 404 : 400);
  }
}
