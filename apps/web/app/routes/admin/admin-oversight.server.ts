import type { createCaller } from "@gesim/api";
import { data, redirect } from "react-router";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { apiErrorKey, isUuid } from "../clients/form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** The break-glass review list (managers) and the last verification of the audit trail (managers and admins). */
export async function loadOversight(caller: Caller, url: URL, isManager: boolean) {
  const show = url.searchParams.get("show") === "all" ? "all" : "unreviewed";
  try {
    const [reveals, verification] = await Promise.all([
      isManager ? caller.admin.oversight.reveals({ show, limit: 100 }) : Promise.resolve(null),
      caller.admin.oversight.lastVerification(),
    ]);
    const done = ["reviewed", "verified"].find((d) => d === url.searchParams.get("done")) ?? null;
    return {
      show,
      reveals: reveals?.items.map((r) => ({
        ...r,
        revealedAt: r.revealedAt.toISOString(),
        reviewedAt: r.reviewedAt?.toISOString() ?? null,
      })),
      verification: verification ? { ...verification, verifiedAt: verification.verifiedAt.toISOString() } : null,
      done,
    };
  } catch (error) {
    return rethrowAsResponse(error);
  }
}

/** review (a reveal) | verify (the chain, now; it takes no lock). */
export async function handleOversightAction(caller: Caller, request: Request) {
  const form = await request.formData();
  const intent = form.get("intent");
  try {
    if (intent === "verify") {
      await caller.audit.verify();
      return redirect("/admin/oversight?done=verified");
    }
    const revealId = String(form.get("revealId") ?? "");
    if (intent !== "review" || !isUuid(revealId)) throw data(null, { status: 400 });
    await caller.admin.oversight.reviewReveal({ revealId });
    return redirect("/admin/oversight?done=reviewed");
  } catch (error) {
    if (error instanceof Response) throw error;
    const { code, key } = apiErrorKey(error);
    return data({ error: key }, { status: code === "NOT_FOUND" ? 404 : 400 });
  }
}
