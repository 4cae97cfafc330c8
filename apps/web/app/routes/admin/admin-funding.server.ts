import type { createCaller } from "@gesim/api";
import { EpsilonInputSchema } from "@gesim/core";
import { data, redirect } from "react-router";
import { z } from "zod";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { apiErrorKey, type FieldErrors, integer, isUuid, text, zodFieldErrors } from "../clients/form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

const DONE = ["created", "linked", "epsilon", "member", "unlinked"] as const;

/** Her organisation's funding relationships, its funders, and the privacy-budget ledger per relationship and period. */
export async function loadFunding(caller: Caller, url: URL, isAdmin: boolean) {
  try {
    const [relationships, budget, staff] = await Promise.all([
      caller.admin.funding.list(),
      caller.indicators.budget(),
      isAdmin ? caller.admin.users.list({ limit: 100 }) : Promise.resolve({ items: [] }),
    ]);
    const funders = staff.items
      .filter((u) => u.role === "funder" && u.active)
      .map((u) => ({ userId: u.userId, displayName: u.displayName }));
    const done = DONE.find((d) => d === url.searchParams.get("done")) ?? null;
    return { relationships, ledger: budget.relationships, funders, done };
  } catch (error) {
    return rethrowAsResponse(error);
  }
}

/** ε as typed: a decimal number (comma or point), or empty for "no differential privacy". */
function epsilonOf(form: FormData) {
  const raw = text(form, "epsilonPerPeriod");
  if (raw === undefined) return { success: true as const, data: null };
  const parsed = EpsilonInputSchema.safeParse(/^\d+([.,]\d+)?$/.test(raw) ? Number(raw.replace(",", ".")) : Number.NaN);
  return parsed.success
    ? { success: true as const, data: parsed.data }
    : { success: false as const, error: parsed.error };
}

const NameSchema = z
  .string()
  .trim()
  .min(1, { error: "adminFunding.error.name" })
  .max(120, { error: "adminFunding.error.name" });

function refused(
  intent: string,
  relationshipId: string,
  values: Record<string, string>,
  errors: FieldErrors,
  status = 400,
) {
  return data({ intent, relationshipId, values, errors, joinCode: null }, { status });
}

/** create | joinCode | link | epsilon | addMember | removeMember | unlink, each through the API (administrators). */
export async function handleFundingAction(caller: Caller, request: Request) {
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const relationshipId = String(form.get("relationshipId") ?? "").slice(0, 40);
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === "string") values[name] = value.slice(0, 200);
  const needsRelationship = intent !== "create";
  if (needsRelationship && !isUuid(relationshipId)) {
    if (intent === "link") return refused(intent, "", values, { relationshipId: "adminFunding.error.id" });
    throw data(null, { status: 400 });
  }
  try {
    switch (intent) {
      case "create": {
        const name = NameSchema.safeParse(values.name ?? "");
        const epsilon = epsilonOf(form);
        const errors: FieldErrors = {
          ...(name.success ? {} : zodFieldErrors(name.error, () => "name")),
          ...(epsilon.success ? {} : zodFieldErrors(epsilon.error, () => "epsilonPerPeriod")),
        };
        if (!name.success || !epsilon.success) return refused(intent, "", values, errors);
        await caller.admin.funding.create({ name: name.data, epsilonPerPeriod: epsilon.data });
        return redirect("/admin/funding?done=created");
      }
      case "joinCode": {
        // Shown once, in this answer only (never in a URL): the API keeps just its hash.
        const { code, expiresAt } = await caller.admin.funding.createJoinCode({ relationshipId });
        return data(
          {
            intent,
            relationshipId,
            values: {} as Record<string, string>,
            errors: {} as FieldErrors,
            joinCode: { code, expiresAt: expiresAt.toISOString() },
          },
          { headers: { "cache-control": "no-store" } },
        );
      }
      case "link": {
        const joinCode = (values.joinCode ?? "").trim();
        if (joinCode === "" || joinCode.length > 40)
          return refused(intent, "", values, { joinCode: "adminFunding.error.joinCode" });
        await caller.admin.funding.link({ relationshipId, joinCode });
        return redirect("/admin/funding?done=linked");
      }
      case "unlink":
        await caller.admin.funding.unlink({ relationshipId });
        return redirect("/admin/funding?done=unlinked");
      case "epsilon": {
        const epsilon = epsilonOf(form);
        const version = integer(form, "version");
        if (version === undefined || Number.isNaN(version)) throw data(null, { status: 400 });
        if (!epsilon.success)
          return refused(
            intent,
            relationshipId,
            values,
            zodFieldErrors(epsilon.error, () => "epsilonPerPeriod"),
          );
        await caller.admin.funding.setEpsilon({ relationshipId, epsilonPerPeriod: epsilon.data, version });
        return redirect("/admin/funding?done=epsilon");
      }
      case "addMember":
      case "removeMember": {
        const userId = String(form.get("userId") ?? "");
        if (!isUuid(userId)) return refused(intent, relationshipId, values, { userId: "adminFunding.error.funder" });
        await caller.admin.funding[intent]({ relationshipId, userId });
        return redirect("/admin/funding?done=member");
      }
      default:
        throw data(null, { status: 400 });
    }
  } catch (error) {
    if (error instanceof Response) throw error;
    const { code, key } = apiErrorKey(error);
    // A wrong reference and a wrong, used or expired code get the same answer (never saying which).
    const field = intent === "link" && code === "NOT_FOUND" ? "joinCode" : "form";
    const message = field === "joinCode" ? "adminFunding.error.join" : key;
    const target = intent === "link" ? "" : relationshipId;
    return refused(intent, target, values, { [field]: message }, code === "CONFLICT" ? 409 : 400);
  }
}
