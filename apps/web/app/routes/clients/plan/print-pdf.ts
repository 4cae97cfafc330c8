import { getLocale, requireApi } from "../../../server/api.server.ts";
import type { Route } from "./+types/print-pdf";
import { renderPlanPdf } from "./plan-pdf.server.ts";
import { loadPrintablePlan } from "./print.server.ts";

/**
 * GET /clients/:clientId/plan/print.pdf?lang=de: her printable plan as a download. Never
 * cached; the file name carries only the date (no pseudonym, no id, no organisation).
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  const requested = new URL(request.url).searchParams.get("lang");
  const plan = await loadPrintablePlan(caller, session, params.clientId, requested, getLocale(request));
  const pdf = await renderPlanPdf(plan);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="plan-${plan.today}.pdf"`,
      "cache-control": "no-store",
    },
  });
}
